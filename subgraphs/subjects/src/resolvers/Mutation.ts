import type { MutationResolvers } from '../generated/graphql';
import { registerSubjects } from '../registration';

export const Mutation: MutationResolvers = {
  registerSubjects: (_parent, { input }, { db }) => registerSubjects(db, input),
};
