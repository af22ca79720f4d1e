/**
 * The upsert of a batch of records as one statement with one parameter per column: every column
 * is sent as a text array and cast by the server (`unnest`), so a batch of thousands costs the
 * same few statements as a batch of ten, without PostgreSQL's 65,535-parameter limit.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { creditRecords, type NewCreditRecordRow } from './db/schema';

type Key = keyof NewCreditRecordRow & string;

const COLUMNS = Object.entries(getTableColumns(creditRecords)) as [Key, PgColumn][];

/** The SQL type a text value of the column is cast to, schema-qualified for enums. */
function sqlType(column: PgColumn): string {
  const enumType = (column as PgColumn & { enum?: { enumName: string; schema?: string } }).enum;
  if (enumType) return `"${enumType.schema ?? 'records'}"."${enumType.enumName}"`;
  return column.getSQLType();
}

/** A PostgreSQL array literal of strings: `{"FINE","CONFISCATION"}`. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value.map(String));
  return String(value);
}

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
  const names = COLUMNS.map(([, column]) => `"${column.name}"`).join(', ');
  const arrays = sql.join(
    COLUMNS.map(([key]) => sql`${sql.param(rows.map((row) => asText(row[key])))}::text[]`),
    sql`, `,
  );
  const casts = COLUMNS.map(([, column], i) => `c${i}::${sqlType(column)}`).join(', ');
  const aliases = COLUMNS.map((_, i) => `c${i}`).join(', ');
  const byKey = new Map(COLUMNS);
  const sets = [
    ...plan.replaced.filter((key) => !(key in plan.expressions)).map((key) => `"${byKey.get(key)!.name}" = excluded."${byKey.get(key)!.name}"`),
    ...Object.entries(plan.expressions).map(([key, expression]) => `"${byKey.get(key as Key)!.name}" = ${expression}`),
  ].join(', ');
  return sql`insert into records.credit_record as r (${sql.raw(names)})
    select ${sql.raw(casts)} from unnest(${arrays}) as incoming(${sql.raw(aliases)})
    on conflict (source_department, document_number) do update set ${sql.raw(sets)}
    where ${sql.raw(plan.where)}
    returning r.document_number as "documentNumber", (r.xmax = 0) as created`;
}
