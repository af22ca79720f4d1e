import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penalty } from './fixtures';
import { CENTRE, CITIZEN, SCJGJ, STHJJ, startRecords, type RunningRecords } from './harness';

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { results { record { id } } } }`;
const FILE = `mutation ($id: ID!) { fileObjection(input: { recordId: $id, reason: "罚款金额有误，已提交缴款凭证", evidence: "缴款书编号 3501" }) { objection { id status dueDate overdue filedBy } } }`;
const RESOLVE = `mutation ($id: ID!, $outcome: ObjectionOutcome!, $correction: RecordCorrectionInput) {
  resolveObjection(input: { id: $id, outcome: $outcome, note: "经复核", correction: $correction }) { objection { id status resolvedBy note record { id } } } }`;
const RECORD = `query ($id: ID!) { creditRecord(id: $id) { status version fineAmount underObjection publicity { status }
  objections { status } versions { version status change changedBy reason } } }`;

describe.each(testBackends())('objections on $name', (backend) => {
  let records: RunningRecords;
  const ids: string[] = [];
  beforeAll(async () => {
    records = await startRecords(backend, { now: new Date('2026-11-26T02:00:00Z') });
    const result = await records.query(SUBMIT, { batch: { records: [penalty(1), penalty(2), penalty(3)] } }, SCJGJ);
    ids.push(...result.data!.submitRecords.results.map((r: any) => r.record.id));
  });
  afterAll(() => records?.close());

  it('labels the record as under objection at once, with a due date in working days', async () => {
    const filed = await records.query(FILE, { id: ids[0] }, CITIZEN);
    // Filed on Thursday 2026-11-26: 5 working days later is Thursday 2026-12-03.
    expect(filed.data!.fileObjection.objection).toMatchObject({ status: 'OPEN', dueDate: '2026-12-03', overdue: false, filedBy: 'citizen-1' });
    const record = await records.query(RECORD, { id: ids[0] }, SCJGJ);
    expect(record.data!.creditRecord).toMatchObject({ underObjection: true, objections: [{ status: 'OPEN' }] });
    const publicView = await records.query(RECORD, { id: ids[0] }, CITIZEN);
    expect(publicView.data!.creditRecord).toMatchObject({ underObjection: true, objections: [], versions: [] });
    const anonymous = await records.query(FILE, { id: ids[0] });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('is resolved only by the source department or the credit centre; upheld changes nothing', async () => {
    const objection = (await records.query(FILE, { id: ids[1] }, CITIZEN)).data!.fileObjection.objection;
    const stranger = await records.query(RESOLVE, { id: objection.id, outcome: 'UPHELD' }, STHJJ);
    expect(stranger.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const upheld = await records.query(RESOLVE, { id: objection.id, outcome: 'UPHELD' }, SCJGJ);
    expect(upheld.data!.resolveObjection.objection).toMatchObject({ status: 'UPHELD', resolvedBy: SCJGJ.id });
    const record = await records.query(RECORD, { id: ids[1] }, SCJGJ);
    expect(record.data!.creditRecord).toMatchObject({ version: 1, status: 'ACTIVE', underObjection: false });
    const again = await records.query(RESOLVE, { id: objection.id, outcome: 'REVOKED' }, SCJGJ);
    expect(again.errors![0]!.extensions!.code).toBe('OBJECTION_CLOSED');
  });

  it('corrects a record as a new version, keeping the earlier one', async () => {
    const objection = (await records.query(FILE, { id: ids[0] }, CITIZEN)).data!.fileObjection.objection;
    const noFields = await records.query(RESOLVE, { id: objection.id, outcome: 'CORRECTED' }, SCJGJ);
    expect(noFields.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // The first objection on this record is still open, so it stays under objection.
    const corrected = await records.query(RESOLVE, { id: objection.id, outcome: 'CORRECTED', correction: { fineAmount: 3 } }, SCJGJ);
    expect(corrected.data!.resolveObjection.objection.status).toBe('CORRECTED');
    const record = (await records.query(RECORD, { id: ids[0] }, SCJGJ)).data!.creditRecord;
    expect(record).toMatchObject({ version: 2, status: 'CORRECTED', fineAmount: 3, underObjection: true });
    expect(record.versions).toEqual([
      { version: 1, status: 'ACTIVE', change: 'INGESTED', changedBy: SCJGJ.id, reason: null },
      { version: 2, status: 'CORRECTED', change: 'OBJECTION_CORRECTED', changedBy: SCJGJ.id, reason: '经复核' },
    ]);
  });

  it('revokes a record: withdrawn from publication and from the public view, never deleted', async () => {
    const objection = (await records.query(FILE, { id: ids[2] }, CITIZEN)).data!.fileObjection.objection;
    const revoked = await records.query(RESOLVE, { id: objection.id, outcome: 'REVOKED' }, CENTRE);
    expect(revoked.data!.resolveObjection.objection.status).toBe('REVOKED');
    const record = (await records.query(RECORD, { id: ids[2] }, SCJGJ)).data!.creditRecord;
    expect(record).toMatchObject({ status: 'REVOKED', version: 2, publicity: { status: 'WITHDRAWN' } });
    expect((await records.query(RECORD, { id: ids[2] }, CITIZEN)).data!.creditRecord).toBeNull();
  });

  it('lists overdue objections to the department whose records they concern', async () => {
    records.clock.now = new Date('2026-12-04T02:00:00Z');
    const query = `{ overdueObjections { status dueDate overdue record { id } } }`;
    const own = await records.query(query, {}, SCJGJ);
    expect(own.data!.overdueObjections).toEqual([{ status: 'OPEN', dueDate: '2026-12-03', overdue: true, record: { id: ids[0] } }]);
    expect((await records.query(query, {}, STHJJ)).data!.overdueObjections).toEqual([]);
    expect((await records.query(query, {}, CITIZEN)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
