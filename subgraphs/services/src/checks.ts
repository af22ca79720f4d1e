/**
 * Making and storing credit checks (逢办必查). Checks asked in one request (one `_entities` batch)
 * are made together: the decisions in memory, then one statement (`storeChecks`) that keeps the
 * first check of each application, matter and subject (a retry finds it) and logs every ask.
 */
import DataLoader from 'dataloader';
import { tableRows } from '@credit/db';
import { badInput, type Caller, userError } from '@credit/kit';
import type { ServicesDb } from './db';
import { creditChecks, type ApprovalMatterRow, type CheckInputsSnapshot, type CreditCheckRow, type DecisionRuleSetRow } from './db/schema';
import { storeChecks } from './db/statements';
import { decide, type MeasureInput, type RatingInput } from './decision';
import type { Loaders } from './loaders';
import type { SubjectRef } from './views';

export interface CheckRequest {
  subject: SubjectRef;
  matterCode: string;
  applicationId: string;
}

const APPLICATION_ID = /^[\p{L}\p{N}_.:\/-]{1,100}$/u;

/** A check's identity: its application, matter and subject. */
const checkKey = (applicationId: string, matterCode: string, subjectId: string) => JSON.stringify([applicationId, matterCode, subjectId]);
const requestKey = (r: CheckRequest) => checkKey(r.applicationId, r.matterCode, r.subject.id);

function state(parent: object, key: string): 'PRESENT' | 'NULL' | 'ABSENT' {
  if (!(key in parent) || (parent as Record<string, unknown>)[key] === undefined) return 'ABSENT';
  return (parent as Record<string, unknown>)[key] === null ? 'NULL' : 'PRESENT';
}

/** The inputs as the gateway sent them, in the form stored with the check and its log. */
export function snapshotInputs(subject: SubjectRef, brokenCommitments: string[]): CheckInputsSnapshot {
  const rating = subject.rating ?? null;
  const measures = subject.activeMeasures ?? null;
  return {
    rating: rating
      ? { grade: rating.grade, score: rating.score, modelVersion: rating.modelVersion, evaluatedAt: String(rating.evaluatedAt instanceof Date ? rating.evaluatedAt.toISOString() : rating.evaluatedAt) }
      : null,
    ratingState: state(subject, 'rating'),
    activeMeasures: measures
      ? measures.map((m) => ({
          code: m.measure.code,
          effect: m.measure.effect,
          matters: m.measure.matters,
          listingId: m.listing.id,
          listType: m.listing.listType,
          department: m.listing.department,
        }))
      : null,
    measuresState: state(subject, 'activeMeasures'),
    brokenCommitments,
  };
}

export interface CheckDeps {
  db: ServicesDb;
  loaders: Loaders;
  caller: Caller;
  now: Date;
  /** `now`'s date in China Standard Time: exclusions in force on it count. */
  today: string;
}

/** One loader per request: `load(request)` makes or finds the check and logs the ask. */
export function createCheckLoader(deps: CheckDeps) {
  return new DataLoader<CheckRequest, CreditCheckRow, string>((requests) => makeChecks(deps, requests), { cacheKeyFn: requestKey });
}

async function makeChecks(deps: CheckDeps, requests: readonly CheckRequest[]): Promise<(CreditCheckRow | Error)[]> {
  const { loaders } = deps;
  const [matters, rules] = await Promise.all([loaders.matters(), loaders.rules()]);
  const results: (CreditCheckRow | Error | null)[] = requests.map((request) => {
    if (!APPLICATION_ID.test(request.applicationId)) {
      return badInput('`applicationId` is 1 to 100 letters, digits or `_ . : / -`', 'BAD_USER_INPUT', { field: 'applicationId' });
    }
    if (!matters.has(request.matterCode)) {
      return userError('NOT_FOUND', `No approval matter has the code ${request.matterCode}: see \`approvalMatters\``, { field: 'matterCode' });
    }
    return null;
  });
  const valid = requests.map((request, index) => ({ request, index })).filter(({ index }) => results[index] === null);
  if (!valid.length) return results as (CreditCheckRow | Error)[];

  // Decided first without exclusions (a broken commitment is rare); the statement stores none
  // whose subject has one, and those are decided again with their exclusions read.
  const stored = await store(deps, valid.map(({ request }) => request), true, rules, matters);
  const excluded = valid.filter(({ request }) => !stored.has(requestKey(request)));
  if (excluded.length) {
    for (const [key, row] of await store(deps, excluded.map(({ request }) => request), false, rules, matters)) stored.set(key, row);
  }
  valid.forEach(({ request, index }) => {
    results[index] = stored.get(requestKey(request)) ?? new Error(`the credit check of application ${request.applicationId} was not stored`);
  });
  return results as (CreditCheckRow | Error)[];
}

/**
 * Decides the checks and stores them with their log entries (`storeChecks`), keyed by
 * `requestKey`. `assumedClear`: decided without exclusions, and stored only for subjects that
 * have none; otherwise each subject's exclusions are read and decided on.
 */
async function store(
  deps: CheckDeps,
  requests: CheckRequest[],
  assumedClear: boolean,
  rules: DecisionRuleSetRow,
  matters: Map<string, ApprovalMatterRow>,
): Promise<Map<string, CreditCheckRow>> {
  const { db, loaders, caller, now, today } = deps;
  const exclusions = assumedClear ? requests.map(() => []) : await loaders.exclusionsOf.loadMany(requests.map((request) => request.subject.id));
  const made = requests.map((request, i) => {
    const excluded = exclusions[i];
    if (excluded instanceof Error) throw excluded;
    const rating = request.subject.rating as RatingInput | null | undefined;
    const activeMeasures = request.subject.activeMeasures as MeasureInput[] | null | undefined;
    const outcome = decide({ matter: matters.get(request.matterCode)!, rules, rating, activeMeasures, exclusions: excluded ?? [] });
    const inputs = snapshotInputs(request.subject, (excluded ?? []).map((e) => e.commitmentId));
    // As `storeChecks` takes it (one JSON parameter).
    return {
      subject_id: request.subject.id,
      matter_code: request.matterCode,
      application_id: request.applicationId,
      decision: outcome.decision,
      reasons: outcome.reasons,
      missing_inputs: outcome.missingInputs,
      inputs,
      grade: inputs.rating?.grade ?? null,
      measure_codes: inputs.activeMeasures?.map((m) => m.code) ?? null,
      rule_set_version: rules.version,
    };
  });
  // The checks and their log entries in one statement: a retry finds the stored check and is
  // logged as a replay.
  const rows = await storeChecks(db).execute({
    checks: JSON.stringify(made),
    at: now.toISOString(),
    callerId: caller.id,
    department: caller.department,
    roles: [...caller.roles],
    purpose: caller.purpose,
    assumedClear,
    today,
  });
  return new Map(tableRows(creditChecks, rows).map((row) => [checkKey(row.applicationId, row.matterCode, row.subjectId), row]));
}
