import { getTableColumns } from 'drizzle-orm';
import { creditRecords, type NewCreditRecordRow } from './db/schema';

const COLUMNS = Object.entries(getTableColumns(creditRecords));

/** A record as archived versions store it (`to_jsonb` of the row): column names, no fingerprint. */
export function snapshotOf(row: NewCreditRecordRow): Record<string, unknown> {
  return Object.fromEntries(
    COLUMNS.filter(([key]) => key !== 'fingerprint').map(([key, column]) => [column.name, row[key as keyof NewCreditRecordRow] ?? null]),
  );
}
