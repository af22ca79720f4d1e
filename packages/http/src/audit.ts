/**
 * Response extension in which a subgraph lists the ids of the subjects whose information it
 * disclosed in a response (beyond their ids). The gateway gathers these from every subgraph, with
 * the Subject entities it resolved, into the subject access log (gateway/src/audit.ts).
 */
export const DISCLOSED_SUBJECTS_EXTENSION = 'subjectsDisclosed';
