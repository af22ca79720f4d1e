import { testBackends } from '@credit/db/testing';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { calendarOverrides } from '../src/db/schema';
import { decidePublicity, publicityStatus } from '../src/publicity';
import { PUBLICITY_RULES } from '../src/referenceData';
import { penalty } from './fixtures';
import { CITIZEN, SCJGJ, startRecords, type RunningRecords } from './harness';

const facts = (over: Partial<Parameters<typeof decidePublicity>[1]>) => ({
  category: 'ADMINISTRATIVE_PENALTY',
  disclosure: 'PUBLIC',
  penaltyCategories: ['FINE'],
  fineAmount: 5,
  confiscatedAmount: null,
  statedTier: null,
  decisionDate: '2026-05-10',
  validTo: null,
  publishedOn: '2026-05-12',
  ...over,
});

describe('publicity rule sets, chosen by decision date', () => {
  it('until 2026-03-31: a warning alone is not published, criticism and small fines for 3 months, others up to 3 years', () => {
    expect(decidePublicity(PUBLICITY_RULES, facts({ decisionDate: '2026-03-31', penaltyCategories: ['WARNING'], fineAmount: null }))).toMatchObject({
      ruleSet: 'NDRC-2023-58',
      tier: 'MINOR',
      publishFrom: null,
    });
    expect(decidePublicity(PUBLICITY_RULES, facts({ decisionDate: '2026-03-31', penaltyCategories: ['CIRCULATED_CRITICISM'], fineAmount: null }))).toMatchObject({
      tier: 'MINOR',
      publishFrom: '2026-05-12',
      publishUntil: '2026-06-30',
      earliestRepairDate: '2026-06-30',
    });
    expect(decidePublicity(PUBLICITY_RULES, facts({ decisionDate: '2026-03-31' }))).toMatchObject({
      tier: 'GENERAL',
      publishUntil: '2029-03-31',
      earliestRepairDate: '2026-06-30',
    });
  });

  it('until 2026-03-31: restrictions longer than 3 years run their full length and cannot end early', () => {
    expect(
      decidePublicity(PUBLICITY_RULES, facts({ decisionDate: '2025-06-01', penaltyCategories: ['EMPLOYMENT_RESTRICTION'], fineAmount: null, validTo: '2030-06-01' })),
    ).toMatchObject({ ruleSet: 'NDRC-2023-58', tier: 'SERIOUS', publishUntil: '2030-06-01', earliestRepairDate: null });
  });

  it('from 2026-04-01: three tiers — minor not published, general 3 months to 1 year, serious 1 to 3 years', () => {
    expect(decidePublicity(PUBLICITY_RULES, facts({ decisionDate: '2026-04-01', penaltyCategories: ['WARNING'], fineAmount: null }))).toMatchObject({
      ruleSet: 'NDRC-2025-36',
      tier: 'MINOR',
      publishFrom: null,
    });
    expect(decidePublicity(PUBLICITY_RULES, facts({ fineAmount: 0.2 }))).toMatchObject({ tier: 'MINOR', publishFrom: null });
    expect(decidePublicity(PUBLICITY_RULES, facts({}))).toMatchObject({
      tier: 'GENERAL',
      publishUntil: '2027-05-10',
      earliestRepairDate: '2026-08-10',
    });
    expect(decidePublicity(PUBLICITY_RULES, facts({ penaltyCategories: ['LICENCE_REVOCATION'], fineAmount: null, validTo: '2036-01-01' }))).toMatchObject({
      tier: 'SERIOUS',
      publishUntil: '2029-05-10',
      earliestRepairDate: '2027-05-10',
    });
    expect(decidePublicity(PUBLICITY_RULES, facts({ fineAmount: 150 }))).toMatchObject({ tier: 'SERIOUS' });
  });

  it('lets the department state the tier', () => {
    expect(decidePublicity(PUBLICITY_RULES, facts({ statedTier: 'SERIOUS' }))).toMatchObject({ tier: 'SERIOUS', publishUntil: '2029-05-10' });
  });

  it('tells the publicity state on a day', () => {
    const record = { status: 'ACTIVE' as const, publishFrom: '2026-05-12', publishUntil: '2027-05-10' };
    expect(publicityStatus(record, '2026-05-11')).toBe('NOT_PUBLISHED');
    expect(publicityStatus(record, '2026-05-12')).toBe('PUBLISHED');
    expect(publicityStatus(record, '2027-05-10')).toBe('ENDED');
    expect(publicityStatus({ ...record, status: 'REVOKED' }, '2026-06-01')).toBe('WITHDRAWN');
    expect(publicityStatus({ ...record, status: 'REPAIRED' }, '2026-06-01')).toBe('ENDED');
  });
});

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { results { outcome error { code } record { id } } } }`;
const RECORD = `query ($id: ID!) { creditRecord(id: $id) { documentNumber severityTier reportDeadline publishDeadline deadlineProvisional
  publicity { status publishFrom publishUntil earliestRepairDate ruleSet } } }`;

describe.each(testBackends())('publicity and deadlines of stored records on $name', (backend) => {
  let records: RunningRecords;
  beforeAll(async () => {
    records = await startRecords(backend, { now: new Date('2026-10-14T02:00:00Z') });
  });
  afterAll(() => records?.close());

  it('stores deadlines across National Day and the publicity of the rule set in force', async () => {
    const result = await records.query(SUBMIT, { batch: { records: [penalty(1, { decisionDate: '2026-09-28' })] } }, SCJGJ);
    const id = result.data!.submitRecords.results[0].record.id;
    const view = await records.query(RECORD, { id }, SCJGJ);
    expect(view.data!.creditRecord).toEqual({
      documentNumber: penalty(1).documentNumber,
      severityTier: 'GENERAL',
      reportDeadline: '2026-10-10',
      publishDeadline: '2026-10-13',
      deadlineProvisional: false,
      publicity: { status: 'PUBLISHED', publishFrom: '2026-10-14', publishUntil: '2027-09-28', earliestRepairDate: '2026-12-28', ruleSet: 'NDRC-2025-36' },
    });
  });

  it('moves deadlines for a local closure in the override table, and flags years past the calendar', async () => {
    await records.database.db.insert(calendarOverrides).values({ day: '2026-10-12', working: false, reason: '台风停工' });
    const result = await records.query(SUBMIT, { batch: { records: [penalty(5, { decisionDate: '2026-10-09' })] } }, SCJGJ);
    const view = await records.query(RECORD, { id: result.data!.submitRecords.results[0].record.id }, SCJGJ);
    // 10-10 (make-up Saturday) counts, 10-12 is closed: 10-10, 10-13, 10-14, 10-15, 10-16.
    expect(view.data!.creditRecord).toMatchObject({ reportDeadline: '2026-10-16', deadlineProvisional: false });
    await records.database.db.delete(calendarOverrides);
  });

  it('reports timeliness by department: this record came late', async () => {
    const result = await records.query(
      `{ publicityCompliance(from: "2026-09-01", to: "2026-10-31") { department records reportedOnTime publishedOnTime effectiveStorageRate meetsTargets } }`,
      {},
      SCJGJ,
    );
    expect(result.data!.publicityCompliance).toEqual([
      { department: 'SCJGJ', records: 2, reportedOnTime: 50, publishedOnTime: 50, effectiveStorageRate: 100, meetsTargets: false },
    ]);
    const citizen = await records.query(`{ publicityCompliance(from: "2026-09-01", to: "2026-10-31") { department } }`, {}, CITIZEN);
    expect(citizen.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('counts rejected rows against the effective storage rate', async () => {
    await records.query(SUBMIT, { batch: { records: [penalty(3, { decisionDate: '2026-10-12' }), penalty(4, { decisionDate: '2026-10-12', catalogItem: 'NOPE' })] } }, SCJGJ);
    const result = await records.query(
      `{ publicityCompliance(department: "SCJGJ", from: "2026-10-12", to: "2026-10-31") { records reportedOnTime supplied accepted effectiveStorageRate } }`,
      {},
      SCJGJ,
    );
    // Three batches received on 2026-10-14: 4 rows supplied, 3 accepted; the 10-12 decision came on time.
    expect(result.data!.publicityCompliance).toEqual([{ records: 1, reportedOnTime: 100, supplied: 4, accepted: 3, effectiveStorageRate: 75 }]);
    const other = await records.query(`{ publicityCompliance(department: "STHJJ", from: "2026-10-01", to: "2026-10-31") { department } }`, {}, SCJGJ);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('never shows the public an ended record', async () => {
    records.clock.now = new Date('2026-10-14T02:00:00Z');
    const result = await records.query(SUBMIT, { batch: { records: [penalty(2, { decisionDate: '2026-03-02', penaltyCategories: ['CIRCULATED_CRITICISM'], fineAmount: null, confiscatedAmount: null, publishedAt: '2026-03-04T02:00:00Z' })] } }, SCJGJ);
    const id = result.data!.submitRecords.results[0].record.id;
    const official = await records.query(RECORD, { id }, SCJGJ);
    expect(official.data!.creditRecord.publicity).toMatchObject({ status: 'ENDED', ruleSet: 'NDRC-2023-58', publishUntil: '2026-06-02' });
    const visitor = await records.query(RECORD, { id }, CITIZEN);
    expect(visitor.data!.creditRecord).toBeNull();
  });
});
