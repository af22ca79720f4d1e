import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { creditCodeCheckCharacter } from '@credit/identifiers';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditRecords, ingestBatches, recordVersions, rejectedRows } from '../src/db/schema';
import { REJECTION_CODES } from '../src/validation';
import { licence, organisation, penalty } from './fixtures';
import { CENTRE, CITIZEN, SCJGJ, STHJJ, startRecords, type RunningRecords } from './harness';

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) {
  batchId department created updated unchanged rejected
  results { index documentNumber outcome error { code message field } record { id version status severityTier } } } }`;

/** A valid credit code no demo subject has. */
function unknownCreditCode(n: number): string {
  const first17 = `91350100MA${String(9_000_000 + n).padStart(7, '0')}`.slice(0, 17);
  return first17 + creditCodeCheckCharacter(first17);
}

describe.each(testBackends())('submitRecords on $name', (backend) => {
  let records: RunningRecords;
  beforeAll(async () => {
    records = await startRecords(backend);
  });
  afterAll(() => records?.close());

  const submit = (rows: unknown[], caller = SCJGJ, department?: string) =>
    records.query(SUBMIT, { batch: { records: rows, department } }, caller);

  it('stores a batch and answers per row', async () => {
    const result = await submit([penalty(1), licence(1)]);
    expect(result.errors).toBeUndefined();
    const receipt = result.data!.submitRecords;
    expect(receipt).toMatchObject({ department: 'SCJGJ', created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(receipt.results[0]).toMatchObject({ index: 0, outcome: 'CREATED', error: null, record: { version: 1, status: 'ACTIVE', severityTier: 'GENERAL' } });
    const [stored] = await records.database.db.select().from(creditRecords).where(eq(creditRecords.documentNumber, penalty(1).documentNumber));
    expect(stored!.subjectId).toBe(organisation(1).id);
    expect(stored!.penaltyCategories).toEqual(['FINE', 'CONFISCATION']);
  });

  it("keeps the template's 当前状态 and 公示截止期 as stated, and checks the date", async () => {
    const stated = licence(7, { licenceStatus: 'OTHER', statedPublicityEnd: '2029-11-19', remarks: '变更中' });
    const result = await submit([stated, penalty(7, { statedPublicityEnd: '2026-01-01' })]);
    expect(result.data!.submitRecords.results[0].outcome).toBe('CREATED');
    expect(result.data!.submitRecords.results[1]).toMatchObject({
      outcome: 'REJECTED',
      error: { code: 'INVALID_DATE', field: 'statedPublicityEnd' },
    });
    const id = result.data!.submitRecords.results[0].record.id;
    const view = await records.query(`query ($id: ID!) { creditRecord(id: $id) { licenceStatus statedPublicityEnd } }`, { id }, SCJGJ);
    expect(view.data!.creditRecord).toEqual({ licenceStatus: 'OTHER', statedPublicityEnd: '2029-11-19' });
    const changed = await submit([{ ...stated, licenceStatus: 'REVOKED' }]);
    expect(changed.data!.submitRecords.results[0]).toMatchObject({ outcome: 'UPDATED', record: { version: 2 } });
  });

  it('is idempotent: the same batch again creates nothing', async () => {
    const before = await records.database.db.select({ n: sql<number>`count(*)::int` }).from(creditRecords);
    const result = await submit([penalty(1), licence(1)]);
    expect(result.data!.submitRecords).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(result.data!.submitRecords.results[0].record.version).toBe(1);
    const after = await records.database.db.select({ n: sql<number>`count(*)::int` }).from(creditRecords);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('makes a changed record a new version and keeps the earlier one', async () => {
    const result = await submit([penalty(1, { fineAmount: 6, penaltyContent: '罚款6万元，没收违法所得0.8万元' })]);
    expect(result.data!.submitRecords.results[0]).toMatchObject({ outcome: 'UPDATED', record: { version: 2, status: 'CORRECTED' } });
    const id = result.data!.submitRecords.results[0].record.id;
    const versions = await records.database.db.select().from(recordVersions).where(eq(recordVersions.recordId, id));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, status: 'ACTIVE', change: 'INGESTED', changedBy: SCJGJ.id });
    expect((versions[0]!.snapshot as { fine_amount: number }).fine_amount).toBe(5);
    const view = await records.query(`query ($id: ID!) { creditRecord(id: $id) { fineAmount versions { version change } } }`, { id }, SCJGJ);
    expect(view.data!.creditRecord).toEqual({ fineAmount: 6, versions: [{ version: 1, change: 'INGESTED' }, { version: 2, change: 'RESUBMITTED' }] });
  });

  it('rejects each kind of bad row with its stable code, and keeps the rejected rows', async () => {
    const person = demoSubject(DEMO_SEED, 6);
    const rows: [string, unknown][] = [
      ['UNKNOWN_CATALOG_ITEM', penalty(2, { catalogItem: 'NO-SUCH-ITEM' })],
      ['ITEM_NOT_PROVIDED', penalty(3, { catalogItem: 'STHJ-CF-01' })],
      ['CATEGORY_MISMATCH', penalty(4, { category: 'TAX' })],
      ['MISSING_FIELD', penalty(5, { legalBasis: '' })],
      ['MISSING_FIELD', penalty(6, { fineAmount: null })],
      ['INVALID_FIELD', penalty(7, { authorityCode: '11350100MB0000000X' })],
      ['INVALID_FIELD', penalty(8, { partyCategory: 'NATURAL_PERSON' })],
      ['INVALID_PARTY_CODE', penalty(9, { partyCode: '91350100M000100Y44' })],
      ['UNKNOWN_PARTY', penalty(10, { partyCode: unknownCreditCode(1) })],
      ['INVALID_DATE', penalty(11, { decisionDate: '2027-01-04' })],
      ['INVALID_DATE', licence(12, { validFrom: '2026-11-18', validTo: '2026-11-01' })],
      ['DUPLICATE_IN_BATCH', penalty(13, { documentNumber: penalty(14).documentNumber })],
      ['CREATED', penalty(14)],
      ['CREATED', penalty(15, { partyCode: person.code, partyName: person.name, partyCategory: 'NATURAL_PERSON' })],
    ];
    // The duplicate comes second in the batch.
    [rows[11], rows[12]] = [rows[12]!, rows[11]!];
    const result = await submit(rows.map(([, row]) => row));
    const receipt = result.data!.submitRecords;
    const codes = receipt.results.map((r: any) => r.error?.code ?? r.outcome);
    expect(codes).toEqual(rows.map(([code]) => code));
    for (const r of receipt.results.filter((r: any) => r.error)) {
      expect(r.error.message.length).toBeGreaterThan(10);
      expect(r.record).toBeNull();
    }
    expect(receipt.results[3].error.field).toBe('legalBasis');
    const kept = await records.database.db.select().from(rejectedRows).where(eq(rejectedRows.batchId, receipt.batchId));
    expect(kept.map((r) => r.code).sort()).toEqual(rows.map(([code]) => code).filter((c) => c !== 'CREATED').sort());
    expect(kept.find((r) => r.code === 'UNKNOWN_PARTY')!.payload).toMatchObject({ documentNumber: penalty(10).documentNumber });
    const rejections = await records.query(SUBMIT.replace('results {', 'rejections {'), { batch: { records: rows.map(([, row]) => row) } }, SCJGJ);
    expect(rejections.data!.submitRecords.rejections.map((r: any) => r.index)).toEqual(receipt.results.filter((r: any) => r.error).map((r: any) => r.index));
    const [batch] = await records.database.db.select().from(ingestBatches).where(eq(ingestBatches.id, receipt.batchId));
    expect(batch).toMatchObject({ supplied: 14, created: 2, rejected: 12 });
  });

  it('holes 6, 7: refuses implausible amounts, long or control-character text, a | in a document number and impossible dates, storing none', async () => {
    const rows: [string, string, unknown][] = [
      ['IMPLAUSIBLE_AMOUNT', 'fineAmount', penalty(40, { fineAmount: 1e308 })],
      ['IMPLAUSIBLE_AMOUNT', 'fineAmount', penalty(41, { fineAmount: 1_000_001 })],
      ['VALUE_TOO_LONG', 'partyName', penalty(42, { partyName: '名'.repeat(201) })],
      ['VALUE_TOO_LONG', 'facts', penalty(43, { facts: 'x'.repeat(5001) })],
      ['INVALID_CHARACTERS', 'documentNumber', penalty(44, { documentNumber: '榕市监罚〔2026〕44|号' })],
      ['INVALID_DATE', 'publishedAt', penalty(46, { publishedAt: '2999-01-01T00:00:00Z' })],
    ];
    const result = await submit(rows.map(([, , row]) => row));
    const receipt = result.data!.submitRecords;
    expect(receipt.results.map((r: any) => [r.error?.code, r.error?.field])).toEqual(rows.map(([code, field]) => [code, field]));
    expect(receipt.created).toBe(0);
    // A control character anywhere refuses the whole request at the edge, naming where it is.
    const bell = await submit([penalty(45, { facts: 'a\u0007b' })]);
    expect(bell.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CHARACTERS', field: '$variables.batch.records[0].facts' });
  });

  it('registers an unknown party where the catalogue allows it, and reports a failed registration', async () => {
    const code = unknownCreditCode(2);
    const result = await submit([
      licence(20, { partyCode: code, partyName: '福州新开食品有限公司' }),
      licence(21, { partyCode: unknownCreditCode(3), partyName: ' ' }),
    ]);
    const [created, failed] = result.data!.submitRecords.results;
    expect(created.outcome).toBe('CREATED');
    expect(records.directory.byCode.has(code)).toBe(true);
    // A blank name is MISSING_FIELD before the directory is asked; a registration the directory refuses:
    expect(failed.error.code).toBe('MISSING_FIELD');
    const original = records.directory.register.bind(records.directory);
    records.directory.register = async (parties) => parties.map(() => ({ error: 'INVALID_CREDIT_CODE: refused by the registry' }));
    try {
      const refused = await submit([licence(22, { partyCode: unknownCreditCode(4) })]);
      expect(refused.data!.submitRecords.results[0].error).toMatchObject({ code: 'REGISTRATION_FAILED', field: 'partyCode' });
    } finally {
      records.directory.register = original;
    }
  });

  it('covers every rejection code in these tests', () => {
    // Keeps this file honest when a code is added to validation.ts.
    const tested = ['UNKNOWN_CATALOG_ITEM', 'ITEM_NOT_PROVIDED', 'CATEGORY_MISMATCH', 'MISSING_FIELD', 'INVALID_FIELD', 'INVALID_PARTY_CODE', 'UNKNOWN_PARTY', 'REGISTRATION_FAILED', 'INVALID_DATE', 'DUPLICATE_IN_BATCH', 'VALUE_TOO_LONG', 'INVALID_CHARACTERS', 'IMPLAUSIBLE_AMOUNT'];
    expect([...REJECTION_CODES].sort()).toEqual(tested.sort());
  });

  it('matches all parties of a batch with one directory call', async () => {
    const before = records.directory.lookups;
    await submit(Array.from({ length: 40 }, (_, n) => penalty(n, { documentNumber: `LOOKUP-${n}` })));
    expect(records.directory.lookups - before).toBe(1);
  });

  it('lets a department push only its own items, the credit centre for anyone, the public not at all', async () => {
    const other = await submit([penalty(30, { documentNumber: 'X-1' })], STHJJ);
    expect(other.data!.submitRecords.results[0].error.code).toBe('ITEM_NOT_PROVIDED');
    const pretending = await submit([penalty(30, { documentNumber: 'X-2' })], STHJJ, 'SCJGJ');
    expect(pretending.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const centre = await submit([penalty(30, { documentNumber: 'X-3' })], CENTRE, 'SCJGJ');
    expect(centre.data!.submitRecords.results[0].outcome).toBe('CREATED');
    // A batch in the name of no department of the directory is refused whole, not row by row.
    const nobody = await submit([penalty(30, { documentNumber: 'X-5' })], CENTRE, 'SCJG');
    expect(nobody.errors![0]!.extensions).toMatchObject({ code: 'UNKNOWN_DEPARTMENT', field: 'department' });
    const citizen = await submit([penalty(30, { documentNumber: 'X-4' })], CITIZEN);
    expect(citizen.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an oversized batch as a whole', async () => {
    const rows = Array.from({ length: 5001 }, (_, n) => penalty(n, { documentNumber: `BIG-${n}` }));
    const result = await submit(rows);
    expect(result.errors![0]!.extensions!.code).toBe('BATCH_TOO_LARGE');
  });
});
