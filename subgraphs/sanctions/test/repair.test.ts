import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATE, advance, CENTRE, CZJ, organisation, PROPOSE, proposal, SCJGJ, startSanctions, STHJJ, subjectCaller, type RunningSanctions } from './harness';

const APPLY = `mutation ($input: ApplyForListingRepairInput!) { applyForListingRepair(input: $input) { accepted conditions { condition met explanation } application { id status } } }`;
const REVIEW = `mutation ($input: ReviewListingRepairInput!) { reviewListingRepair(input: $input) { application { status decidedBy } listing { status removalReason } } }`;
const MEASURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
  activeMeasures { measure { code } listing { id } } applicableMeasures(matter: GOVERNMENT_PROCUREMENT) { measure { code legalBasis } } } } }`;
const UNANSWERED = `query ($d: String) { unansweredMeasureExecutions(department: $d, first: 1000) { listing { id } measure { code } department status } }`;
const EXECUTE = `mutation ($input: RecordMeasureExecutionInput!) { recordMeasureExecution(input: $input) { execution { status note reportedBy matter caseReference } } }`;

describe.each(testBackends())('listing repair and 双反馈 on $name', (backend) => {
  let s: RunningSanctions;
  let listingId: string;
  const subject = organisation(30);
  const me = subjectCaller(subject);
  const reps = [{ __typename: 'Subject', id: subject.id }];

  beforeAll(async () => {
    s = await startSanctions(backend);
    const { data } = await s.query(PROPOSE, { input: proposal(subject) }, SCJGJ);
    listingId = data!.proposeListing.listing.id;
    advance(s.clock, 11);
    expect((await s.query(ACTIVATE, { input: { listingId } }, SCJGJ)).errors).toBeUndefined();
  });
  afterAll(() => s?.close());

  it('matches measures for the matter and pushes them for feedback; departments answer (双反馈)', async () => {
    const measures = await s.query(MEASURES, { r: reps }, CZJ);
    expect(measures.errors).toBeUndefined();
    const found = measures.data!._entities[0];
    expect(found.activeMeasures.length).toBeGreaterThan(20);
    expect(found.applicableMeasures.map((m: any) => m.measure.code)).toEqual(['CJ-001']);
    expect(found.applicableMeasures[0].measure.legalBasis).toContain('《中华人民共和国政府采购法》第二十二条');

    const pending = await s.query(UNANSWERED, {}, CZJ);
    const codes = pending.data!.unansweredMeasureExecutions.map((e: any) => e.measure.code);
    expect(codes).toEqual(expect.arrayContaining(['CJ-001', 'CJ-003', 'CJ-004']));
    expect(pending.data!.unansweredMeasureExecutions.every((e: any) => e.department === 'CZJ')).toBe(true);
    const others = await s.query(UNANSWERED, { d: 'SCJGJ' }, CZJ);
    expect(others.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const noReason = await s.query(EXECUTE, { input: { listingId, measureCode: 'CJ-001', applied: false } }, CZJ);
    expect(noReason.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const applied = await s.query(EXECUTE, { input: { listingId, measureCode: 'CJ-001', applied: true, matter: 'GOVERNMENT_PROCUREMENT', caseReference: 'SZSIP-CG-2026-0412' } }, CZJ);
    expect(applied.data!.recordMeasureExecution.execution).toEqual({ status: 'APPLIED', note: null, reportedBy: 'officer-cz', matter: 'GOVERNMENT_PROCUREMENT', caseReference: 'SZSIP-CG-2026-0412' });
    const notPushed = await s.query(EXECUTE, { input: { listingId, measureCode: 'CJ-001', applied: true } }, STHJJ);
    expect(notPushed.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const after = await s.query(UNANSWERED, {}, CZJ);
    expect(after.data!.unansweredMeasureExecutions.map((e: any) => e.measure.code)).not.toContain('CJ-001');
  });

  it('checks and explains the conditions; lodged only when all are met', async () => {
    const tooEarly = await s.query(APPLY, { input: { listingId, obligationsFulfilled: true, conductCorrected: false, commitmentMade: true } }, me);
    const payload = tooEarly.data!.applyForListingRepair;
    expect(payload.accepted).toBe(false);
    expect(payload.application).toBeNull();
    expect(payload.conditions.filter((c: any) => !c.met).map((c: any) => c.condition)).toEqual(['MINIMUM_PERIOD', 'CONDUCT_CORRECTED']);
    expect(payload.conditions.find((c: any) => c.condition === 'MINIMUM_PERIOD').explanation).toContain('2027-12-07');
    const byDepartment = await s.query(APPLY, { input: { listingId, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true } }, STHJJ);
    expect(byDepartment.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('a confirmed repair removes the listing and lifts its measures at once', async () => {
    advance(s.clock, 366);
    const applied = await s.query(APPLY, { input: { listingId, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true, statement: '已缴清罚款并完成整改' } }, me);
    expect(applied.data!.applyForListingRepair.accepted).toBe(true);
    const appId = applied.data!.applyForListingRepair.application.id;
    const twice = await s.query(APPLY, { input: { listingId, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true } }, me);
    expect(twice.data!.applyForListingRepair.conditions.find((c: any) => c.condition === 'NO_OPEN_APPLICATION').met).toBe(false);

    const skip = await s.query(REVIEW, { input: { applicationId: appId, decision: 'CONFIRM' } }, SCJGJ);
    expect(skip.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');
    const other = await s.query(REVIEW, { input: { applicationId: appId, decision: 'ACCEPT' } }, STHJJ);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await s.query(REVIEW, { input: { applicationId: appId, decision: 'ACCEPT' } }, SCJGJ)).errors).toBeUndefined();
    expect((await s.query(REVIEW, { input: { applicationId: appId, decision: 'REVIEW', note: '材料齐全' } }, SCJGJ)).errors).toBeUndefined();

    const before = await s.query(MEASURES, { r: reps }, CZJ);
    expect(before.data!._entities[0].activeMeasures.length).toBeGreaterThan(0);
    const confirmed = await s.query(REVIEW, { input: { applicationId: appId, decision: 'CONFIRM', note: '同意修复' } }, SCJGJ);
    expect(confirmed.data!.reviewListingRepair).toEqual({
      application: { status: 'CONFIRMED', decidedBy: 'officer-scjg' },
      listing: { status: 'REMOVED', removalReason: 'REPAIRED' },
    });
    const now = await s.query(MEASURES, { r: reps }, CZJ);
    expect(now.data!._entities[0]).toEqual({ activeMeasures: [], applicableMeasures: [] });
    const pending = await s.query(UNANSWERED, {}, CENTRE);
    expect(pending.data!.unansweredMeasureExecutions.filter((e: any) => e.listing.id === listingId)).toEqual([]);
  });
});
