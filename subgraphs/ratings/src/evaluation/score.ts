import type { Grade, PolicyRow } from '../db/schema';
import type { Model } from '../model/load';

/** Input values by input key; `null` (or a missing key) means unknown: never counted as good. */
export type Inputs = Readonly<Record<string, number | null | undefined>>;

export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

/** The worse of two grades (D is the worst). */
export function worse(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}

export function gradeOf(model: Model['model'], score: number): Grade {
  if (score >= model.minA) return 'A';
  if (score >= model.minB) return 'B';
  if (score >= model.minC) return 'C';
  return 'D';
}

export interface Scored {
  publicScore: number;
  publicGrade: Grade;
  /** Combined with the industry and market ratings by the policy. */
  score: number;
  grade: Grade;
  /** Per indicator, in the model's order: the input value (NaN: unknown) and its contribution. */
  values: number[];
  contributions: number[];
  industryPoints: number | null;
  marketPoints: number | null;
  appliedRules: string[];
  unknownCount: number;
}

const round = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Applies the model's overriding rules to a grade: FORCE sets it (the worst forced wins), AT_BEST caps it. */
export function applyRules(model: Model, values: readonly number[], grade: Grade): { grade: Grade; applied: string[] } {
  const applied: string[] = [];
  const position = new Map(model.indicators.map((indicator, i) => [indicator.code, i]));
  let forced: Grade | null = null;
  let result = grade;
  for (const rule of model.rules) {
    const index = rule.indicator ? position.get(rule.indicator) : undefined;
    const value = index === undefined ? undefined : values[index];
    const holds =
      rule.condition === 'UNKNOWN'
        ? rule.indicator
          ? value === undefined || Number.isNaN(value)
          : values.some((v) => Number.isNaN(v))
        : value !== undefined && !Number.isNaN(value) && value >= (rule.minValue ?? 1);
    if (!holds) continue;
    if (rule.effect === 'FORCE') {
      forced = forced ? worse(forced, rule.grade) : rule.grade;
      applied.push(rule.code);
    } else if (worse(result, rule.grade) !== result) {
      result = rule.grade;
      applied.push(rule.code);
    }
  }
  if (forced) result = forced;
  return { grade: result, applied: [...new Set(applied)] };
}

/**
 * Scores one subject: base score plus each indicator's points (units capped, unknown inputs cost
 * their `unknownPoints`), clamped to the model's range; then combined with the industry and market
 * ratings by the policy's weights over the components present; the model's rules apply to both.
 */
export function scoreSubject(model: Model, policy: PolicyRow, inputs: Inputs, industryGrades: readonly Grade[], marketGrades: readonly Grade[]): Scored {
  const values: number[] = [];
  const contributions: number[] = [];
  let raw = model.model.baseScore;
  let unknownCount = 0;
  for (const indicator of model.indicators) {
    const value = inputs[indicator.input];
    if (value === null || value === undefined) {
      values.push(Number.NaN);
      contributions.push(indicator.unknownPoints);
      raw += indicator.unknownPoints;
      unknownCount++;
      continue;
    }
    const contribution = round(Math.min(value, indicator.maxUnits) * indicator.pointsPerUnit);
    values.push(value);
    contributions.push(contribution);
    raw += contribution;
  }
  const publicScore = round(Math.min(model.model.scoreMax, Math.max(model.model.scoreMin, raw)));
  const publicRuled = applyRules(model, values, gradeOf(model.model, publicScore));

  const industryPoints = mean(industryGrades.map((g) => policy.gradePoints[g]));
  const marketPoints = mean(marketGrades.map((g) => policy.gradePoints[g]));
  let weighted = policy.publicWeight * publicScore;
  let weights = policy.publicWeight;
  if (industryPoints !== null) {
    weighted += policy.industryWeight * industryPoints;
    weights += policy.industryWeight;
  }
  if (marketPoints !== null) {
    weighted += policy.marketWeight * marketPoints;
    weights += policy.marketWeight;
  }
  const score = round(weighted / weights);
  const ruled = applyRules(model, values, gradeOf(model.model, score));
  return {
    publicScore,
    publicGrade: publicRuled.grade,
    score,
    grade: ruled.grade,
    values,
    contributions,
    industryPoints: industryPoints === null ? null : round(industryPoints),
    marketPoints: marketPoints === null ? null : round(marketPoints),
    appliedRules: [...new Set([...publicRuled.applied, ...ruled.applied])],
    unknownCount,
  };
}
