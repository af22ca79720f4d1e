import type { CombinationPolicyResolvers } from '../generated/graphql';
import { GRADES } from '../evaluation/score';

export const CombinationPolicy: CombinationPolicyResolvers = {
  gradePoints: (policy) => GRADES.map((grade) => ({ grade, minScore: policy.gradePoints[grade] })),
};
