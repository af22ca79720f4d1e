import type { Resolvers } from '../generated/graphql';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { RelatedSubject, SubjectRelation } from './relations';
import { DateScalar, DateTimeScalar } from './scalars';
import { Subject } from './Subject';
import { SubjectAccess } from './SubjectAccess';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subject,
  SubjectAccess,
  SubjectRelation,
  RelatedSubject,
};
