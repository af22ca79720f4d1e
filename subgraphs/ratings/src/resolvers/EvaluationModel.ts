import type { EvaluationModelResolvers } from '../generated/graphql';

export const EvaluationModel: EvaluationModelResolvers = {
  version: (m) => m.model.version,
  title: (m) => m.model.title,
  effectiveFrom: (m) => m.model.effectiveFrom,
  effectiveTo: (m) => m.model.effectiveTo,
  baseScore: (m) => m.model.baseScore,
  scoreMin: (m) => m.model.scoreMin,
  scoreMax: (m) => m.model.scoreMax,
  lookbackYears: (m) => m.model.lookbackYears,
  thresholds: (m) => [
    { grade: 'A', minScore: m.model.minA },
    { grade: 'B', minScore: m.model.minB },
    { grade: 'C', minScore: m.model.minC },
    { grade: 'D', minScore: m.model.scoreMin },
  ],
  indicators: (m) => m.indicators,
  rules: (m) => m.rules,
};
