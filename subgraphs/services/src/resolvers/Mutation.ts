import { makeCommitment, repairCommitment, verifyCommitment } from '../commitments';
import { recordCheckFeedback } from '../feedback';
import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  recordCheckFeedback: async (_parent, { input }, context) => ({ check: await recordCheckFeedback(context, input) }),
  makeCommitment: async (_parent, { input }, context) => ({ commitment: await makeCommitment(context, input) }),
  verifyCommitment: async (_parent, { input }, context) => ({ commitment: await verifyCommitment(context, input) }),
  repairCommitment: async (_parent, { input }, context) => ({ commitment: await repairCommitment(context, input) }),
};
