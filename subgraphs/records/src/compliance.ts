/** Timeliness and effective storage rate by department, against the targets 100%, 100%, 98%. */
import { and, between, eq, sql } from 'drizzle-orm';
import type { Context } from './context';
import { creditRecords, ingestBatches } from './db/schema';

export const TARGETS = { reportedOnTime: 100, publishedOnTime: 100, effectiveStorageRate: 98 };

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 10_000) / 100);

export async function publicityCompliance(context: Context, department: string | null, from: string, to: string) {
  const { access, db } = context;
  access.assertInternal('Compliance figures');
  const wanted = access.departmentScope(department);
  const records = await db
    .select({
      department: creditRecords.sourceDepartment,
      records: sql<number>`count(*)::int`,
      reported: sql<number>`(count(*) filter (where ${creditRecords.receivedOn} <= ${creditRecords.reportDeadline}))::int`,
      // Due for publication: published, or with a publicity period that ended before the record came (backfilled).
      toPublish: sql<number>`(count(*) filter (where ${creditRecords.publishFrom} is not null or ${creditRecords.publishUntil} is not null))::int`,
      published: sql<number>`(count(*) filter (where ${creditRecords.publishFrom} is not null and ${creditRecords.publishedOn} <= ${creditRecords.publishDeadline}))::int`,
    })
    .from(creditRecords)
    .where(and(between(creditRecords.decisionDate, from, to), wanted ? eq(creditRecords.sourceDepartment, wanted) : undefined))
    .groupBy(creditRecords.sourceDepartment);
  const batches = await db
    .select({
      department: ingestBatches.department,
      supplied: sql<number>`sum(${ingestBatches.supplied})::int`,
      accepted: sql<number>`sum(${ingestBatches.created} + ${ingestBatches.updated} + ${ingestBatches.unchanged})::int`,
    })
    .from(ingestBatches)
    .where(and(between(ingestBatches.receivedOn, from, to), wanted ? eq(ingestBatches.department, wanted) : undefined))
    .groupBy(ingestBatches.department);
  const departments = [...new Set([...records.map((r) => r.department), ...batches.map((b) => b.department)])].sort();
  return departments.map((name) => {
    const r = records.find((x) => x.department === name);
    const b = batches.find((x) => x.department === name);
    const figures = {
      department: name,
      records: r?.records ?? 0,
      reportedOnTime: percent(r?.reported ?? 0, r?.records ?? 0),
      publishedOnTime: percent(r?.published ?? 0, r?.toPublish ?? 0),
      supplied: b?.supplied ?? 0,
      accepted: b?.accepted ?? 0,
      effectiveStorageRate: percent(b?.accepted ?? 0, b?.supplied ?? 0),
    };
    return {
      ...figures,
      meetsTargets:
        figures.reportedOnTime >= TARGETS.reportedOnTime &&
        figures.publishedOnTime >= TARGETS.publishedOnTime &&
        figures.effectiveStorageRate >= TARGETS.effectiveStorageRate,
    };
  });
}
