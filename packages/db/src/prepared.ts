import { getTableColumns, type SQL } from 'drizzle-orm';
import { PgDialect, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './index';

/**
 * Prepared statements for the hot reads and writes. A statement is built once per database (the
 * first time it is used) and kept; its name makes node-postgres parse and plan it once per
 * connection and then send only its values. The embedded database runs it as an ordinary query.
 * A prepared statement's text never depends on its values: values come as `sql.placeholder(name)`,
 * a list as one array placeholder (`= any(${sql.placeholder('ids')}::uuid[])`, never `inArray`),
 * rows as one `jsonb` placeholder (`jsonb_to_recordset`) or arrays (`unnestInsert`).
 *
 *   const subjectsById = prepared((db: SubjectsDb) =>
 *     db.select().from(subjects).where(sql`${subjects.id} = any(${sql.placeholder('ids')}::uuid[])`).prepare('subjects_by_id'));
 *   const rows = await subjectsById(db).execute({ ids });
 */
export function prepared<TDb extends object, TStatement>(build: (db: TDb) => TStatement): (db: TDb) => TStatement {
  const byDatabase = new WeakMap<TDb, TStatement>();
  return (db) => {
    let statement = byDatabase.get(db);
    if (statement === undefined) byDatabase.set(db, (statement = build(db)));
    return statement;
  };
}

const dialect = new PgDialect();

export interface PreparedSql<TRow> {
  /** Runs the statement with its placeholders' values and returns its rows. */
  execute(values?: Record<string, unknown>): Promise<TRow[]>;
}

/**
 * A raw statement (`sql` with `sql.placeholder` values) prepared under `name`: for what the query
 * builder cannot say (a data-modifying `with`). Use it inside `prepared`, once per database.
 */
export function prepareSql<TRow>(db: Database<Record<string, unknown>>, name: string, query: SQL): PreparedSql<TRow> {
  const statement = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  return { execute: async (values) => ((await statement.execute(values)) as { rows: TRow[] }).rows };
}

/** Rows a raw statement returned (`returning *`, columns by their SQL names) as the query builder returns them. */
export function tableRows<TTable extends PgTable>(table: TTable, rows: readonly Record<string, unknown>[]): TTable['$inferSelect'][] {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = row[column.name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as TTable['$inferSelect'];
  });
}
