import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATE, advance, CENTRE, CITIZEN, CZJ, organisation, PROPOSE, proposal, SCJGJ, startSanctions, STHJJ, subjectCaller, type RunningSanctions } from './harness';

const HISTORY = `query ($id: ID!) { listing(id: $id) { id status listedFrom listedUntil rectificationDeadline removalReason
  history { kind fromStatus toStatus actor actorDepartment reason } interviews { kind heldOn notes } objections { status reason note } } }`;

describe.each(testBackends())('listing lifecycle on $name', (backend) => {
  let s: RunningSanctions;
  beforeAll(async () => {
    s = await startSanctions(backend);
  });
  afterAll(() => s?.close());

  it('proposes, notifies, waits for the window, activates, sets a deadline, interviews, removes: every change kept', async () => {
    const subject = organisation(0);
    const proposed = await s.query(PROPOSE, { input: proposal(subject) }, SCJGJ);
    expect(proposed.errors).toBeUndefined();
    const listing = proposed.data!.proposeListing.listing;
    expect(listing).toMatchObject({ status: 'PROPOSED', listType: 'SERIOUS_DISHONESTY', department: 'SCJGJ', objectionDeadline: '2026-12-06' });

    const early = await s.query(ACTIVATE, { input: { listingId: listing.id } }, SCJGJ);
    expect(early.errors![0]!.extensions!.code).toBe('OBJECTION_WINDOW_OPEN');

    const duplicate = await s.query(PROPOSE, { input: proposal(subject) }, SCJGJ);
    expect(duplicate.errors![0]!.extensions!.code).toBe('DUPLICATE_LISTING');

    advance(s.clock, 11);
    const activated = await s.query(ACTIVATE, { input: { listingId: listing.id, rectificationDeadline: '2026-12-20' } }, SCJGJ);
    expect(activated.errors).toBeUndefined();
    expect(activated.data!.activateListing.listing).toMatchObject({ status: 'ACTIVE', listedFrom: '2026-12-07', listedUntil: '2029-12-07', rectificationDeadline: '2026-12-20' });
    expect(activated.data!.activateListing.pushedMeasures).toBeGreaterThan(20);

    const interview = `mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { interview { kind heldOn } } }`;
    const tooSoon = await s.query(interview, { input: { listingId: listing.id, kind: 'PROMPT', heldOn: '2026-12-07', notes: '提示整改' } }, SCJGJ);
    expect(tooSoon.errors![0]!.extensions!.code).toBe('RECTIFICATION_NOT_DUE');
    advance(s.clock, 20);
    const held = await s.query(interview, { input: { listingId: listing.id, kind: 'WARNING', heldOn: '2026-12-24', notes: '警示约谈：逾期未整改，告知后果' } }, SCJGJ);
    expect(held.errors).toBeUndefined();

    const notExpired = `mutation ($input: RemoveListingInput!) { removeListing(input: $input) { listing { status removalReason } } }`;
    const expired = await s.query(notExpired, { input: { listingId: listing.id, reason: 'PERIOD_EXPIRED', note: '期满' } }, SCJGJ);
    expect(expired.errors![0]!.extensions!.code).toBe('PERIOD_NOT_EXPIRED');
    const removed = await s.query(notExpired, { input: { listingId: listing.id, reason: 'DECISION_REVOKED', note: '原处罚决定经行政复议撤销' } }, SCJGJ);
    expect(removed.data!.removeListing.listing).toEqual({ status: 'REMOVED', removalReason: 'DECISION_REVOKED' });

    const history = await s.query(HISTORY, { id: listing.id }, SCJGJ);
    const read = history.data!.listing;
    expect(read.history.map((e: any) => e.kind)).toEqual(['PROPOSED', 'ACTIVATED', 'INTERVIEW_RECORDED', 'REMOVED']);
    expect(read.history[0]).toMatchObject({ fromStatus: null, toStatus: 'PROPOSED', actor: 'officer-scjg', actorDepartment: 'SCJGJ' });
    expect(read.history[3]).toMatchObject({ fromStatus: 'ACTIVE', toStatus: 'REMOVED', reason: '原处罚决定经行政复议撤销' });
    expect(read.interviews).toEqual([{ kind: 'WARNING', heldOn: '2026-12-24', notes: '警示约谈：逾期未整改，告知后果' }]);

    // A removed listing frees the subject for a new proposal; the old one stays.
    const again = await s.query(PROPOSE, { input: proposal(subject) }, SCJGJ);
    expect(again.errors).toBeUndefined();
  });

  it('requires a basis, a valid code and reasons', async () => {
    const subject = organisation(1);
    const noBasis = await s.query(PROPOSE, { input: proposal(subject, { basisRecordIds: [], basisDocuments: [] }) }, SCJGJ);
    expect(noBasis.errors![0]!.extensions!.code).toBe('BASIS_REQUIRED');
    const badCode = await s.query(PROPOSE, { input: proposal(subject, { subjectCode: '91320594MA1XXXXX00' }) }, SCJGJ);
    expect(badCode.errors![0]!.extensions!.code).toBe('INVALID_CREDIT_CODE');
    const noReasons = await s.query(PROPOSE, { input: proposal(subject, { reasons: '  ' }) }, SCJGJ);
    expect(noReasons.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lets only the determining department or the credit centre change a listing (谁认定、谁负责)', async () => {
    const subject = organisation(2);
    const { data } = await s.query(PROPOSE, { input: proposal(subject) }, SCJGJ);
    const id = data!.proposeListing.listing.id;
    const inOthersName = await s.query(PROPOSE, { input: proposal(organisation(3), { department: 'SCJGJ' }) }, STHJJ);
    expect(inOthersName.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const forNoDepartment = await s.query(PROPOSE, { input: proposal(organisation(3), { department: 'SCJG' }) }, CENTRE);
    expect(forNoDepartment.errors![0]!.extensions).toMatchObject({ code: 'UNKNOWN_DEPARTMENT', field: 'department' });
    advance(s.clock, 11);
    const other = await s.query(ACTIVATE, { input: { listingId: id } }, STHJJ);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const citizen = await s.query(ACTIVATE, { input: { listingId: id } }, CITIZEN);
    expect(citizen.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const own = subjectCaller(subject);
    const bySubject = await s.query(ACTIVATE, { input: { listingId: id } }, own);
    expect(bySubject.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const centre = await s.query(ACTIVATE, { input: { listingId: id } }, CENTRE);
    expect(centre.errors).toBeUndefined();
    const remove = `mutation ($input: RemoveListingInput!) { removeListing(input: $input) { listing { status } } }`;
    const byOther = await s.query(remove, { input: { listingId: id, reason: 'WITHDRAWN', note: 'x' } }, CZJ);
    expect(byOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const history = await s.query(HISTORY, { id }, SCJGJ);
    expect(history.data!.listing.history.map((e: any) => [e.kind, e.actor])).toEqual([
      ['PROPOSED', 'officer-scjg'],
      ['ACTIVATED', 'centre-1'],
    ]);
  });
});
