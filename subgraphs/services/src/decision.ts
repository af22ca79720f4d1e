/**
 * The credit check's decision (逢办必查), as pure functions: from the matter, the rules in force,
 * the inputs that arrived through the gateway (grade, active measures) and the subject's broken
 * commitments, to a decision and its reasons. Missing inputs are named and fail safe: a decision
 * never rests on an input it did not get, and is never a green channel without its grounds.
 */

export const DECISIONS = ['GREEN_CHANNEL', 'COMMITMENT_ALLOWED', 'STANDARD', 'RESTRICTED', 'REFUSED'] as const;
export type Decision = (typeof DECISIONS)[number];
export type Grade = 'A' | 'B' | 'C' | 'D';
export type CheckInput = 'RATING' | 'ACTIVE_MEASURES';
export type ReasonKind = 'GRADE' | 'LISTING' | 'PUNISHMENT_MEASURE' | 'REWARD_MEASURE' | 'BROKEN_COMMITMENT' | 'MATTER' | 'MISSING_INPUT';

/** Least favourable of two decisions. */
export function stricter(a: Decision, b: Decision): Decision {
  return DECISIONS.indexOf(a) >= DECISIONS.indexOf(b) ? a : b;
}

/** The inputs as they arrived in the representation: `undefined` not sent, `null` sent empty. */
export interface RatingInput {
  grade: Grade;
  score: number;
  modelVersion: string;
  evaluatedAt: string | Date;
}

export interface MeasureInput {
  measure: { code: string; name: string; effect: 'REWARD' | 'PUNISHMENT'; legalBasis: string; matters: string[] };
  listing: { id: string; listType: string; department: string };
}

export interface MatterFacts {
  code: string;
  name: string;
  commitmentAllowed: boolean;
  acceptWithMissingMaterials: boolean;
  greenChannel: boolean;
  measureMatters: string[];
}

export interface RuleSet {
  version: string;
  greenChannelGrades: string[];
  commitmentGrades: string[];
  restrictedGrades: string[];
  refusingListTypes: string[];
  negativeListTypes: string[];
}

/** A broken, unrepaired commitment still excluding the subject. */
export interface Exclusion {
  commitmentId: string;
  department: string;
  excludedUntil: string | null;
  note: string | null;
}

/** A reason as stored with the check and returned by the API. */
export interface StoredReason {
  kind: ReasonKind;
  allows: Decision;
  explanation: string;
  source: string;
  officerAction: string;
  grade?: Grade | null;
  modelVersion?: string | null;
  evaluatedAt?: string | null;
  measureCode?: string | null;
  legalBasis?: string | null;
  listingId?: string | null;
  listType?: string | null;
  commitmentId?: string | null;
  missingInput?: CheckInput | null;
}

export interface CheckOutcome {
  decision: Decision;
  reasons: StoredReason[];
  missingInputs: CheckInput[];
}

const LIST_NAMES: Record<string, string> = {
  SERIOUS_DISHONESTY: '严重失信主体名单 (serious dishonesty list)',
  KEY_ATTENTION: '重点关注对象名单 (key attention list)',
  RED_LIST: '守信激励对象名单 (red list)',
};

export const listName = (listType: string) => LIST_NAMES[listType] ?? listType;

function iso(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

/** What the matter offers at best, and the decision it can actually give for a wanted one. */
export function matterOffers(matter: MatterFacts, wanted: Decision): Decision {
  const commitment = matter.commitmentAllowed || matter.acceptWithMissingMaterials;
  if (wanted === 'GREEN_CHANNEL' && !matter.greenChannel) wanted = 'COMMITMENT_ALLOWED';
  if (wanted === 'COMMITMENT_ALLOWED' && !commitment) wanted = 'STANDARD';
  return wanted;
}

function matterReason(matter: MatterFacts): StoredReason {
  const offered = [
    matter.greenChannel ? '绿色通道 (green channel)' : null,
    matter.commitmentAllowed ? '告知承诺 (commitment instead of materials)' : null,
    matter.acceptWithMissingMaterials ? '容缺受理 (acceptance with missing materials)' : null,
  ].filter((x): x is string => x !== null);
  const best = matterOffers(matter, 'GREEN_CHANNEL');
  return {
    kind: 'MATTER',
    allows: best,
    explanation: offered.length
      ? `${matter.code} ${matter.name} offers ${offered.join(', ')} to applicants in good standing`
      : `${matter.code} ${matter.name} offers no credit-based facilitation: standard processing at best`,
    source: `approval matter ${matter.code} (measure matters: ${matter.measureMatters.join(', ') || 'none'})`,
    officerAction:
      best === 'STANDARD' ? 'Process with the full materials the matter requires' : 'Offer the facilitation the decision allows, and no more',
  };
}

function gradeReason(rating: RatingInput, rules: RuleSet): StoredReason {
  const source = `ratings: grade ${rating.grade} (score ${rating.score}), model ${rating.modelVersion}, evaluated ${iso(rating.evaluatedAt)}`;
  const base = { kind: 'GRADE' as const, source, grade: rating.grade, modelVersion: rating.modelVersion, evaluatedAt: iso(rating.evaluatedAt) };
  if (rules.restrictedGrades.includes(rating.grade)) {
    return {
      ...base,
      allows: 'RESTRICTED',
      explanation: `Grade ${rating.grade} is processed with restrictions under rule set ${rules.version}: key supervision, no facilitation`,
      officerAction: 'Review every material in full, verify on site where the matter allows it, and flag the subject for key supervision',
    };
  }
  if (rules.greenChannelGrades.includes(rating.grade)) {
    return {
      ...base,
      allows: 'GREEN_CHANNEL',
      explanation: `Grade ${rating.grade} qualifies for a green channel under rule set ${rules.version}`,
      officerAction: 'Give priority handling (green channel) where the matter offers it',
    };
  }
  if (rules.commitmentGrades.includes(rating.grade)) {
    return {
      ...base,
      allows: 'COMMITMENT_ALLOWED',
      explanation: `Grade ${rating.grade} qualifies for commitment-based processing under rule set ${rules.version}, not for a green channel`,
      officerAction: 'Accept a credit commitment where the matter allows it',
    };
  }
  return {
    ...base,
    allows: 'STANDARD',
    explanation: `Grade ${rating.grade} qualifies for standard processing only under rule set ${rules.version}`,
    officerAction: 'Process with the full materials the matter requires',
  };
}

function missingReason(input: CheckInput, state: 'NULL' | 'ABSENT'): StoredReason {
  if (input === 'RATING') {
    return {
      kind: 'MISSING_INPUT',
      allows: 'STANDARD',
      missingInput: 'RATING',
      explanation:
        state === 'ABSENT'
          ? 'The grade did not arrive (the ratings subgraph did not answer): no green channel or commitment can rest on it'
          : 'No current grade arrived (the subject is not rated, or the ratings subgraph could not give it): no green channel or commitment can rest on it',
      source: 'ratings: Subject.rating missing',
      officerAction: 'Process with the full materials; ask the credit centre for the grade before granting any facilitation',
    };
  }
  return {
    kind: 'MISSING_INPUT',
    allows: 'STANDARD',
    missingInput: 'ACTIVE_MEASURES',
    explanation:
      state === 'ABSENT'
        ? 'The active joint measures did not arrive (the sanctions subgraph did not answer): listings and restrictions are unknown'
        : 'The active joint measures arrived empty-handed (the sanctions subgraph could not give them): listings and restrictions are unknown',
    source: 'sanctions: Subject.activeMeasures missing',
    officerAction:
      'Check the subject against the dishonesty lists on the credit portal by hand before deciding; accept no commitment and grant no green channel meanwhile',
  };
}

function measureReason(applicable: MeasureInput, matter: MatterFacts, rules: RuleSet): StoredReason {
  const { measure, listing } = applicable;
  const touched = measure.matters.filter((m) => matter.measureMatters.includes(m));
  const source = `sanctions: measure ${measure.code} (${measure.legalBasis}) following listing ${listing.id} on the ${listName(listing.listType)} by ${listing.department}`;
  const common = {
    source,
    measureCode: measure.code,
    legalBasis: measure.legalBasis,
    listingId: listing.id,
    listType: listing.listType,
  };
  if (measure.effect === 'REWARD') {
    return {
      ...common,
      kind: 'REWARD_MEASURE',
      allows: 'GREEN_CHANNEL',
      explanation: `Reward measure ${measure.code} ${measure.name} applies to ${touched.join(', ')}, following the subject's listing on the ${listName(listing.listType)}`,
      officerAction: `Apply the reward ${measure.name} (legal basis: ${measure.legalBasis})`,
    };
  }
  const refuses = rules.refusingListTypes.includes(listing.listType);
  return {
    ...common,
    kind: 'PUNISHMENT_MEASURE',
    allows: refuses ? 'REFUSED' : 'RESTRICTED',
    explanation: `Punishment measure ${measure.code} ${measure.name} applies to ${touched.join(', ')}, following the subject's listing on the ${listName(listing.listType)} by ${listing.department}`,
    officerAction: refuses
      ? `Refuse the application under ${measure.legalBasis}, state the measure and the listing in the decision, and record it`
      : `Apply the restriction ${measure.name} under ${measure.legalBasis} and record how it was applied`,
  };
}

function listingReason(applicable: MeasureInput): StoredReason {
  const { listing } = applicable;
  return {
    kind: 'LISTING',
    allows: 'STANDARD',
    listingId: listing.id,
    listType: listing.listType,
    explanation: `The subject is on the ${listName(listing.listType)} (listing ${listing.id}, by ${listing.department}): no commitment-based processing or green channel`,
    source: `sanctions: listing ${listing.id} on the ${listName(listing.listType)} by ${listing.department}`,
    officerAction: 'Process with the full materials; accept no commitment in place of them',
  };
}

function exclusionReason(exclusion: Exclusion): StoredReason {
  return {
    kind: 'BROKEN_COMMITMENT',
    allows: 'STANDARD',
    commitmentId: exclusion.commitmentId,
    explanation: `A credit commitment (${exclusion.commitmentId}) was found broken or false by ${exclusion.department}: the subject is excluded from commitment-based processing${
      exclusion.excludedUntil ? ` until ${exclusion.excludedUntil}` : ''
    } unless repaired`,
    source: `services: commitment ${exclusion.commitmentId} verified BROKEN by ${exclusion.department}${exclusion.note ? ` (${exclusion.note})` : ''}`,
    officerAction: 'Require the full materials (no 告知承诺 or 容缺受理) and put the subject under key supervision',
  };
}

export interface DecideArgs {
  matter: MatterFacts;
  rules: RuleSet;
  /** `undefined`: not sent by the gateway; `null`: sent empty. */
  rating: RatingInput | null | undefined;
  activeMeasures: MeasureInput[] | null | undefined;
  exclusions: Exclusion[];
}

/** The decision: the least favourable any reason allows, within what the matter offers. */
export function decide({ matter, rules, rating, activeMeasures, exclusions }: DecideArgs): CheckOutcome {
  const reasons: StoredReason[] = [matterReason(matter)];
  const missingInputs: CheckInput[] = [];

  if (rating) reasons.push(gradeReason(rating, rules));
  else {
    missingInputs.push('RATING');
    reasons.push(missingReason('RATING', rating === null ? 'NULL' : 'ABSENT'));
  }

  if (activeMeasures) {
    const listed = new Set<string>();
    for (const applicable of activeMeasures) {
      const onMatter = applicable.measure.matters.some((m) => matter.measureMatters.includes(m));
      if (onMatter) reasons.push(measureReason(applicable, matter, rules));
      if (rules.negativeListTypes.includes(applicable.listing.listType) && !listed.has(applicable.listing.id)) {
        listed.add(applicable.listing.id);
        reasons.push(listingReason(applicable));
      }
    }
  } else {
    missingInputs.push('ACTIVE_MEASURES');
    reasons.push(missingReason('ACTIVE_MEASURES', activeMeasures === null ? 'NULL' : 'ABSENT'));
  }

  for (const exclusion of exclusions) reasons.push(exclusionReason(exclusion));

  let decision = reasons.reduce<Decision>((worst, reason) => stricter(worst, reason.allows), 'GREEN_CHANNEL');
  decision = matterOffers(matter, decision);
  // Fail safe, whatever the rules say: nothing favourable rests on an input that did not arrive.
  if (missingInputs.length && DECISIONS.indexOf(decision) < DECISIONS.indexOf('STANDARD')) decision = 'STANDARD';

  const ordered = reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => DECISIONS.indexOf(b.reason.allows) - DECISIONS.indexOf(a.reason.allows) || a.index - b.index)
    .map(({ reason }) => reason);
  return { decision, reasons: ordered, missingInputs };
}

/** What the officer must do, from all reasons in order, each once. */
export function officerActions(reasons: StoredReason[]): string[] {
  return [...new Set(reasons.map((reason) => reason.officerAction))];
}
