import DataLoader from 'dataloader';
import { groupBy, isSubjectId, listsByKey } from '@credit/kit';
import { and, asc, eq, getTableColumns, gte, inArray, lt, lte, max, or, sql, count, type SQL } from 'drizzle-orm';
import type { RecordAccess } from './access';
import type { WorkingCalendar } from '@credit/calendar';
import { loadCalendar } from './calendar';
import { recordPosition } from './cursor';
import type { RecordsDb } from './db';
import {
  catalogItems,
  creditRecords,
  objections,
  publicityRules,
  recordVersions,
  type CatalogItemRow,
  type CreditRecordRow,
  type ObjectionRow,
  type PublicityRuleRow,
  type RecordVersionRow,
} from './db/schema';


export interface PageKey {
  subjectId: string;
  category: CreditRecordRow['category'] | null;
  first: number;
  after: string | null;
}

export interface RecordPage {
  rows: CreditRecordRow[];
  hasNextPage: boolean;
}

export interface SummaryRow {
  category: CreditRecordRow['category'];
  tier: CreditRecordRow['severityTier'];
  count: number;
  lastDecisionDate: string | null;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/** Per-request loaders: one SQL query per batch, whatever the number of keys. */
export function createLoaders(db: RecordsDb, access: RecordAccess, today: string) {
  const visible = access.visibility(today);

  return {
    catalog: once<CatalogItemRow[]>(() => db.select().from(catalogItems).orderBy(asc(catalogItems.code))),
    rules: once<PublicityRuleRow[]>(() => db.select().from(publicityRules)),
    calendar: once<WorkingCalendar>(() => loadCalendar(db)),

    /** A record the caller may see, by id. */
    recordById: new DataLoader<string, CreditRecordRow | null>(async (ids) => {
      const valid = ids.filter(isSubjectId).map((id) => id.toLowerCase());
      const rows = valid.length
        ? await db.select().from(creditRecords).where(and(inArray(creditRecords.id, valid), visible))
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    /** A record by `department|documentNumber` (ingestion receipts), as the caller may see it. */
    recordByDocument: new DataLoader<string, CreditRecordRow | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const departments = [...new Set(pairs.map(([department]) => department))];
      const rows = await db
        .select()
        .from(creditRecords)
        .where(and(inArray(creditRecords.sourceDepartment, departments), inArray(creditRecords.documentNumber, pairs.map(([, doc]) => doc)), visible));
      const byKey = new Map(rows.map((row) => [`${row.sourceDepartment}|${row.documentNumber}`, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),

    /**
     * Pages of subjects' records, newest decision first. Keys asking for the same page shape are
     * answered by one query ranking each subject's records with a window function.
     */
    recordPage: new DataLoader<PageKey, RecordPage, string>(
      async (keys) => {
        const groups = new Map<string, PageKey[]>();
        for (const key of keys) {
          const shape = `${key.category}|${key.first}|${key.after}`;
          groups.set(shape, [...(groups.get(shape) ?? []), key]);
        }
        const pages = new Map<string, RecordPage>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { category, first, after } = group[0]!;
            const position = after ? recordPosition(after) : null;
            const conditions: (SQL | undefined)[] = [
              inArray(creditRecords.subjectId, group.map((k) => k.subjectId)),
              category ? eq(creditRecords.category, category) : undefined,
              visible,
              position
                ? or(
                    lt(creditRecords.decisionDate, position.decisionDate),
                    and(eq(creditRecords.decisionDate, position.decisionDate), lt(creditRecords.id, position.id)),
                  )
                : undefined,
            ];
            const ranked = db
              .select({
                ...getTableColumns(creditRecords),
                rank: sql<number>`row_number() over (partition by ${creditRecords.subjectId} order by ${creditRecords.decisionDate} desc, ${creditRecords.id} desc)`.as('rank'),
              })
              .from(creditRecords)
              .where(and(...conditions))
              .as('ranked');
            const rows = await db.select().from(ranked).where(lte(ranked.rank, first + 1)).orderBy(asc(ranked.rank));
            const bySubject = new Map<string, CreditRecordRow[]>();
            for (const { rank: _rank, ...row } of rows) {
              bySubject.set(row.subjectId, [...(bySubject.get(row.subjectId) ?? []), row]);
            }
            for (const key of group) {
              const found = bySubject.get(key.subjectId) ?? [];
              pages.set(pageKey(key), { rows: found.slice(0, first), hasNextPage: found.length > first });
            }
          }),
        );
        return keys.map((key) => pages.get(pageKey(key))!);
      },
      { cacheKeyFn: pageKey },
    ),

    /**
     * Counts by category and tier and the last decision date, over what the caller may see (decided
     * on or after `since` when given): one query per distinct `since` of the batch.
     */
    summaryOf: new DataLoader<SummaryKey, SummaryRow[], string>(
      async (keys) => {
        const found = new Map<string, SummaryRow[]>();
        for (const [since, group] of groupBy(keys, (key) => key.since ?? '')) {
          const rows = await db
            .select({
              subjectId: creditRecords.subjectId,
              category: creditRecords.category,
              tier: creditRecords.severityTier,
              count: count().mapWith(Number),
              lastDecisionDate: max(creditRecords.decisionDate),
            })
            .from(creditRecords)
            .where(and(inArray(creditRecords.subjectId, group.map((key) => key.subjectId)), visible, since ? gte(creditRecords.decisionDate, since) : undefined))
            .groupBy(creditRecords.subjectId, creditRecords.category, creditRecords.severityTier);
          for (const [subjectId, subjectRows] of groupBy(rows, (row) => row.subjectId)) found.set(summaryKey({ subjectId, since: since || null }), subjectRows);
        }
        return keys.map((key) => found.get(summaryKey(key)) ?? []);
      },
      { cacheKeyFn: summaryKey },
    ),

    objectionsOf: new DataLoader<string, ObjectionRow[]>(listsByKey(db, objections, 'recordId', { orderBy: [asc(objections.filedAt)] })),

    /** Superseded versions, oldest first. */
    versionsOf: new DataLoader<string, RecordVersionRow[]>(listsByKey(db, recordVersions, 'recordId', { orderBy: [asc(recordVersions.version)] })),
  };
}

export interface SummaryKey {
  subjectId: string;
  /** Only records decided on or after this date; null: all. */
  since: string | null;
}

function summaryKey(key: SummaryKey): string {
  return `${key.subjectId}|${key.since ?? ''}`;
}

function pageKey(key: PageKey): string {
  return `${key.subjectId}|${key.category}|${key.first}|${key.after}`;
}

export type Loaders = ReturnType<typeof createLoaders>;
