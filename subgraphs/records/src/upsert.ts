/**
 * The upsert of a batch of records as one statement with one parameter per column: every column
 * is sent as a text array and cast by the server (`unnest`), so a batch of thousands costs the
 * same few statements as a batch of ten, without PostgreSQL's 65,535-parameter limit.
 */
import { unnestInsert } from '@credit/db';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { creditRecords, type NewCreditRecordRow } from './db/schema';

type Key = keyof NewCreditRecordRow & string;

const COLUMNS = Object.entries(getTableColumns(creditRecords)) as [Key, PgColumn][];

export interface UpsertPlan {
  /** Columns replaced from the incoming row when its content changed. */
  replaced: readonly Key[];
  /** Columns set to an expression instead (over `excluded` and the stored row). */
  expressions: Partial<Record<Key, string>>;
  /** Only rows for which this holds are updated (and returned). */
  where: string;
}

/** `INSERT … SELECT … FROM unnest(…) ON CONFLICT (department, document) DO UPDATE … RETURNING`. */
export function upsertRecords(rows: readonly NewCreditRecordRow[], plan: UpsertPlan): SQL {
  const byKey = new Map(COLUMNS);
  const sets = [
    ...plan.replaced.filter((key) => !(key in plan.expressions)).map((key) => `"${byKey.get(key)!.name}" = excluded."${byKey.get(key)!.name}"`),
    ...Object.entries(plan.expressions).map(([key, expression]) => `"${byKey.get(key as Key)!.name}" = ${expression}`),
  ].join(', ');
  return sql`${unnestInsert(creditRecords, COLUMNS.map(([key]) => key), rows, { alias: 'r' })}
    on conflict (source_department, document_number) do update set ${sql.raw(sets)}
    where ${sql.raw(plan.where)}
    returning r.document_number as "documentNumber", (r.xmax = 0) as created`;
}
