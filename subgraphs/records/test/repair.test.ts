import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penalty } from './fixtures';
import { CITIZEN, SCJGJ, STHJJ, startRecords, type RunningRecords } from './harness';

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { results { error { code message } record { id } } } }`;
const APPLY = `mutation ($input: RepairApplicationInput!) { applyForRepair(input: $input) {
  accepted conditions { condition met explanation } application { id status applicant } } }`;
const REVIEW = `mutation ($id: ID!, $decision: RepairDecision!, $note: String) { reviewRepair(input: { id: $id, decision: $decision, note: $note }) { application { id status decidedBy } } }`;
const RECORD = `query ($id: ID!) { creditRecord(id: $id) { status publicity { status publishUntil } versions { change } } }`;

const fulfilled = { obligationsFulfilled: true, conductCorrected: true, commitmentMade: true };

describe.each(testBackends())('credit repair on $name', (backend) => {
  let records: RunningRecords;
  let general: string;
  let revocation: string;
  let recent: string;
  beforeAll(async () => {
    records = await startRecords(backend, { now: new Date('2026-11-26T02:00:00Z') });
    const result = await records.query(
      SUBMIT,
      {
        batch: {
          records: [
            // Old rules: general fine, minimum 3 months passed.
            penalty(1, { decisionDate: '2026-01-15', publishedAt: '2026-01-16T02:00:00Z' }),
            // Old rules: a licence revocation cannot end early.
            penalty(2, { decisionDate: '2026-02-10', penaltyCategories: ['LICENCE_REVOCATION'], fineAmount: null, confiscatedAmount: null, suspendedOrRevokedLicence: '食品经营许可证', publishedAt: '2026-02-11T02:00:00Z' }),
            // New rules: general, minimum period until 2027-02-20.
            penalty(3, { decisionDate: '2026-11-20' }),
          ],
        },
      },
      SCJGJ,
    );
    [general, revocation, recent] = result.data!.submitRecords.results.map((r: any) => r.record.id);
  });
  afterAll(() => records?.close());

  it('explains every condition that fails', async () => {
    const result = await records.query(APPLY, { input: { recordId: recent, obligationsFulfilled: true, conductCorrected: false, commitmentMade: false } }, CITIZEN);
    const payload = result.data!.applyForRepair;
    expect(payload.accepted).toBe(false);
    expect(payload.application).toBeNull();
    const failed = payload.conditions.filter((c: any) => !c.met);
    expect(failed.map((c: any) => c.condition)).toEqual(['MINIMUM_PERIOD', 'CONDUCT_CORRECTED', 'COMMITMENT_MADE']);
    expect(failed[0].explanation).toContain('2027-02-20');
  });

  it('refuses to end early what the rules publish for its full length', async () => {
    const result = await records.query(APPLY, { input: { recordId: revocation, ...fulfilled } }, CITIZEN);
    const payload = result.data!.applyForRepair;
    expect(payload.accepted).toBe(false);
    expect(payload.conditions.find((c: any) => c.condition === 'CAN_END_EARLY')).toMatchObject({ met: false });
    expect(payload.conditions.find((c: any) => c.condition === 'CAN_END_EARLY').explanation).toContain('NDRC-2023-58');
  });

  it('is accepted, then confirmed by the deciding department, which ends publication', async () => {
    const applied = (await records.query(APPLY, { input: { recordId: general, ...fulfilled, statement: '已缴清罚款并整改' } }, CITIZEN)).data!.applyForRepair;
    expect(applied.accepted).toBe(true);
    expect(applied.application).toMatchObject({ status: 'SUBMITTED', applicant: 'citizen-1' });
    const twice = (await records.query(APPLY, { input: { recordId: general, ...fulfilled } }, CITIZEN)).data!.applyForRepair;
    expect(twice.conditions.find((c: any) => c.condition === 'NO_PENDING_APPLICATION').met).toBe(false);

    const id = applied.application.id;
    expect((await records.query(REVIEW, { id, decision: 'CONFIRM' }, SCJGJ)).errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    expect((await records.query(REVIEW, { id, decision: 'ACCEPT' }, STHJJ)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await records.query(REVIEW, { id, decision: 'ACCEPT' }, SCJGJ)).data!.reviewRepair.application.status).toBe('ACCEPTED');
    expect((await records.query(RECORD, { id: general }, CITIZEN)).data!.creditRecord.publicity.status).toBe('PUBLISHED');
    expect((await records.query(REVIEW, { id, decision: 'CONFIRM', note: '修复完成' }, SCJGJ)).data!.reviewRepair.application).toMatchObject({ status: 'CONFIRMED', decidedBy: SCJGJ.id });

    const record = (await records.query(RECORD, { id: general }, SCJGJ)).data!.creditRecord;
    expect(record).toMatchObject({ status: 'REPAIRED', publicity: { status: 'ENDED', publishUntil: '2026-11-26' } });
    expect(record.versions.map((v: any) => v.change)).toEqual(['INGESTED', 'REPAIRED']);
    expect((await records.query(RECORD, { id: general }, CITIZEN)).data!.creditRecord).toBeNull();
  });

  it('can be rejected, with a reason', async () => {
    records.clock.now = new Date('2027-03-01T02:00:00Z');
    const applied = (await records.query(APPLY, { input: { recordId: recent, ...fulfilled } }, CITIZEN)).data!.applyForRepair;
    expect(applied.accepted).toBe(true);
    const id = applied.application.id;
    expect((await records.query(REVIEW, { id, decision: 'REJECT' }, SCJGJ)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await records.query(REVIEW, { id, decision: 'REJECT', note: '整改未完成' }, SCJGJ)).data!.reviewRepair.application.status).toBe('REJECTED');
    expect((await records.query(RECORD, { id: recent }, SCJGJ)).data!.creditRecord.publicity.status).toBe('PUBLISHED');
  });
});
