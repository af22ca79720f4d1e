import { recordAccess } from '../audit';
import type { MutationResolvers } from '../generated/graphql';
import { registerSubjects } from '../registration';

export const Mutation: MutationResolvers = {
  registerSubjects(_parent, { input }, { db, access }) {
    access.assertMayRegister();
    access.assertMayRead();
    return registerSubjects(db, input.subjects);
  },

  async recordSubjectAccess(_parent, { input }, { db, access }) {
    access.assertGatewayService('recordSubjectAccess');
    await recordAccess(db, input);
    return true;
  },
};
