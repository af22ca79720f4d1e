import { scalars } from '@credit/kit';
import type { Resolvers } from '../generated/graphql';
import { CombinationPolicy } from './CombinationPolicy';
import { CreditAgency } from './CreditAgency';
import { EvaluationModel } from './EvaluationModel';
import { EvaluationRun } from './EvaluationRun';
import { InspectionItem } from './InspectionItem';
import { InspectionPlan } from './InspectionPlan';
import { JointInspection } from './JointInspection';
import { MarketRating } from './MarketRating';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Rating } from './Rating';
import { Subject } from './Subject';

export const resolvers: Resolvers = {
  ...scalars,
  Query,
  Mutation,
  Subject,
  Rating,
  MarketRating,
  CreditAgency,
  EvaluationModel,
  CombinationPolicy,
  EvaluationRun,
  InspectionPlan,
  InspectionItem,
  JointInspection,
};
