/**
 * An evaluation run: pages of subjects read through the gateway, scored in memory and stored one
 * set-based statement per page, with the run's checkpoint moved in the same transaction. Grades
 * become current only when the run completes (`current_run` switched in one transaction), so a
 * failed or half-done run leaves the previous grades in force; running again resumes it.
 */
import { randomUUID } from 'node:crypto';
import { unnestInsert } from '@credit/db';
import { isSubjectId } from '@credit/kit';
import { and, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { RatingsDb } from '../db';
import { currentRun, evaluations, industryRatings, marketRatings, runPages, runs, type Grade, type RunRow } from '../db/schema';
import { modelByVersion, modelInForce, policyByVersion, policyInForce, type Model } from '../model/load';
import { PageFeed } from './feed';
import type { InputReader } from './inputs';
import { scoreSubject, type Scored } from './score';

export const PAGE_SIZE = 500;
/** Pages read through the gateway at once while pages are scored and stored in order. */
export const READ_PAGES = 4;

export interface RunProgress {
  runId: string;
  subjectsDone: number;
  pages: number;
  unknownSources: string[];
}

export interface RunOptions {
  asOf: string;
  startedBy: string;
  pageSize?: number;
  /** Pages read at once (READ_PAGES); 1 reads each page after the previous one. */
  readPages?: number;
  now?: () => Date;
  onProgress?: (progress: RunProgress) => void;
  /** Stop after this many pages (tests simulating an interrupted run). */
  maxPages?: number;
}

type NewEvaluationRow = typeof evaluations.$inferInsert;

/** What an evaluation row says of its subject besides the scores. */
export type EvaluatedSubject = { id: string } & Pick<NewEvaluationRow, 'kind' | 'industryCode' | 'regionCode'>;

/** What every evaluation row of a run shares. */
export interface EvaluationStamp {
  runId: string;
  evaluatedAt: Date;
  modelVersion: string;
  policyVersion: string;
}

/** The row that stores a subject's evaluation in a run. */
export function evaluationRow(subject: EvaluatedSubject, scored: Scored, stamp: EvaluationStamp): NewEvaluationRow {
  return {
    runId: stamp.runId,
    subjectId: subject.id,
    grade: scored.grade,
    score: scored.score,
    publicScore: scored.publicScore,
    publicGrade: scored.publicGrade,
    evaluatedAt: stamp.evaluatedAt,
    modelVersion: stamp.modelVersion,
    policyVersion: stamp.policyVersion,
    kind: subject.kind,
    industryCode: subject.industryCode,
    regionCode: subject.regionCode,
    indicatorValues: scored.values,
    contributions: scored.contributions,
    industryPoints: scored.industryPoints,
    marketPoints: scored.marketPoints,
    appliedRules: scored.appliedRules,
    unknownInputs: scored.unknownCount,
  };
}

export class EvaluationSetupError extends Error {
  constructor(
    readonly code: 'NO_MODEL_IN_FORCE' | 'NO_POLICY_IN_FORCE',
    message: string,
  ) {
    super(message);
  }
}

/** The unfinished run for `asOf` to resume, or a new one with the model and policy in force then. */
export async function openRun(db: RatingsDb, asOf: string, startedBy: string, now: Date): Promise<RunRow & { resumed: boolean }> {
  const [unfinished] = await db
    .select()
    .from(runs)
    .where(and(eq(runs.asOf, asOf), ne(runs.status, 'COMPLETED')))
    .orderBy(desc(runs.startedAt))
    .limit(1);
  if (unfinished) {
    const [resumed] = await db.update(runs).set({ status: 'RUNNING', error: null, updatedAt: now }).where(eq(runs.id, unfinished.id)).returning();
    return { ...resumed!, resumed: true };
  }
  const model = await modelInForce(db, asOf);
  if (!model) throw new EvaluationSetupError('NO_MODEL_IN_FORCE', `no evaluation model is in force on ${asOf}`);
  const policy = await policyInForce(db, asOf);
  if (!policy) throw new EvaluationSetupError('NO_POLICY_IN_FORCE', `no combination policy is in force on ${asOf}`);
  const [run] = await db
    .insert(runs)
    .values({
      id: randomUUID(),
      asOf,
      modelVersion: model.model.version,
      policyVersion: policy.version,
      status: 'RUNNING',
      startedBy,
      startedAt: now,
      updatedAt: now,
    })
    .returning();
  return { ...run!, resumed: false };
}

/** Valid industry and market grades of the page's subjects on `asOf`: two queries per page. */
async function ratingsOn(db: RatingsDb, subjectIds: string[], asOf: string) {
  const industry = new Map<string, Grade[]>();
  const market = new Map<string, Grade[]>();
  if (!subjectIds.length) return { industry, market };
  const [ind, mkt] = await Promise.all([
    db
      .select({ subjectId: industryRatings.subjectId, grade: industryRatings.grade })
      .from(industryRatings)
      .where(and(inArray(industryRatings.subjectId, subjectIds), lte(industryRatings.validFrom, asOf), gte(industryRatings.validTo, asOf))),
    db
      .select({ subjectId: marketRatings.subjectId, grade: marketRatings.grade })
      .from(marketRatings)
      .where(and(inArray(marketRatings.subjectId, subjectIds), lte(marketRatings.validFrom, asOf), gte(marketRatings.validTo, asOf))),
  ]);
  for (const row of ind) industry.set(row.subjectId, [...(industry.get(row.subjectId) ?? []), row.grade]);
  for (const row of mkt) market.set(row.subjectId, [...(market.get(row.subjectId) ?? []), row.grade]);
  return { industry, market };
}


/**
 * Runs (or resumes) the evaluation for `asOf` to completion. On failure the run is marked FAILED
 * with its checkpoint kept, the error is rethrown, and the previous grades stay current.
 */
export async function runEvaluation(db: RatingsDb, reader: InputReader, options: RunOptions): Promise<RunRow> {
  const now = options.now ?? (() => new Date());
  const run = await openRun(db, options.asOf, options.startedBy, now());
  return continueOpenRun(db, reader, run, options);
}

/** Continues an opened run to completion; on failure marks it FAILED (checkpoint kept) and rethrows. */
export async function continueOpenRun(db: RatingsDb, reader: InputReader, run: RunRow, options: RunOptions): Promise<RunRow> {
  const now = options.now ?? (() => new Date());
  try {
    return await continueRun(db, reader, run, options, now);
  } catch (error) {
    await db
      .update(runs)
      .set({ status: 'FAILED', error: (error as Error).message.slice(0, 2000), updatedAt: now() })
      .where(eq(runs.id, run.id));
    throw error;
  }
}

async function continueRun(db: RatingsDb, reader: InputReader, run: RunRow, options: RunOptions, now: () => Date): Promise<RunRow> {
  const model: Model | null = await modelByVersion(db, run.modelVersion);
  const policy = await policyByVersion(db, run.policyVersion);
  if (!model || !policy) throw new Error(`run ${run.id} names a model or policy that no longer exists`);
  const prepared = await reader.prepare(run.asOf, model.model.lookbackYears);
  await db
    .update(runs)
    .set({ unknownInputs: prepared.unknownSources, inputNotes: prepared.notes, updatedAt: now() })
    .where(eq(runs.id, run.id));

  let cursor = run.cursor;
  let done = run.subjectsDone;
  let pages = 0;
  // Pages are read READ_PAGES at a time (the gateway and subgraphs work on the next ones while this
  // one is scored and stored) and stored strictly in listing order, so the checkpoint still means
  // "everything before the cursor is stored".
  const feed = new PageFeed(reader, cursor, options.pageSize ?? PAGE_SIZE, options.readPages ?? READ_PAGES);
  let hasNext = true;
  while (hasNext) {
    if (options.maxPages !== undefined && pages >= options.maxPages) {
      const [paused] = await db.select().from(runs).where(eq(runs.id, run.id));
      return paused!;
    }
    const page = await feed.next();
    if (!page) break;
    const subjects = page.subjects.filter((s) => isSubjectId(s.id));
    const { industry, market } = await ratingsOn(db, subjects.map((s) => s.id), run.asOf);
    const evaluatedAt = now();
    const rows = subjects.map((subject) => {
      const scored = scoreSubject(model, policy, subject.inputs, industry.get(subject.id) ?? [], market.get(subject.id) ?? []);
      return evaluationRow(subject, scored, { runId: run.id, evaluatedAt, modelVersion: model.model.version, policyVersion: policy.version });
    });
    cursor = page.endCursor ?? cursor;
    done += rows.length;
    hasNext = page.hasNextPage;
    await db.transaction(async (tx) => {
      if (rows.length) {
        await tx.execute(
          sql`${unnestInsert(evaluations, Object.keys(rows[0]!) as (keyof (typeof rows)[number])[], rows)} on conflict (run_id, subject_id) do nothing`,
        );
      }
      await tx.update(runs).set({ cursor, subjectsDone: done, updatedAt: now() }).where(eq(runs.id, run.id));
      await tx.insert(runPages).values({ runId: run.id, subjects: rows.length, unknownInputs: page.failedSources, storedAt: now() });
    });
    pages++;
    options.onProgress?.({ runId: run.id, subjectsDone: done, pages, unknownSources: [...prepared.unknownSources, ...page.failedSources] });
  }
  const completed = await completeRun(db, run.id, now());
  // Fresh statistics for the draws and distributions over the new grades.
  await db.execute(sql`analyze ratings.evaluation`);
  return completed;
}

/** Marks the run completed and makes its grades current, in one transaction. */
export async function completeRun(db: RatingsDb, runId: string, at: Date): Promise<RunRow> {
  return db.transaction(async (tx) => {
    const [completed] = await tx.update(runs).set({ status: 'COMPLETED', finishedAt: at, updatedAt: at }).where(eq(runs.id, runId)).returning();
    await tx
      .insert(currentRun)
      .values({ singleton: true, runId, switchedAt: at })
      .onConflictDoUpdate({ target: currentRun.singleton, set: { runId, switchedAt: at } });
    return completed!;
  });
}

/** The run whose grades are in force, if any. */
export async function currentRunId(db: RatingsDb): Promise<string | null> {
  const [row] = await db.select({ runId: currentRun.runId }).from(currentRun);
  return row?.runId ?? null;
}
