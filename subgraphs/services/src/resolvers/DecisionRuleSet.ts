import type { DecisionRuleSetResolvers, Grade, ListType } from '../generated/graphql';

export const DecisionRuleSet: DecisionRuleSetResolvers = {
  greenChannelGrades: (rules) => rules.greenChannelGrades as Grade[],
  commitmentGrades: (rules) => rules.commitmentGrades as Grade[],
  restrictedGrades: (rules) => rules.restrictedGrades as Grade[],
  refusingListTypes: (rules) => rules.refusingListTypes as ListType[],
};
