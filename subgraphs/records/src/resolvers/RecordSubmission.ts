import type { RecordSubmissionResolvers } from '../generated/graphql';

export const RecordSubmission: RecordSubmissionResolvers = {
  record: (result, _args, { loaders }) =>
    result.outcome === 'REJECTED' ? null : loaders.recordByDocument.load(`${result.department}|${result.documentNumber}`),
};
