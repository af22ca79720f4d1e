import type { JointInspectionResolvers } from '../generated/graphql';

export const JointInspection: JointInspectionResolvers = {
  // Joint inspections do not record the subject's kind: natural persons' identities stay with government callers.
  subject: (joint, _args, { access }) => (access.maySeePeopleInPlans() || access.ownSubject === joint.subjectId ? { id: joint.subjectId } : null),
};
