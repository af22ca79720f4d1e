import DataLoader from 'dataloader';
import { groupBy, isUuid, listsByKey } from '@credit/kit';
import { queryRows } from '@credit/db';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RatingsDb } from './db';
import { currentEvaluations } from './db/statements';
import {
  agencies,
  evaluations,
  industryRatings,
  jointInspections,
  marketRatings,
  runs,
  type AgencyRow,
  type IndustryRatingRow,
  type JointInspectionRow,
  type MarketRatingRow,
  type PolicyRow,
} from './db/schema';
import { modelByVersion, policyByVersion, type Model } from './model/load';
import type { RatingView } from './views';

/** Model and policy versions never change once written: cached for the process. */
const models = new Map<string, Promise<Model | null>>();
const policies = new Map<string, Promise<PolicyRow | null>>();

/** Per-request loaders: one SQL query per field and level, whatever the number of subjects. */
export function createLoaders(db: RatingsDb) {
  const withRun = async (where: SQL | undefined) =>
    (await db
      .select({ evaluation: evaluations, asOf: runs.asOf, inputNotes: runs.inputNotes })
      .from(evaluations)
      .innerJoin(runs, eq(runs.id, evaluations.runId))
      .where(where)).map((row): RatingView => ({ ...row.evaluation, asOf: row.asOf, inputNotes: row.inputNotes }));

  return {
    /** The evaluation in force (the current run's) per subject. */
    rating: new DataLoader<string, RatingView | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      if (!valid.length) return ids.map(() => null);
      const rows = (await currentEvaluations(db).execute({ ids: valid.map((id) => id.toLowerCase()) })).map(
        (row): RatingView => ({ ...row.evaluation, asOf: row.asOf, inputNotes: row.inputNotes }),
      );
      const bySubject = new Map(rows.map((row) => [row.subjectId, row]));
      return ids.map((id) => bySubject.get(id) ?? null);
    }),

    /** Evaluations of completed runs per subject, newest first; keyed by `subjectId|first`. */
    history: new DataLoader<string, RatingView[]>(async (keys) => {
      const parsed = keys.map((key) => {
        const [id, first] = key.split('|');
        return { id: id!, first: Number(first) };
      });
      const valid = [...new Set(parsed.map((k) => k.id).filter(isUuid))];
      const limit = Math.max(1, ...parsed.map((k) => k.first));
      if (!valid.length) return keys.map(() => []);
      const ranked = await queryRows<{ run_id: string; subject_id: string }>(
        db,
        sql`select run_id, subject_id from (
              select e.run_id, e.subject_id, row_number() over (partition by e.subject_id order by r.as_of desc, e.evaluated_at desc) as n
              from ${evaluations} e join ${runs} r on r.id = e.run_id and r.status = 'COMPLETED'
              where e.subject_id = any(${sql.param(valid)}::uuid[])) ranked
            where n <= ${limit}`,
      );
      const rows = ranked.length
        ? await withRun(
            sql`(${evaluations.runId}, ${evaluations.subjectId}) in (select * from unnest(${sql.param(ranked.map((r) => r.run_id))}::uuid[], ${sql.param(ranked.map((r) => r.subject_id))}::uuid[]))`,
          )
        : [];
      const bySubject = groupBy(rows, (row) => row.subjectId);
      for (const list of bySubject.values()) list.sort((a, b) => (a.asOf !== b.asOf ? (a.asOf < b.asOf ? 1 : -1) : b.evaluatedAt.getTime() - a.evaluatedAt.getTime()));
      return parsed.map((k) => (bySubject.get(k.id) ?? []).slice(0, k.first));
    }),

    /** All industry ratings of each subject (filtered by date by the caller). */
    industryRatings: new DataLoader<string, IndustryRatingRow[]>(listsByKey(db, industryRatings, 'subjectId', { valid: isUuid })),

    marketRatings: new DataLoader<string, MarketRatingRow[]>(listsByKey(db, marketRatings, 'subjectId', { valid: isUuid })),

    jointInspection: new DataLoader<string, JointInspectionRow | null>(async (ids) => {
      const rows = await db.select().from(jointInspections).where(inArray(jointInspections.id, [...ids]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    agency: new DataLoader<string, AgencyRow | null>(async (codes) => {
      const rows = await db.select().from(agencies).where(inArray(agencies.code, [...codes]));
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),

    model(version: string): Promise<Model | null> {
      if (!models.has(version)) models.set(version, modelByVersion(db, version));
      return models.get(version)!;
    },

    policy(version: string): Promise<PolicyRow | null> {
      if (!policies.has(version)) policies.set(version, policyByVersion(db, version));
      return policies.get(version)!;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
