import { scalars } from '@credit/kit';
import type { Resolvers } from '../generated/graphql';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RelatedSubject, SubjectRelation } from './relations';
import { Subject } from './Subject';
import { SubjectAccess } from './SubjectAccess';

export const resolvers: Resolvers = {
  ...scalars,
  Query,
  Mutation,
  Subject,
  SubjectAccess,
  SubjectRelation,
  RelatedSubject,
};
