import type { SubjectAccessResolvers } from '../generated/graphql';

export const SubjectAccess: SubjectAccessResolvers = {
  // Officers' ids are the credit centre's to see; others see department, purpose and time.
  callerId: (row, _args, { access }) => (access.policy.accessLogCallerIds ? row.callerId : null),
};
