/**
 * `submitRecords`: validates a department's batch, matches parties to subjects through the
 * directory, and stores it set-based in one transaction: superseded versions archived, records
 * upserted by (department, document number), the batch and its rejected rows recorded.
 */
import { createHash, randomUUID } from 'node:crypto';
import { queryRows } from '@credit/db';
import { GatewayUnavailable, userError } from '@credit/kit';
import { sql } from 'drizzle-orm';
import { chinaDate, type WorkingCalendar } from '@credit/calendar';
import { PUBLISH_WORKING_DAYS, REPORT_WORKING_DAYS } from './calendar';
import type { RecordsDb } from './db';
import { ingestBatches, rejectedRows, type CatalogItemRow, type NewCreditRecordRow, type PublicityRuleRow } from './db/schema';
import type { SubjectDirectory } from './directory';
import type { RecordInput } from './generated/graphql';
import { decidePublicity, type Tier } from './publicity';
import { upsertRecords } from './upsert';
import { isRowError, validateRow, type ValidRow } from './validation';
import type { RowErrorView, SubmissionView, SubmitRecordsView } from './views';

export const MAX_BATCH = 5000;

export interface IngestContext {
  db: RecordsDb;
  directory: SubjectDirectory;
  catalog: readonly CatalogItemRow[];
  rules: readonly PublicityRuleRow[];
  calendar: WorkingCalendar;
  now: Date;
}

/** Content a department supplies: a resubmission with all of these equal changes nothing. */
const CONTENT = [
  'subjectId', 'catalogItem', 'category', 'disclosure', 'partyName', 'partyCategory', 'partyCode',
  'legalRepresentative', 'documentName', 'violationType', 'facts', 'legalBasis', 'penaltyCategories',
  'penaltyContent', 'fineAmount', 'confiscatedAmount', 'suspendedOrRevokedLicence', 'licenceCategory',
  'certificateName', 'certificateNumber', 'content', 'decisionDate', 'validFrom', 'validTo', 'licenceStatus',
  'statedPublicityEnd', 'authority',
  'authorityCode', 'sourceUnit', 'sourceUnitCode', 'remarks', 'severityTier',
] as const satisfies readonly (keyof NewCreditRecordRow)[];

/** Columns a changed resubmission replaces (besides version and status). */
const REPLACED = [
  ...CONTENT, 'fingerprint', 'batchId', 'reportDeadline', 'publishDeadline', 'deadlineProvisional', 'ruleSet',
  'publishFrom', 'publishUntil', 'earliestRepairDate', 'publishedAt', 'publishedOn', 'change', 'changedBy',
  'changedAt', 'changeReason',
] as const satisfies readonly (keyof NewCreditRecordRow)[];


function fingerprint(row: NewCreditRecordRow): string {
  return createHash('sha1').update(JSON.stringify(CONTENT.map((key) => row[key] ?? null))).digest('base64url');
}

const nullable = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);
const text = (value: string | null | undefined): string | null => (value == null || value.trim() === '' ? null : value.trim());

/** What building a row needs: the rules, the calendar, and the time of receipt. */
export type RowContext = Pick<IngestContext, 'rules' | 'calendar' | 'now'>;

/** The stored row for a validated input; `context.now` is the time of receipt. */
export function buildRecordRow(valid: ValidRow, subjectId: string, department: string, batchId: string, submittedBy: string, context: RowContext): NewCreditRecordRow {
  const { input, item } = valid;
  const receivedOn = chinaDate(context.now);
  const report = context.calendar.addWorkingDays(input.decisionDate, REPORT_WORKING_DAYS);
  const publish = context.calendar.addWorkingDays(input.decisionDate, PUBLISH_WORKING_DAYS);
  const statedPublication = input.publishedAt ? new Date(input.publishedAt) : null;
  const penaltyCategories = [...new Set(input.penaltyCategories ?? [])];
  const publicity = decidePublicity(context.rules, {
    category: input.category,
    disclosure: item.disclosure,
    penaltyCategories,
    fineAmount: nullable(input.fineAmount),
    confiscatedAmount: nullable(input.confiscatedAmount),
    statedTier: (input.severityTier as Tier | null | undefined) ?? null,
    decisionDate: input.decisionDate,
    validTo: nullable(input.validTo),
    publishedOn: chinaDate(statedPublication ?? context.now),
  });
  // A backfilled record whose publicity period ended before it was published (received, when the
  // department states no publication) is not published now: publishedAt is never after publishUntil.
  // Its period stays recorded, so the compliance figures count it among those due for publication.
  if (publicity.publishFrom !== null && publicity.publishUntil !== null && publicity.publishUntil <= publicity.publishFrom) {
    publicity.publishFrom = null;
  }
  const published = publicity.publishFrom !== null;
  const publishedAt = published ? (statedPublication ?? context.now) : null;
  const row: NewCreditRecordRow = {
    id: randomUUID(),
    subjectId,
    sourceDepartment: department,
    documentNumber: valid.documentNumber,
    catalogItem: item.code,
    category: input.category,
    disclosure: item.disclosure,
    partyName: input.partyName.trim(),
    partyCategory: input.partyCategory,
    partyCode: valid.partyCode,
    legalRepresentative: text(input.legalRepresentative),
    documentName: text(input.documentName),
    violationType: text(input.violationType),
    facts: text(input.facts),
    legalBasis: text(input.legalBasis),
    penaltyCategories,
    penaltyContent: text(input.penaltyContent),
    fineAmount: nullable(input.fineAmount),
    confiscatedAmount: nullable(input.confiscatedAmount),
    suspendedOrRevokedLicence: text(input.suspendedOrRevokedLicence),
    licenceCategory: nullable(input.licenceCategory),
    certificateName: text(input.certificateName),
    certificateNumber: text(input.certificateNumber),
    content: text(input.content),
    decisionDate: input.decisionDate,
    validFrom: nullable(input.validFrom),
    validTo: nullable(input.validTo),
    licenceStatus: nullable(input.licenceStatus),
    statedPublicityEnd: nullable(input.statedPublicityEnd),
    authority: text(input.authority),
    authorityCode: text(input.authorityCode)?.toUpperCase() ?? null,
    sourceUnit: text(input.sourceUnit),
    sourceUnitCode: text(input.sourceUnitCode)?.toUpperCase() ?? null,
    remarks: text(input.remarks),
    severityTier: publicity.tier,
    fingerprint: '',
    status: 'ACTIVE',
    version: 1,
    batchId,
    receivedAt: context.now,
    receivedOn,
    publishedAt,
    publishedOn: publishedAt ? chinaDate(publishedAt) : null,
    reportDeadline: report.date,
    publishDeadline: publish.date,
    deadlineProvisional: report.provisional || publish.provisional,
    ruleSet: publicity.ruleSet,
    publishFrom: publicity.publishFrom,
    publishUntil: publicity.publishUntil,
    earliestRepairDate: publicity.earliestRepairDate,
    underObjection: false,
    change: 'INGESTED',
    changedBy: submittedBy,
    changedAt: context.now,
    changeReason: null,
  };
  row.fingerprint = fingerprint(row);
  return row;
}

/** Matches the valid rows' parties to subjects, registering new ones where the catalogue allows. */
async function matchParties(valid: Map<number, ValidRow>, directory: SubjectDirectory): Promise<{ ids: Map<string, string>; errors: Map<string, string> }> {
  const codes = [...new Set([...valid.values()].map((v) => v.partyCode))];
  const found = codes.length ? await directory.findByCodes(codes) : [];
  const ids = new Map<string, string>();
  codes.forEach((code, i) => {
    const id = found[i];
    if (id) ids.set(code, id);
  });
  const toRegister = new Map<string, ValidRow>();
  for (const row of valid.values()) {
    if (!ids.has(row.partyCode) && row.item.registersParties && !toRegister.has(row.partyCode)) toRegister.set(row.partyCode, row);
  }
  const errors = new Map<string, string>();
  if (toRegister.size) {
    const parties = [...toRegister.values()].map((row) => ({
      code: row.partyCode,
      name: row.input.partyName.trim(),
      legalRepresentative: text(row.input.legalRepresentative),
    }));
    const registered = await directory.register(parties);
    parties.forEach((party, i) => {
      const result = registered[i];
      if (result && 'id' in result) ids.set(party.code, result.id);
      else errors.set(party.code, result?.error ?? 'not registered');
    });
  }
  return { ids, errors };
}

export async function ingest(
  context: IngestContext,
  options: { department: string; submittedBy: string; records: readonly RecordInput[] },
): Promise<SubmitRecordsView> {
  const { department, submittedBy, records } = options;
  if (records.length > MAX_BATCH) {
    throw userError('BATCH_TOO_LARGE', `At most ${MAX_BATCH} records a batch, got ${records.length}: split the file`);
  }
  const today = chinaDate(context.now);
  const catalog = new Map(context.catalog.map((item) => [item.code, item]));
  const errors = new Map<number, RowErrorView>();
  const valid = new Map<number, ValidRow>();
  const seen = new Set<string>();
  records.forEach((input, index) => {
    const result = validateRow(input, department, catalog, today);
    if (isRowError(result)) return void errors.set(index, result);
    if (seen.has(result.documentNumber)) {
      return void errors.set(index, { code: 'DUPLICATE_IN_BATCH', message: `Document number ${result.documentNumber} appears earlier in this batch`, field: 'documentNumber' });
    }
    seen.add(result.documentNumber);
    valid.set(index, result);
  });

  let parties: Awaited<ReturnType<typeof matchParties>>;
  try {
    parties = await matchParties(valid, context.directory);
  } catch (error) {
    if (error instanceof GatewayUnavailable) {
      throw userError('SUBJECTS_UNAVAILABLE', `Parties cannot be matched to subjects now, nothing was stored: ${error.message}`);
    }
    throw error;
  }

  const batchId = randomUUID();
  const rows: NewCreditRecordRow[] = [];
  for (const [index, row] of valid) {
    const subjectId = parties.ids.get(row.partyCode);
    if (subjectId) {
      rows.push(buildRecordRow(row, subjectId, department, batchId, submittedBy, context));
      continue;
    }
    const failure = parties.errors.get(row.partyCode);
    errors.set(
      index,
      failure
        ? { code: 'REGISTRATION_FAILED', message: `The party could not be registered as a subject: ${failure}`, field: 'partyCode' }
        : { code: 'UNKNOWN_PARTY', message: `No subject has party code ${maskCode(row.partyCode)}, and ${row.item.code} may not register parties`, field: 'partyCode' },
    );
    valid.delete(index);
  }

  const outcomes = await store(context.db, { batchId, department, submittedBy, now: context.now, rows, records, errors });

  const results: SubmissionView[] = records.map((input, index) => {
    const error = errors.get(index) ?? null;
    const documentNumber = valid.get(index)?.documentNumber ?? input.documentNumber;
    return {
      index,
      documentNumber,
      department,
      outcome: error ? 'REJECTED' : (outcomes.get(documentNumber) ?? 'UNCHANGED'),
      error,
    };
  });
  const tally = (outcome: SubmissionView['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return { batchId, department, results, created: tally('CREATED'), updated: tally('UPDATED'), unchanged: tally('UNCHANGED'), rejected: tally('REJECTED') };
}

function maskCode(code: string): string {
  return code.length === 18 && /^\d{17}[\dX]$/.test(code) ? `${code.slice(0, 6)}********${code.slice(14)}` : code;
}

/** One transaction: archive superseded versions, upsert records, record the batch and its rejects. */
async function store(
  db: RecordsDb,
  batch: {
    batchId: string;
    department: string;
    submittedBy: string;
    now: Date;
    rows: NewCreditRecordRow[];
    records: readonly RecordInput[];
    errors: Map<number, RowErrorView>;
  },
): Promise<Map<string, 'CREATED' | 'UPDATED'>> {
  const outcomes = new Map<string, 'CREATED' | 'UPDATED'>();
  await db.transaction(async (tx) => {
    if (batch.rows.length) {
      const documents = batch.rows.map((r) => r.documentNumber);
      const prints = batch.rows.map((r) => r.fingerprint);
      // The versions about to be replaced, whole, before they change.
      await tx.execute(sql`
        insert into records.record_version (record_id, version, status, change, changed_by, changed_at, reason, snapshot)
        select r.id, r.version, r.status, r.change, r.changed_by, r.changed_at, r.change_reason, to_jsonb(r) - 'fingerprint'
        from unnest(${sql.param(documents)}::text[], ${sql.param(prints)}::text[]) as incoming(document_number, fingerprint)
        -- one unique-index probe per incoming row (LIMIT keeps the planner from turning this into a
        -- scan of every record of the department)
        cross join lateral (
          select * from records.credit_record c
          where c.source_department = ${batch.department} and c.document_number = incoming.document_number
          limit 1
        ) r
        where r.fingerprint <> incoming.fingerprint`);
      const returned = await queryRows<{ documentNumber: string; created: boolean }>(
        tx,
        upsertRecords(batch.rows, {
          replaced: REPLACED,
          expressions: {
            change: `'RESUBMITTED'`,
            version: 'r.version + 1',
            status: `case when r.status = 'ACTIVE' then 'CORRECTED'::records.record_status else r.status end`,
            // The first publication and receipt stand; a correction does not restart the clock.
            publishedAt: 'coalesce(r.published_at, excluded.published_at)',
            publishedOn: 'coalesce(r.published_on, excluded.published_on)',
            publishFrom: 'case when excluded.publish_from is null then null else coalesce(r.published_on, excluded.publish_from) end',
          },
          where: 'r.fingerprint <> excluded.fingerprint',
        }),
      );
      for (const r of returned) outcomes.set(r.documentNumber, r.created ? 'CREATED' : 'UPDATED');
    }
    const created = [...outcomes.values()].filter((o) => o === 'CREATED').length;
    await tx.insert(ingestBatches).values({
      id: batch.batchId,
      department: batch.department,
      submittedBy: batch.submittedBy,
      receivedAt: batch.now,
      receivedOn: chinaDate(batch.now),
      supplied: batch.records.length,
      created,
      updated: outcomes.size - created,
      unchanged: batch.rows.length - outcomes.size,
      rejected: batch.errors.size,
    });
    const rejected = [...batch.errors].map(([index, error]) => ({
      batchId: batch.batchId,
      rowIndex: index,
      department: batch.department,
      documentNumber: batch.records[index]?.documentNumber ?? '',
      code: error.code,
      message: error.message,
      field: error.field,
      payload: batch.records[index] ?? {},
    }));
    for (let i = 0; i < rejected.length; i += 5000) await tx.insert(rejectedRows).values(rejected.slice(i, i + 5000));
  });
  return outcomes;
}
