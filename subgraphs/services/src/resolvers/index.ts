import { scalars } from '@credit/kit';
import type { Resolvers } from '../generated/graphql';
import { ApprovalMatter } from './ApprovalMatter';
import { CheckLogEntry } from './CheckLogEntry';
import { CheckReason } from './CheckReason';
import { Commitment } from './Commitment';
import { CreditCheck } from './CreditCheck';
import { CreditCheckConnection } from './CreditCheckConnection';
import { DecisionRuleSet } from './DecisionRuleSet';
import { EligibilityRule } from './EligibilityRule';
import { Incentive } from './Incentive';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Subject } from './Subject';

export const resolvers: Resolvers = {
  ...scalars,
  Query,
  Mutation,
  Subject,
  ApprovalMatter,
  CreditCheck,
  CreditCheckConnection,
  CheckReason,
  CheckLogEntry,
  Commitment,
  Incentive,
  EligibilityRule,
  DecisionRuleSet,
};
