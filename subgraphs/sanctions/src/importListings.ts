/**
 * The credit centre imports listings decided before this system (or by the demo seed), already in
 * force from their dates: one statement for the listings, one for their history, one for the
 * measures pushed, whatever the batch size. A row for a subject that already has an open listing
 * of the type is skipped; a bad row never sinks the batch.
 */
import { queryRows, unnestInsert } from '@credit/db';
import { classifyCode } from '@credit/identifiers';
import { departmentProblem, forbidden, isSubjectId, isUuid, userError } from '@credit/kit';
import { sql } from 'drizzle-orm';
import type { Context } from './context';
import type { Catalogue } from './catalogue';
import { addDays, addMonths, isDate } from '@credit/calendar';
import type { SanctionsDb } from './db';
import { listingEvents, listings, type ListingRow, type ListType, type NewListingEventRow, type NewListingRow } from './db/schema';
import { pushMeasures } from './events';
import type { ImportResultView, RowErrorView } from './views';

export const MAX_IMPORT = 5000;

export interface ImportRow {
  subjectId: string;
  subjectCode: string;
  listType: ListType;
  department: string;
  reasons: string;
  basisRecordIds?: readonly string[] | null;
  basisDocuments?: readonly string[] | null;
  notifiedOn: string;
  listedFrom: string;
}

const LISTING_COLUMNS = [
  'subjectId', 'subjectCode', 'subjectCategory', 'listType', 'status', 'department', 'reasons', 'basisRecordIds',
  'basisDocuments', 'proposedAt', 'proposedBy', 'notifiedOn', 'objectionDeadline', 'listedFrom', 'listedUntil',
] as const;
const EVENT_COLUMNS = ['listingId', 'kind', 'fromStatus', 'toStatus', 'actor', 'actorDepartment', 'at', 'reason'] as const;

function validate(row: ImportRow, catalogue: Catalogue, actor: string): NewListingRow | RowErrorView {
  if (!isSubjectId(row.subjectId)) return { code: 'INVALID_FIELD', message: `${row.subjectId} is not a subject id`, field: 'subjectId' };
  const code = classifyCode(row.subjectCode);
  if (!code.ok) return { code: code.type === 'ID_NUMBER' ? 'INVALID_ID_NUMBER' : 'INVALID_CREDIT_CODE', message: code.problem, field: 'subjectCode' };
  if (!row.reasons.trim()) return { code: 'MISSING_FIELD', message: 'say why the subject was listed', field: 'reasons' };
  if (!row.department.trim()) return { code: 'MISSING_FIELD', message: 'the determining department', field: 'department' };
  const department = departmentProblem(row.department);
  if (department) return { code: 'UNKNOWN_DEPARTMENT', message: department, field: 'department' };
  const recordIds = [...new Set((row.basisRecordIds ?? []).map((id) => id.toLowerCase()))];
  if (recordIds.some((id) => !isUuid(id))) return { code: 'INVALID_FIELD', message: 'not credit record ids', field: 'basisRecordIds' };
  const documents = (row.basisDocuments ?? []).map((d) => d.trim()).filter(Boolean);
  if (!recordIds.length && !documents.length) return { code: 'BASIS_REQUIRED', message: 'A listing needs its basis: records or documents' };
  if (!isDate(row.notifiedOn)) return { code: 'INVALID_DATE', message: 'a date YYYY-MM-DD', field: 'notifiedOn' };
  if (!isDate(row.listedFrom)) return { code: 'INVALID_DATE', message: 'a date YYYY-MM-DD', field: 'listedFrom' };
  const list = catalogue.list(row.listType);
  const objectionDeadline = addDays(row.notifiedOn, list.objectionDays);
  if (row.listedFrom <= objectionDeadline) return { code: 'INVALID_DATE', message: `after the objection window (${objectionDeadline})`, field: 'listedFrom' };
  return {
    subjectId: row.subjectId.toLowerCase(),
    subjectCode: code.code,
    subjectCategory: code.type === 'ID_NUMBER' ? 'NATURAL_PERSON' : 'ORGANISATION',
    listType: row.listType,
    status: 'ACTIVE',
    department: row.department.trim(),
    reasons: row.reasons.trim(),
    basisRecordIds: recordIds,
    basisDocuments: documents,
    proposedAt: new Date(`${row.notifiedOn}T09:00:00+08:00`),
    proposedBy: actor,
    notifiedOn: row.notifiedOn,
    objectionDeadline,
    listedFrom: row.listedFrom,
    listedUntil: addMonths(row.listedFrom, list.periodMonths),
  };
}

/** Inserts listings set-based; returns the inserted rows (those not skipped as duplicates). */
export async function insertListings(db: SanctionsDb, rows: readonly NewListingRow[], options: { actor: string; department: string | null; now: Date; push: boolean }): Promise<ListingRow[]> {
  if (!rows.length) return [];
  const inserted = await queryRows<{ id: string }>(
    db,
    sql`${unnestInsert(listings, LISTING_COLUMNS, rows)}
      on conflict (subject_id, list_type) where status in ('PROPOSED', 'ACTIVE') do nothing returning id`,
  );
  const ids = inserted.map((r) => r.id);
  if (!ids.length) return [];
  const stored = await db.select().from(listings).where(sql`${listings.id} = any(${sql.param(ids)}::uuid[])`);
  const events: NewListingEventRow[] = stored.map((row) => ({
    listingId: row.id,
    kind: 'IMPORTED',
    fromStatus: null,
    toStatus: 'ACTIVE',
    actor: options.actor,
    actorDepartment: options.department,
    at: options.now,
    reason: `imported: notified ${row.notifiedOn}, in force from ${row.listedFrom}`,
  }));
  await db.execute(unnestInsert(listingEvents, EVENT_COLUMNS, events));
  if (options.push) await pushMeasures(db, ids, options.now);
  return stored;
}

export async function importListings(ctx: Context, input: { listings: readonly ImportRow[] }): Promise<{ results: ImportResultView[]; imported: number; skipped: number; rejected: number }> {
  if (!ctx.access.centre) throw forbidden('Only the credit centre imports listings');
  if (input.listings.length > MAX_IMPORT) throw userError('BAD_USER_INPUT', `At most ${MAX_IMPORT} listings a call`);
  const validated = input.listings.map((row) => validate(row, ctx.catalogue, ctx.caller.id));
  const good = validated.filter((v): v is NewListingRow => 'subjectId' in v);
  const stored = await ctx.db.transaction((tx) => insertListings(tx as unknown as SanctionsDb, good, { actor: ctx.caller.id, department: ctx.caller.department, now: ctx.now, push: true }));
  const byKey = new Map(stored.map((row) => [`${row.subjectId}|${row.listType}`, row]));
  let imported = 0;
  let skipped = 0;
  let rejected = 0;
  const results = validated.map((v, index): ImportResultView => {
    if (!('subjectId' in v)) {
      rejected++;
      return { index, listing: null, error: v };
    }
    const key = `${v.subjectId}|${v.listType}`;
    const row = byKey.get(key);
    if (row) {
      byKey.delete(key);
      imported++;
      return { index, listing: ctx.access.show(row), error: null };
    }
    skipped++;
    return { index, listing: null, error: { code: 'DUPLICATE_LISTING', message: `The subject already has an open ${v.listType} listing` } };
  });
  return { results, imported, skipped, rejected };
}
