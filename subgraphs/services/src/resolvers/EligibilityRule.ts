import type { EligibilityRuleResolvers } from '../generated/graphql';

export const EligibilityRule: EligibilityRuleResolvers = {
  minimumGrade: (rule) => rule.minimumGrade ?? null,
};
