import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATE, advance, ANALYST, CITIZEN, organisation, person, PROPOSE, proposal, SCJGJ, startSanctions, STHJJ, subjectCaller, type RunningSanctions } from './harness';

const OWN = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id
  listings(activeOnly: false) { id status subjectCode objectionDeadline history { kind } objections { status } } } } }`;
const OBJECT = `mutation ($input: FileListingObjectionInput!) { fileListingObjection(input: $input) { objection { id status reason filedBy } } }`;
const RESOLVE = `mutation ($input: ResolveListingObjectionInput!) { resolveListingObjection(input: $input) { objection { status note } listing { status removalReason } } }`;
const PUBLIC = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { listings { id listType subjectCode history { kind } } } } }`;

describe.each(testBackends())("a subject's own view and objection on $name", (backend) => {
  let s: RunningSanctions;
  beforeAll(async () => {
    s = await startSanctions(backend);
  });
  afterAll(() => s?.close());

  it('the subject sees its proposed listing, objects within the window, and the upheld objection rejects it', async () => {
    const subject = organisation(10);
    const { data } = await s.query(PROPOSE, { input: proposal(subject) }, SCJGJ);
    const id = data!.proposeListing.listing.id;
    const me = subjectCaller(subject);

    const own = await s.query(OWN, { r: [{ __typename: 'Subject', id: subject.id }] }, me);
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0].listings).toMatchObject([{ id, status: 'PROPOSED', subjectCode: subject.code, history: [{ kind: 'PROPOSED' }] }]);

    // Without a purpose a subject reads only the public view, and its own file needs one.
    const noPurpose = await s.query(OWN, { r: [{ __typename: 'Subject', id: subject.id }] }, subjectCaller(subject, null));
    expect(noPurpose.errors![0]!.extensions!.code).toBe('PURPOSE_REQUIRED');

    // The public and other subjects do not see a proposal.
    const publicView = await s.query(PUBLIC, { r: [{ __typename: 'Subject', id: subject.id }] }, CITIZEN);
    expect(publicView.data!._entities[0].listings).toEqual([]);
    const other = await s.query(OWN, { r: [{ __typename: 'Subject', id: subject.id }] }, subjectCaller(organisation(11)));
    expect(other.data!._entities[0].listings).toEqual([]);

    // Another subject cannot object for it.
    const stranger = await s.query(OBJECT, { input: { listingId: id, reason: '不是我' } }, subjectCaller(organisation(11)));
    expect(stranger.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const filed = await s.query(OBJECT, { input: { listingId: id, reason: '处罚决定已被行政复议撤销', evidence: '复议决定书' } }, me);
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileListingObjection.objection).toMatchObject({ status: 'OPEN', filedBy: `subject-${subject.index}` });

    advance(s.clock, 11);
    const blocked = await s.query(ACTIVATE, { input: { listingId: id } }, SCJGJ);
    expect(blocked.errors![0]!.extensions!.code).toBe('OBJECTION_WINDOW_OPEN');
    const late = await s.query(OBJECT, { input: { listingId: id, reason: '再次异议' } }, me);
    expect(late.errors![0]!.extensions!.code).toBe('OBJECTION_WINDOW_CLOSED');

    const byOther = await s.query(RESOLVE, { input: { objectionId: filed.data!.fileListingObjection.objection.id, outcome: 'UPHELD', note: 'x' } }, STHJJ);
    expect(byOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const resolved = await s.query(RESOLVE, { input: { objectionId: filed.data!.fileListingObjection.objection.id, outcome: 'UPHELD', note: '经核实，认定依据已撤销' } }, SCJGJ);
    expect(resolved.data!.resolveListingObjection).toEqual({
      objection: { status: 'UPHELD', note: '经核实，认定依据已撤销' },
      listing: { status: 'REJECTED', removalReason: 'OBJECTION_UPHELD' },
    });
    const after = await s.query(OWN, { r: [{ __typename: 'Subject', id: subject.id }] }, me);
    expect(after.data!._entities[0].listings[0].history.map((e: any) => e.kind)).toEqual(['PROPOSED', 'OBJECTION_FILED', 'OBJECTION_UPHELD', 'REJECTED']);
  });

  it('publishes organisations on the serious dishonesty list; persons without their code; key attention never', async () => {
    const org = organisation(20);
    const individual = person(20);
    const keyAttention = organisation(21);
    const ids: string[] = [];
    for (const [subject, listType] of [[org, 'SERIOUS_DISHONESTY'], [individual, 'SERIOUS_DISHONESTY'], [keyAttention, 'KEY_ATTENTION']] as const) {
      const { data, errors } = await s.query(PROPOSE, { input: proposal(subject, { listType }) }, SCJGJ);
      expect(errors).toBeUndefined();
      ids.push(data!.proposeListing.listing.id);
    }
    advance(s.clock, 11);
    for (const id of ids) expect((await s.query(ACTIVATE, { input: { listingId: id } }, SCJGJ)).errors).toBeUndefined();

    const reps = [org, individual, keyAttention].map((x) => ({ __typename: 'Subject', id: x.id }));
    const seen = await s.query(PUBLIC, { r: reps }, CITIZEN);
    expect(seen.errors).toBeUndefined();
    const [o, p, k] = seen.data!._entities;
    expect(o.listings).toEqual([{ id: ids[0], listType: 'SERIOUS_DISHONESTY', subjectCode: org.code, history: null }]);
    expect(p.listings).toEqual([{ id: ids[1], listType: 'SERIOUS_DISHONESTY', subjectCode: null, history: null }]);
    expect(k.listings).toEqual([]);

    const dept = await s.query(PUBLIC, { r: reps }, STHJJ);
    expect(dept.data!._entities[1].listings[0].subjectCode).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(dept.data!._entities[2].listings).toHaveLength(1);
    const analyst = await s.query(PUBLIC, { r: reps }, ANALYST);
    expect(analyst.data!._entities[1].listings[0].subjectCode).toBeNull();

    const noPurpose = await s.query(PUBLIC, { r: reps }, { ...STHJJ, purpose: null });
    expect(noPurpose.errors![0]!.extensions!.code).toBe('PURPOSE_REQUIRED');
  });
});
