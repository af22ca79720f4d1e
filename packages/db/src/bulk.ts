import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './index';

/** The PostgreSQL array type of a column, schema-qualified for enums. */
function arrayType(column: PgColumn): string {
  const enumType = (column as PgColumn & { enum?: { enumName: string; schema?: string } }).enum;
  if (enumType) return `${enumType.schema ? `"${enumType.schema}".` : ''}"${enumType.enumName}"[]`;
  return `${column.getSQLType()}[]`;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * `INSERT INTO table (columns) SELECT * FROM unnest($1::type[], $2::type[], ...)`: one statement
 * and one parameter per column whatever the number of rows, so bulk paths stay set-based without
 * PostgreSQL's 65,535-parameter limit. Append `ON CONFLICT` / `RETURNING` with `sql` as needed.
 */
export function unnestInsert<TTable extends PgTable>(
  table: TTable,
  columns: (keyof TTable['$inferInsert'] & string)[],
  rows: readonly TTable['$inferInsert'][],
): SQL {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const { schema } = getTableConfig(table);
  const target = sql.raw(`${schema ? `"${schema}".` : ''}"${getTableName(table)}"`);
  const names = sql.raw(columns.map((key) => `"${all[key]!.name}"`).join(', '));
  const arrays = sql.join(
    columns.map((key) => {
      // Sent as text[] and cast by the server, which both drivers serialise the same way.
      const values = rows.map((row) => asText((row as Record<string, unknown>)[key]));
      return sql`${sql.param(values)}::text[]::${sql.raw(arrayType(all[key]!))}`;
    }),
    sql`, `,
  );
  return sql`insert into ${target} (${names}) select * from unnest(${arrays})`;
}

/** Runs a raw statement and returns its rows, whichever backend is behind `db`. */
export async function queryRows<TRow>(db: Database<Record<string, unknown>>, query: SQL): Promise<TRow[]> {
  const result = (await db.execute(query)) as unknown as { rows: TRow[] };
  return result.rows;
}
