import { demoSubject, inDemoBatches, type DemoSeedOptions, type DemoSubject } from '@credit/demo-data';
import { kindOfCode } from '@credit/identifiers';
import { queryRows, unnestInsert } from '@credit/db';
import { sql } from 'drizzle-orm';
import type { SubjectsDb } from './db';
import { subjectRelations, subjects, type NewSubjectRow } from './db/schema';

/** Subjects per statement: a multiple of the population's block of ten. */
const BATCH = 10_000;
const SUBJECT_COLUMNS = [
  'id', 'code', 'codeType', 'kind', 'name', 'legalRepresentative', 'registeredAt', 'industryCode', 'regionCode', 'status',
] as const satisfies (keyof NewSubjectRow)[];

function toRow(subject: DemoSubject): NewSubjectRow {
  return {
    id: subject.id,
    code: subject.code,
    codeType: subject.codeType,
    kind: kindOfCode(subject.code, subject.codeType),
    name: subject.name,
    legalRepresentative: subject.legalRepresentative,
    registeredAt: subject.registeredAt,
    industryCode: subject.industryCode,
    regionCode: subject.regionCode,
    status: subject.status,
  };
}

export async function countSubjects(db: SubjectsDb): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subjects);
  return row?.n ?? 0;
}

/**
 * Loads subjects `from` .. `from + count - 1` of the demo population, with their relations, in
 * set-based batches (two statements each). Safe to run again: existing codes are skipped.
 */
export async function seedSubjects(db: SubjectsDb, options: DemoSeedOptions): Promise<void> {
  await inDemoBatches(options, BATCH, async (start, end) => {
    const batch = Array.from({ length: end - start }, (_, i) => demoSubject(options.seed, start + i));
    const idOf = new Map(batch.map((s) => [s.index, s.id]));
    const relations = batch
      .flatMap((s) => s.relations)
      .map((r) => ({
        subjectId: idOf.get(r.subjectIndex) ?? demoSubject(options.seed, r.subjectIndex).id,
        relatedId: idOf.get(r.relatedIndex) ?? demoSubject(options.seed, r.relatedIndex).id,
        kind: r.kind,
        sharePercent: r.sharePercent,
      }));
    await db.transaction(async (tx) => {
      const inserted = await queryRows<{ id: string }>(
        tx,
        sql`${unnestInsert(subjects, [...SUBJECT_COLUMNS], batch.map(toRow))} on conflict (code) do nothing returning id`,
      );
      // Relations only for subjects new in this run, so that a re-run adds nothing twice.
      const fresh = new Set(inserted.map((r) => r.id));
      const toInsert = relations.filter((r) => fresh.has(r.subjectId) || fresh.has(r.relatedId));
      if (toInsert.length) {
        await tx.execute(unnestInsert(subjectRelations, ['subjectId', 'relatedId', 'kind', 'sharePercent'], toInsert));
      }
    });
  });
  // Fresh statistics, so that the planner picks the indexes after a bulk load.
  await db.execute(sql`analyze ${subjects}, ${subjectRelations}`);
}

/** The conventional names the seed script reads (scripts/subgraphs.ts). */
export { countSubjects as count, seedSubjects as seed };
