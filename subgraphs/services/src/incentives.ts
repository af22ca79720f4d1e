/**
 * 信易+ eligibility as pure functions: each incentive's rules (data) against the grade and active
 * measures that arrived through the gateway and the subject's broken commitments. A rule that needs
 * a missing input fails (it cannot be shown satisfied), so nothing is granted without its grounds.
 */
import { listName, type CheckInput, type Exclusion, type Grade, type MeasureInput, type RatingInput } from './decision';

export type RuleKind = 'MINIMUM_GRADE' | 'NO_NEGATIVE_LISTING' | 'NO_BROKEN_COMMITMENT' | 'NO_PUNISHMENT_MEASURE';

export interface RuleDefinition {
  kind: RuleKind;
  minimumGrade?: Grade | null;
  description: string;
}

export interface IncentiveFacts {
  code: string;
  name: string;
  measureMatter: string | null;
  rules: RuleDefinition[];
}

export interface RuleResult {
  rule: RuleDefinition;
  explanation: string;
}

export interface Eligibility {
  eligible: boolean;
  satisfied: RuleResult[];
  failed: RuleResult[];
  missingInputs: CheckInput[];
}

const GRADE_ORDER: Grade[] = ['A', 'B', 'C', 'D'];

export interface EligibilityInputs {
  rating: RatingInput | null | undefined;
  activeMeasures: MeasureInput[] | null | undefined;
  exclusions: Exclusion[];
  /** Lists counted as negative (the rule set's `negativeListTypes`). */
  negativeListTypes: string[];
}

function judge(rule: RuleDefinition, incentive: IncentiveFacts, inputs: EligibilityInputs): { ok: boolean; explanation: string; missing?: CheckInput } {
  switch (rule.kind) {
    case 'MINIMUM_GRADE': {
      const minimum = rule.minimumGrade ?? 'B';
      if (!inputs.rating) {
        return { ok: false, missing: 'RATING', explanation: `Grade ${minimum} or better is required, and no grade arrived (ratings missing)` };
      }
      const { grade, modelVersion } = inputs.rating;
      const ok = GRADE_ORDER.indexOf(grade) <= GRADE_ORDER.indexOf(minimum);
      return { ok, explanation: `Grade ${grade} (model ${modelVersion}) ${ok ? 'meets' : 'is below'} the minimum grade ${minimum}` };
    }
    case 'NO_NEGATIVE_LISTING': {
      if (!inputs.activeMeasures) {
        return { ok: false, missing: 'ACTIVE_MEASURES', explanation: 'Listings are unknown (sanctions missing): no negative listing cannot be shown' };
      }
      const negative = inputs.activeMeasures.find((m) => inputs.negativeListTypes.includes(m.listing.listType));
      return negative
        ? { ok: false, explanation: `Listed on the ${listName(negative.listing.listType)} (listing ${negative.listing.id}, by ${negative.listing.department})` }
        : { ok: true, explanation: 'No active listing on a negative list' };
    }
    case 'NO_BROKEN_COMMITMENT': {
      const broken = inputs.exclusions[0];
      return broken
        ? { ok: false, explanation: `Commitment ${broken.commitmentId} was found broken by ${broken.department} and is not repaired` }
        : { ok: true, explanation: 'No broken commitment excludes the subject' };
    }
    case 'NO_PUNISHMENT_MEASURE': {
      if (!inputs.activeMeasures) {
        return { ok: false, missing: 'ACTIVE_MEASURES', explanation: 'Measures are unknown (sanctions missing): no punishment measure cannot be shown' };
      }
      const matter = incentive.measureMatter;
      const punishing = inputs.activeMeasures.find(
        (m) => m.measure.effect === 'PUNISHMENT' && (matter === null || m.measure.matters.includes(matter)),
      );
      return punishing
        ? { ok: false, explanation: `Punishment measure ${punishing.measure.code} ${punishing.measure.name} applies (${punishing.measure.legalBasis})` }
        : { ok: true, explanation: `No punishment measure applies${matter ? ` to ${matter}` : ''}` };
    }
  }
}

export function eligibility(incentive: IncentiveFacts, inputs: EligibilityInputs): Eligibility {
  const satisfied: RuleResult[] = [];
  const failed: RuleResult[] = [];
  const missing = new Set<CheckInput>();
  for (const rule of incentive.rules) {
    const verdict = judge(rule, incentive, inputs);
    (verdict.ok ? satisfied : failed).push({ rule, explanation: verdict.explanation });
    if (verdict.missing) missing.add(verdict.missing);
  }
  return { eligible: failed.length === 0, satisfied, failed, missingInputs: [...missing] };
}
