/**
 * Reference data a subgraph ships with (catalogues, models, rule sets): rows, not constants, so
 * that an edit is data, not a release. On start the missing ones are added; none is overwritten.
 */
import type { Database } from '@credit/db';
import type { PgTable } from 'drizzle-orm/pg-core';

/** A table and the rows it ships with, for `insertMissing`. */
export interface ShippedRows {
  table: PgTable;
  rows: readonly object[];
}

/** `table`'s shipped rows (one or several), checked against its columns. */
export function shipped<T extends PgTable>(table: T, rows: T['$inferInsert'] | readonly T['$inferInsert'][]): ShippedRows {
  return { table, rows: Array.isArray(rows) ? rows : [rows] };
}

/** Inserts the shipped rows that are missing, in one transaction; rows already there (perhaps edited) stay. */
export async function insertMissing(db: Database<Record<string, unknown>>, tables: readonly ShippedRows[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { table, rows } of tables) {
      if (rows.length) await tx.insert(table).values(rows as never).onConflictDoNothing();
    }
  });
}
