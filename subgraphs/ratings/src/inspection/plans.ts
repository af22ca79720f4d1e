/**
 * Inspection plans: drawing (from the current grades and the sampling policy in force), storing,
 * verifying by re-running the draw, merging into joint inspections, and recording results.
 */
import { randomUUID } from 'node:crypto';
import { queryRows, unnestInsert } from '@credit/db';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { RatingsDb } from '../db';
import {
  evaluations,
  inspectionItems,
  inspectionPlans,
  jointInspections,
  type Grade,
  type InspectionPlanRow,
  type InspectorView,
  type ScopeView,
} from '../db/schema';
import { currentRunId } from '../evaluation/run';
import { samplingByVersion, samplingInForce } from '../model/load';
import { DRAW_ALGORITHM, assign, planDigest, type DrawResult, type DrawnItem } from './draw';

export class PlanError extends Error {
  constructor(
    readonly code: 'NO_CURRENT_GRADES' | 'NO_SAMPLING_POLICY' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

export interface DrawRequest {
  department: string;
  period: string;
  scope: ScopeView;
  inspectors: InspectorView[];
  inspectorsPerSubject: number;
  seed: string;
  drawnBy: string;
  now: Date;
}

function scopeFilter(runId: string, scope: ScopeView): SQL {
  const parts: SQL[] = [sql`${evaluations.runId} = ${runId}`];
  if (scope.industryPrefix) parts.push(sql`${evaluations.industryCode} like ${`${scope.industryPrefix}%`}`);
  if (scope.regionPrefix) parts.push(sql`${evaluations.regionCode} like ${`${scope.regionPrefix}%`}`);
  if (scope.kinds?.length) parts.push(sql`${evaluations.kind} = any(${sql.param(scope.kinds)}::text[])`);
  return sql.join(parts, sql` and `);
}

/**
 * The candidates of a run and scope, per grade. One row per grade with the ids joined into one text
 * (a million ids come back in about a second, instead of a million row objects).
 */
export async function loadStrata(db: RatingsDb, runId: string, scope: ScopeView): Promise<Partial<Record<Grade, string[]>>> {
  const rows = await queryRows<{ grade: Grade; ids: string | null }>(
    db,
    sql`select ${evaluations.grade} as grade, string_agg(${evaluations.subjectId}::text, ',') as ids
        from ${evaluations} where ${scopeFilter(runId, scope)} group by ${evaluations.grade}`,
  );
  const strata: Partial<Record<Grade, string[]>> = {};
  for (const row of rows) strata[row.grade] = row.ids ? row.ids.split(',') : [];
  return strata;
}

/**
 * Steps 1–3 of the draw in the database (the same algorithm as `draw()` in draw.ts, which tests
 * hold it to): per grade stratum in scope, k = ceil(n × ratio) subjects with the smallest
 * SHA-256(seed + ":" + subjectId), ties by id. Only the drawn ids leave the database.
 */
export async function selectInDatabase(
  db: RatingsDb,
  runId: string,
  scope: ScopeView,
  seed: string,
  ratios: Partial<Record<Grade, number>>,
): Promise<{ drawn: { subjectId: string; grade: Grade }[]; strata: { grade: Grade; candidates: number; drawn: number }[] }> {
  const grades = Object.keys(ratios) as Grade[];
  // The counts first, then one top-k query per stratum (PostgreSQL keeps only k rows while sorting).
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    const counts = await queryRows<{ grade: Grade; n: number; k: number }>(
      tx,
      sql`select ${evaluations.grade} as grade, count(*)::int as n,
                 least(count(*), greatest(0, ceil(count(*)::float8 * p.ratio - 1e-9::float8)))::int as k
          from ${evaluations}
          join unnest(${sql.param(grades)}::text[], ${sql.param(grades.map((g) => ratios[g]!))}::float8[]) as p(grade, ratio)
            on ${evaluations.grade} = p.grade::ratings.grade
          where ${scopeFilter(runId, scope)}
          group by ${evaluations.grade}, p.ratio`,
    );
    const out: { grade: Grade; n: number; k: number; subject_id: string | null }[] = [];
    for (const stratum of counts) {
      out.push({ ...stratum, subject_id: null });
      if (stratum.k <= 0) continue;
      const ids = await queryRows<{ subject_id: string }>(
        tx,
        sql`select ${evaluations.subjectId}::text as subject_id from ${evaluations}
            where ${scopeFilter(runId, scope)} and ${evaluations.grade} = ${stratum.grade}
            order by sha256(convert_to(${seed} || ':' || ${evaluations.subjectId}::text, 'UTF8')), ${evaluations.subjectId}::text
            limit ${stratum.k}`,
      );
      for (const id of ids) out.push({ ...stratum, subject_id: id.subject_id });
    }
    return out;
  });
  const strata = new Map<Grade, { grade: Grade; candidates: number; drawn: number }>();
  const drawn: { subjectId: string; grade: Grade }[] = [];
  for (const row of rows) {
    if (!strata.has(row.grade)) strata.set(row.grade, { grade: row.grade, candidates: row.n, drawn: row.k });
    if (row.subject_id) drawn.push({ subjectId: row.subject_id, grade: row.grade });
  }
  const ordered = (['A', 'B', 'C', 'D'] as const).map((grade) => strata.get(grade) ?? { grade, candidates: 0, drawn: 0 });
  drawn.sort((a, b) => (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0));
  return { drawn, strata: ordered };
}

function ratiosOf(policies: { grade: Grade; ratio: number }[]): Partial<Record<Grade, number>> {
  return Object.fromEntries(policies.map((p) => [p.grade, p.ratio]));
}

const ITEM_CHUNK = 20_000;

/** Draws a plan from the current grades and stores it with everything needed to re-run it. */
export async function drawPlan(
  db: RatingsDb,
  request: DrawRequest,
): Promise<{ plan: InspectionPlanRow; result: DrawResult; timings: { readMs: number; drawMs: number; storeMs: number } }> {
  const runId = await currentRunId(db);
  if (!runId) throw new PlanError('NO_CURRENT_GRADES', 'no evaluation run has completed yet: run an evaluation before drawing');
  const today = request.now.toISOString().slice(0, 10);
  const sampling = await samplingInForce(db, today);
  if (!sampling.length) throw new PlanError('NO_SAMPLING_POLICY', `no sampling policy is in force on ${today}`);
  const t0 = performance.now();
  const selected = await selectInDatabase(db, runId, request.scope, request.seed, ratiosOf(sampling));
  const t1 = performance.now();
  const result = assign(request.seed, selected.drawn, selected.strata, request.inspectors, request.inspectorsPerSubject);
  const candidates = selected.strata.reduce((n, s) => n + s.candidates, 0);
  const t2 = performance.now();
  const id = randomUUID();
  const plan = await db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(inspectionPlans)
      .values({
        id,
        department: request.department,
        period: request.period,
        scope: request.scope,
        inspectors: request.inspectors,
        inspectorsPerSubject: request.inspectorsPerSubject,
        seed: request.seed,
        runId,
        samplingVersion: sampling[0]!.version,
        algorithm: DRAW_ALGORITHM,
        candidates,
        strata: result.strata,
        digest: result.digest,
        drawnBy: request.drawnBy,
        drawnAt: request.now,
      })
      .returning();
    for (let i = 0; i < result.items.length; i += ITEM_CHUNK) {
      const chunk = result.items.slice(i, i + ITEM_CHUNK).map((item) => ({ planId: id, ...item }));
      await tx.execute(unnestInsert(inspectionItems, ['planId', 'subjectId', 'grade', 'inspectors'], chunk));
    }
    return plan!;
  });
  return { plan, result, timings: { readMs: t1 - t0, drawMs: t2 - t1, storeMs: performance.now() - t2 } };
}

export interface Verification {
  matches: boolean;
  publishedDigest: string;
  recomputedDigest: string;
  storedDigest: string;
  /** Subjects whose stored row differs from the re-run (drawn, grade or inspectors), first 20. */
  differences: string[];
  differenceCount: number;
}

/** Re-runs a plan's draw from its stored inputs and compares it with the stored plan, row by row. */
export async function verifyPlan(db: RatingsDb, planId: string): Promise<Verification> {
  const [plan] = await db.select().from(inspectionPlans).where(eq(inspectionPlans.id, planId));
  if (!plan) throw new PlanError('NOT_FOUND', `no inspection plan ${planId}`);
  const sampling = await samplingByVersion(db, plan.samplingVersion);
  const selected = await selectInDatabase(db, plan.runId, plan.scope, plan.seed, ratiosOf(sampling));
  const recomputed = assign(plan.seed, selected.drawn, selected.strata, plan.inspectors, plan.inspectorsPerSubject);
  const storedRows = await db
    .select({ subjectId: inspectionItems.subjectId, grade: inspectionItems.grade, inspectors: inspectionItems.inspectors })
    .from(inspectionItems)
    .where(eq(inspectionItems.planId, planId))
    .orderBy(asc(sql`${inspectionItems.subjectId}::text`));
  const stored: DrawnItem[] = storedRows;
  const line = (item: DrawnItem | undefined) => (item ? `${item.grade}|${item.inspectors.join(',')}` : '');
  const storedBy = new Map(stored.map((item) => [item.subjectId, item]));
  const recomputedBy = new Map(recomputed.items.map((item) => [item.subjectId, item]));
  const differing = new Set<string>();
  for (const [subjectId, item] of recomputedBy) if (line(storedBy.get(subjectId)) !== line(item)) differing.add(subjectId);
  for (const subjectId of storedBy.keys()) if (!recomputedBy.has(subjectId)) differing.add(subjectId);
  const storedDigest = planDigest(stored);
  const differences = [...differing].sort();
  return {
    matches: differences.length === 0 && storedDigest === plan.digest && recomputed.digest === plan.digest,
    publishedDigest: plan.digest,
    recomputedDigest: recomputed.digest,
    storedDigest,
    differences: differences.slice(0, 20),
    differenceCount: differences.length,
  };
}

/**
 * Merges the plans of one period that hit the same subject into joint inspections (one visit, the
 * departments' inspectors together), set-based. Returns the number of joint inspections created.
 */
export async function mergeJointInspections(db: RatingsDb, period: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const created = await queryRows<{ id: string }>(
      tx,
      sql`with hits as (
            select i.subject_id, p.department, p.id as plan_id, i.inspectors
            from ${inspectionItems} i join ${inspectionPlans} p on p.id = i.plan_id
            where p.period = ${period} and i.joint_inspection_id is null),
          shared as (select subject_id from hits group by subject_id having count(distinct department) > 1)
          insert into ${jointInspections} (id, period, subject_id, departments, plan_ids, inspectors, created_at)
          select gen_random_uuid(), ${period}, s.subject_id,
                 (select array_agg(distinct h.department order by h.department) from hits h where h.subject_id = s.subject_id),
                 (select array_agg(distinct h.plan_id order by h.plan_id) from hits h where h.subject_id = s.subject_id),
                 (select array_agg(distinct x order by x) from hits h cross join unnest(h.inspectors) as x where h.subject_id = s.subject_id),
                 ${now.toISOString()}::timestamptz
          from shared s
          on conflict (period, subject_id) do nothing
          returning id`,
    );
    await tx.execute(sql`update ${inspectionItems} i set joint_inspection_id = j.id
      from ${jointInspections} j, ${inspectionPlans} p
      where j.period = ${period} and p.id = i.plan_id and p.period = ${period} and i.subject_id = j.subject_id and i.joint_inspection_id is null`);
    return created.length;
  });
}

export interface ResultInput {
  subjectId: string;
  outcome: NonNullable<typeof inspectionItems.$inferSelect.outcome>;
  findings: string;
  inspectedOn: string;
}

/** Records inspection results on a plan's items in one statement; returns the subjects not in the plan. */
export async function recordResults(db: RatingsDb, planId: string, results: ResultInput[], recordedBy: string): Promise<string[]> {
  const column = (pick: (r: ResultInput) => string) => sql.param(results.map(pick));
  const updated = await queryRows<{ subject_id: string }>(
    db,
    sql`update ${inspectionItems} i set outcome = r.outcome::ratings.inspection_outcome, findings = r.findings,
          inspected_on = r.inspected_on::date, recorded_by = ${recordedBy}
        from unnest(${column((r) => r.subjectId)}::text[], ${column((r) => r.outcome)}::text[],
                    ${column((r) => r.findings)}::text[], ${column((r) => r.inspectedOn)}::text[])
             as r(subject_id, outcome, findings, inspected_on)
        where i.plan_id = ${planId} and i.subject_id = r.subject_id::uuid
        returning i.subject_id::text as subject_id`,
  );
  const done = new Set(updated.map((row) => row.subject_id));
  return results.map((r) => r.subjectId).filter((id) => !done.has(id));
}
