/**
 * DataLoader helpers: a batch loads the rows of all its keys in one query, then answers each key
 * with its own rows, in the keys' order.
 */
import type { Database } from '@credit/db';
import { getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Rows grouped by `key`, each group in the rows' order (the query's ORDER BY is kept). */
export function groupBy<T, K = string>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export interface ListsByKeyOptions {
  /** The order of each key's rows. */
  orderBy?: (PgColumn | SQL)[];
  /** Keys worth asking for (e.g. `isUuid`); the others are answered with no rows. */
  valid?: (key: string) => boolean;
}

/**
 * A DataLoader batch function for the lists under a key (`new DataLoader(listsByKey(...))`): one
 * query for the rows of `table` whose column `column` is one of the batch's keys, answering each
 * key with its rows ([] when none).
 */
export function listsByKey<TTable extends PgTable, TColumn extends keyof TTable['$inferSelect'] & string>(
  db: Database<Record<string, unknown>>,
  table: TTable,
  column: TColumn,
  options: ListsByKeyOptions = {},
): (keys: readonly string[]) => Promise<TTable['$inferSelect'][][]> {
  const keyColumn = (getTableColumns(table) as Record<string, PgColumn>)[column]!;
  return async (keys) => {
    const wanted = options.valid ? keys.filter(options.valid) : [...keys];
    const rows: TTable['$inferSelect'][] = wanted.length
      ? await db
          .select()
          .from(table as PgTable)
          .where(inArray(keyColumn, wanted))
          .orderBy(...(options.orderBy ?? []))
      : [];
    const byKey = groupBy(rows, (row) => row[column] as string);
    return keys.map((key) => byKey.get(key) ?? []);
  };
}
