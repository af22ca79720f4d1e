import type { PolicyRow } from './db/schema';
import { INPUT_SOURCES } from './evaluation/inputs';
import type { Model } from './model/load';
import type { RatingView } from './views';

export interface Contribution {
  indicator: string;
  name: string;
  value: number | null;
  contribution: number;
  unknown: boolean;
  note: string | null;
}

const round = (x: number) => Math.round(x * 100) / 100;
const sourceOf = new Map(INPUT_SOURCES.flatMap((source) => source.inputs.map((input) => [input, source.name] as const)));

/**
 * A rating's explanation: the base score, each indicator (value, contribution, unknown), the
 * clamp to the model's range, the industry and market ratings' shares of the combination, and the
 * overriding rules. Base + indicators (+ clamp) = public score; + ratings = score.
 */
export function explain(model: Model, policy: PolicyRow, rating: RatingView): Contribution[] {
  const lines: Contribution[] = [
    { indicator: 'BASE', name: '基础分', value: model.model.baseScore, contribution: model.model.baseScore, unknown: false, note: null },
  ];
  let sum = model.model.baseScore;
  model.indicators.forEach((indicator, i) => {
    const value = rating.indicatorValues[i];
    const contribution = rating.contributions[i] ?? 0;
    const unknown = value === undefined || value === null || Number.isNaN(value);
    sum += contribution;
    const source = sourceOf.get(indicator.input);
    const note = unknown
      ? `unknown: ${(source && rating.inputNotes[source]) ?? `the ${source ?? indicator.input} input was not available for this subject`}; counted as ${indicator.unknownPoints} points, never as good`
      : ((source && rating.inputNotes[source]) ?? null);
    lines.push({ indicator: indicator.code, name: indicator.name, value: unknown ? null : value, contribution, unknown, note });
  });
  if (round(sum) !== rating.publicScore) {
    lines.push({
      indicator: 'SCORE_RANGE',
      name: '分值范围',
      value: null,
      contribution: round(rating.publicScore - sum),
      unknown: false,
      note: `the score is kept within ${model.model.scoreMin}–${model.model.scoreMax}`,
    });
  }
  const weights = policy.publicWeight + (rating.industryPoints !== null ? policy.industryWeight : 0) + (rating.marketPoints !== null ? policy.marketWeight : 0);
  if (rating.industryPoints !== null) {
    lines.push({
      indicator: 'INDUSTRY_RATINGS',
      name: '行业信用评价',
      value: rating.industryPoints,
      contribution: round((policy.industryWeight / weights) * (rating.industryPoints - rating.publicScore)),
      unknown: false,
      note: `mean points of the valid industry ratings, weight ${policy.industryWeight} (policy ${policy.version})`,
    });
  }
  if (rating.marketPoints !== null) {
    lines.push({
      indicator: 'MARKET_RATINGS',
      name: '市场信用评价',
      value: rating.marketPoints,
      contribution: round((policy.marketWeight / weights) * (rating.marketPoints - rating.publicScore)),
      unknown: false,
      note: `mean points of the valid market ratings, weight ${policy.marketWeight} (policy ${policy.version})`,
    });
  }
  for (const code of rating.appliedRules) {
    const rule = model.rules.find((r) => r.code === code);
    lines.push({
      indicator: `RULE:${code}`,
      name: rule?.description ?? code,
      value: null,
      contribution: 0,
      unknown: false,
      note: rule ? `${rule.effect === 'FORCE' ? 'grade set to' : 'grade at best'} ${rule.grade}` : null,
    });
  }
  return lines;
}
