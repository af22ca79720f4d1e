import { recordAccesses } from '../audit';
import type { MutationResolvers } from '../generated/graphql';
import { registerSubjects } from '../registration';

export const Mutation: MutationResolvers = {
  registerSubjects(_parent, { input }, { db, access }) {
    access.assertMayRegister();
    access.assertMayRead();
    const { caller } = access;
    return registerSubjects(db, input.subjects, {
      id: caller.id,
      department: caller.department,
      creditCentre: caller.roles.includes('CREDIT_CENTRE'),
    });
  },

  async recordSubjectAccess(_parent, { input }, { db, access, accessProjection }) {
    access.assertGatewayService('recordSubjectAccess');
    await recordAccesses(db, [input]);
    accessProjection.written();
    return true;
  },

  async recordSubjectAccesses(_parent, { inputs }, { db, access, accessProjection }) {
    access.assertGatewayService('recordSubjectAccesses');
    const recorded = await recordAccesses(db, inputs);
    accessProjection.written();
    return recorded;
  },
};
