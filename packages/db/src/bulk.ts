import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './index';

/** The SQL type a text value of the column is cast to, schema-qualified for enums. */
function sqlType(column: PgColumn): string {
  const enumType = (column as PgColumn & { enum?: { enumName: string; schema?: string } }).enum;
  if (enumType) return `${enumType.schema ? `"${enumType.schema}".` : ''}"${enumType.enumName}"`;
  return column.getSQLType();
}

/** A PostgreSQL array literal of strings: `{"FINE","CONFISCATION"}`. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * `INSERT INTO table [AS alias] (columns) SELECT c0::type, … FROM unnest($1::text[], …)`: one
 * statement and one parameter per column whatever the number of rows, so bulk paths stay
 * set-based without PostgreSQL's 65,535-parameter limit. Every value travels as text and is cast
 * by the server, which both drivers serialise the same way. Append `ON CONFLICT` / `RETURNING`
 * with `sql` as needed (referring to the table by `alias`).
 */
export function unnestInsert<TTable extends PgTable>(
  table: TTable,
  columns: readonly (keyof TTable['$inferInsert'] & string)[],
  rows: readonly TTable['$inferInsert'][],
  options: { alias?: string } = {},
): SQL {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const { schema } = getTableConfig(table);
  const target = `${schema ? `"${schema}".` : ''}"${getTableName(table)}"${options.alias ? ` as ${options.alias}` : ''}`;
  const names = columns.map((key) => `"${all[key]!.name}"`).join(', ');
  const arrays = sql.join(
    columns.map((key) => sql`${sql.param(rows.map((row) => asText((row as Record<string, unknown>)[key])))}::text[]`),
    sql`, `,
  );
  const casts = columns.map((key, i) => `c${i}::${sqlType(all[key]!)}`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  return sql`insert into ${sql.raw(target)} (${sql.raw(names)}) select ${sql.raw(casts)} from unnest(${arrays}) as incoming(${sql.raw(aliases)})`;
}

/** Runs a raw statement and returns its rows, whichever backend is behind `db`. */
export async function queryRows<TRow>(db: Database<Record<string, unknown>>, query: SQL): Promise<TRow[]> {
  const result = (await db.execute(query)) as unknown as { rows: TRow[] };
  return result.rows;
}
