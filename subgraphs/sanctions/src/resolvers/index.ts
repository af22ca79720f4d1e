import { scalars } from '@credit/kit';
import type { Resolvers } from '../generated/graphql';
import { CrossCheckResult } from './CrossCheckResult';
import { ListDefinition } from './ListDefinition';
import { Listing } from './Listing';
import { ListingConnection } from './ListingConnection';
import { ListingObjection } from './ListingObjection';
import { ListingRepairApplication } from './ListingRepairApplication';
import { Measure } from './Measure';
import { MeasureExecution } from './MeasureExecution';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Subject } from './Subject';

export const resolvers: Resolvers = {
  ...scalars,
  Query,
  Mutation,
  Subject,
  Listing,
  ListDefinition,
  Measure,
  ListingObjection,
  ListingRepairApplication,
  MeasureExecution,
  ListingConnection,
  CrossCheckResult,
};
