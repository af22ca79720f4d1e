/**
 * Publicity periods of penalties under effective-dated rule sets (rows of `publicity_rule`), and
 * the publicity state of any record on a given day.
 */
import { addMonths } from '@credit/calendar';
import type { CreditRecordRow, PublicityRuleRow } from './db/schema';

export type Tier = 'MINOR' | 'GENERAL' | 'SERIOUS';

/** Penalties that make a case serious whatever the amount. */
const SERIOUS_PENALTIES = new Set([
  'LICENCE_REVOCATION',
  'EMPLOYMENT_RESTRICTION',
  'BUSINESS_RESTRICTION',
  'STOP_PRODUCTION',
  'CLOSURE',
  'ADMINISTRATIVE_DETENTION',
]);
const MINOR_PENALTIES = new Set(['WARNING', 'CIRCULATED_CRITICISM', 'FINE']);

/** The rows of the rule set in force on `decisionDate`. */
export function ruleSetFor(rules: readonly PublicityRuleRow[], decisionDate: string): PublicityRuleRow[] {
  return rules.filter((r) => r.effectiveFrom <= decisionDate && (r.effectiveTo === null || decisionDate <= r.effectiveTo));
}

/** Severity from the penalty categories and amounts, with the rule set's fine thresholds. */
export function classifyTier(
  rules: readonly PublicityRuleRow[],
  penalties: readonly string[],
  fineAmount: number | null,
  confiscatedAmount: number | null,
): Tier {
  const thresholds = rules[0];
  const money = (fineAmount ?? 0) + (confiscatedAmount ?? 0);
  if (penalties.some((p) => SERIOUS_PENALTIES.has(p))) return 'SERIOUS';
  if (thresholds && money >= thresholds.seriousFineMin) return 'SERIOUS';
  const minorOnly = penalties.every((p) => MINOR_PENALTIES.has(p)) && !confiscatedAmount;
  if (minorOnly && (!thresholds || (fineAmount ?? 0) <= thresholds.minorFineMax)) return 'MINOR';
  return 'GENERAL';
}

export interface PublicityDecision {
  ruleSet: string | null;
  tier: Tier | null;
  publishFrom: string | null;
  publishUntil: string | null;
  earliestRepairDate: string | null;
}

export interface PublicityFacts {
  category: string;
  disclosure: string;
  penaltyCategories: readonly string[];
  fineAmount: number | null;
  confiscatedAmount: number | null;
  statedTier: Tier | null;
  decisionDate: string;
  validTo: string | null;
  /** The day the record became public (the department's publication, or receipt). */
  publishedOn: string;
}

const INDEFINITE = '2099-12-31';

/** Decides when a record is public: penalties by the rule set of their decision date. */
export function decidePublicity(rules: readonly PublicityRuleRow[], facts: PublicityFacts): PublicityDecision {
  const none = { ruleSet: null, tier: null, publishFrom: null, publishUntil: null, earliestRepairDate: null };
  if (facts.category !== 'ADMINISTRATIVE_PENALTY') {
    if (facts.disclosure !== 'PUBLIC') return none;
    // Licences and other public records stay public while valid.
    const until = facts.validTo && facts.validTo < INDEFINITE ? facts.validTo : null;
    return { ...none, publishFrom: facts.publishedOn, publishUntil: until };
  }
  const set = ruleSetFor(rules, facts.decisionDate);
  const tier = facts.statedTier ?? classifyTier(set, facts.penaltyCategories, facts.fineAmount, facts.confiscatedAmount);
  const rule = set.find((r) => r.tier === tier);
  if (!rule) return { ...none, tier };
  const base = { ...none, ruleSet: rule.ruleSet, tier };
  const onlyUnpublished =
    facts.penaltyCategories.length > 0 && facts.penaltyCategories.every((p) => rule.unpublishedWhenOnly.includes(p));
  if (facts.disclosure !== 'PUBLIC' || !rule.published || onlyUnpublished) return base;

  let publishUntil = addMonths(facts.decisionDate, rule.maxMonths);
  if (rule.extendsToRestrictionEnd && facts.validTo && facts.validTo < INDEFINITE && facts.validTo > publishUntil) {
    publishUntil = facts.validTo;
  }
  const fixed = facts.penaltyCategories.some((p) => rule.fixedPenalties.includes(p));
  return {
    ...base,
    publishFrom: facts.publishedOn,
    publishUntil,
    earliestRepairDate: fixed ? null : addMonths(facts.decisionDate, rule.minMonths),
  };
}

export type PublicityStatus = 'NOT_PUBLISHED' | 'PUBLISHED' | 'ENDED' | 'WITHDRAWN';

export function publicityStatus(
  record: Pick<CreditRecordRow, 'status' | 'publishFrom' | 'publishUntil'>,
  today: string,
): PublicityStatus {
  if (record.status === 'REVOKED') return 'WITHDRAWN';
  if (record.status === 'REPAIRED') return 'ENDED';
  if (!record.publishFrom || today < record.publishFrom) return 'NOT_PUBLISHED';
  if (record.publishUntil && today >= record.publishUntil) return 'ENDED';
  return 'PUBLISHED';
}
