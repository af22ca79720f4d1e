import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE, CITIZEN, SCJGJ, ZJJ, rating, startServices, subjectCaller, subjectId, type RunningServices } from './harness';

const MAKE = `mutation ($input: MakeCommitmentInput!) { makeCommitment(input: $input) { commitment {
  id kind text conditions deadline madeBy department status matter { code } subject { id } } } }`;
const VERIFY = `mutation ($input: VerifyCommitmentInput!) { verifyCommitment(input: $input) { commitment {
  id status fulfilment excludedUntil verification { outcome note department verifiedAt } } } }`;
const REPAIR = `mutation ($input: RepairCommitmentInput!) { repairCommitment(input: $input) { commitment { id status repairedAt } } }`;
const COMMITMENTS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { commitments { id status kind } } } }`;
const CHECK = `query ($r: [_Any!]!, $app: String!) { _entities(representations: $r) { ... on Subject {
  creditCheck(matterCode: "SZ-ZJ-001", applicationId: $app) { decision reasons { kind commitmentId explanation } } } } }`;
const INCENTIVES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
  eligibleIncentives { eligible incentive { code name provider } satisfied { rule { kind minimumGrade } explanation } failed { rule { kind } explanation } missingInputs } } } }`;

describe.each(testBackends())('commitments and incentives on $name', (backend) => {
  let services: RunningServices;
  beforeAll(async () => {
    services = await startServices(backend);
  });
  afterAll(() => services?.close());

  it('a department makes a commitment on a subject\'s behalf from a template', async () => {
    const result = await services.query(
      MAKE,
      { input: { subjectId: subjectId(1), matterCode: 'SZ-ZJ-001', kind: 'MISSING_MATERIALS', templateCode: 'TPL-ZJ-001-M' } },
      ZJJ,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.makeCommitment.commitment).toMatchObject({
      kind: 'MISSING_MATERIALS',
      conditions: ['补齐施工合同', '补齐监理合同'],
      deadline: '2026-12-26',
      madeBy: 'DEPARTMENT',
      department: 'ZJJ',
      status: 'PENDING',
      matter: { code: 'SZ-ZJ-001' },
      subject: { id: subjectId(1) },
    });
    expect(result.data!.makeCommitment.commitment.text).toMatch(/^\{subject\}承诺所提交材料真实/);
  });

  it('validates inputs with stable codes', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ subjectId: subjectId(1), matterCode: 'SZ-X', kind: 'OTHER', text: 'x' }, 'NOT_FOUND', 'matterCode'],
      [{ subjectId: subjectId(1), matterCode: 'SZ-ZJ-001', kind: 'CERTIFICATION', templateCode: 'TPL-ZJ-001-M' }, 'NOT_FOUND', 'templateCode'],
      [{ subjectId: subjectId(1), kind: 'VOLUNTARY', text: '   ' }, 'BAD_USER_INPUT', 'text'],
      [{ subjectId: subjectId(1), kind: 'VOLUNTARY', text: '守法经营', deadline: '2020-01-01' }, 'BAD_USER_INPUT', 'deadline'],
      [{ kind: 'VOLUNTARY', text: '守法经营' }, 'BAD_USER_INPUT', 'subjectId'],
      [{ subjectId: subjectId(1), kind: 'VOLUNTARY', text: '守法经营', department: 'SWUJ' }, 'UNKNOWN_DEPARTMENT', 'department'],
      [{ subjectId: subjectId(1), kind: 'VOLUNTARY', text: '守法经营', department: 'x'.repeat(60) }, 'UNKNOWN_DEPARTMENT', 'department'],
    ];
    for (const [input, code, field] of cases) {
      const result = await services.query(MAKE, { input }, ZJJ);
      expect(result.errors![0]!.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
    const publicCall = await services.query(MAKE, { input: { subjectId: subjectId(1), kind: 'VOLUNTARY', text: '守法经营' } }, CITIZEN);
    expect(publicCall.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('a subject commits for itself, and only for itself', async () => {
    const own = subjectCaller(subjectId(2));
    const result = await services.query(MAKE, { input: { matterCode: 'SZ-SCJG-002', kind: 'REPLACES_APPROVAL', templateCode: 'TPL-SCJG-002-A' } }, own);
    expect(result.errors).toBeUndefined();
    expect(result.data!.makeCommitment.commitment).toMatchObject({ madeBy: 'SUBJECT', department: 'SCJGJ', subject: { id: subjectId(2) } });
    const other = await services.query(MAKE, { input: { subjectId: subjectId(3), kind: 'VOLUNTARY', text: '守法经营' } }, own);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // Its own commitments and eligibility, even as a natural person; not another's.
    const mine = await services.query(COMMITMENTS, { r: [{ __typename: 'Subject', id: subjectId(2), kind: 'NATURAL_PERSON' }] }, own);
    expect(mine.data!._entities[0].commitments).toHaveLength(1);
    const theirs = await services.query(INCENTIVES, { r: [{ __typename: 'Subject', id: subjectId(3), rating: rating('A'), activeMeasures: [] }] }, own);
    expect(theirs.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('verification by the receiving department; a broken commitment excludes commitment-based processing until repaired', async () => {
    const id = subjectId(4);
    const made = await services.query(MAKE, { input: { subjectId: id, matterCode: 'SZ-ZJ-001', kind: 'REPLACES_APPROVAL', templateCode: 'TPL-ZJ-001-A' } }, ZJJ);
    const commitmentId = made.data!.makeCommitment.commitment.id;

    const before = await services.query(CHECK, { r: [{ __typename: 'Subject', id, rating: rating('B'), activeMeasures: [] }], app: 'APP-C-1' }, ZJJ);
    expect(before.data!._entities[0].creditCheck.decision).toBe('COMMITMENT_ALLOWED');

    const wrongDept = await services.query(VERIFY, { input: { commitmentId, outcome: 'BROKEN', note: '未落实' } }, SCJGJ);
    expect(wrongDept.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const noNote = await services.query(VERIFY, { input: { commitmentId, outcome: 'BROKEN' } }, ZJJ);
    expect(noNote.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });

    const broken = await services.query(VERIFY, { input: { commitmentId, outcome: 'BROKEN', note: '施工图审查未通过即开工' } }, ZJJ);
    expect(broken.errors).toBeUndefined();
    expect(broken.data!.verifyCommitment.commitment).toMatchObject({
      status: 'BROKEN',
      fulfilment: 'NOT_KEPT',
      excludedUntil: '2027-11-26',
      verification: { outcome: 'BROKEN', note: '施工图审查未通过即开工', department: 'ZJJ' },
    });
    const twice = await services.query(VERIFY, { input: { commitmentId, outcome: 'KEPT' } }, ZJJ);
    expect(twice.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');

    const after = await services.query(CHECK, { r: [{ __typename: 'Subject', id, rating: rating('A'), activeMeasures: [] }], app: 'APP-C-2' }, ZJJ);
    const c = after.data!._entities[0].creditCheck;
    expect(c.decision).toBe('STANDARD');
    expect(c.reasons[0]).toMatchObject({ kind: 'BROKEN_COMMITMENT', commitmentId });

    // A batch of the excluded subject and a clear one: each decided on its own exclusions, each
    // ask logged once; the excluded subject's earlier application, stored before the break, is
    // found as it was and logged as a replay.
    const LOGGED = `query ($r: [_Any!]!, $app: String!) { _entities(representations: $r) { ... on Subject {
      creditCheck(matterCode: "SZ-ZJ-001", applicationId: $app) { decision reasons { kind } log { replay decision } } } } }`;
    const rep = (subject: string) => ({ __typename: 'Subject', id: subject, rating: rating('B'), activeMeasures: [] });
    const mixed = await services.query(LOGGED, { r: [rep(id), rep(subjectId(41))], app: 'APP-C-1' }, ZJJ);
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data!._entities.map((e: any) => [e.creditCheck.decision, e.creditCheck.log])).toEqual([
      ['COMMITMENT_ALLOWED', [{ replay: false, decision: 'COMMITMENT_ALLOWED' }, { replay: true, decision: 'COMMITMENT_ALLOWED' }]],
      ['COMMITMENT_ALLOWED', [{ replay: false, decision: 'COMMITMENT_ALLOWED' }]],
    ]);
    const fresh = await services.query(LOGGED, { r: [rep(subjectId(41)), rep(id)], app: 'APP-C-4' }, ZJJ);
    expect(fresh.data!._entities.map((e: any) => [e.creditCheck.decision, e.creditCheck.reasons[0].kind, e.creditCheck.log.length])).toEqual([
      ['COMMITMENT_ALLOWED', 'GRADE', 1],
      ['STANDARD', 'BROKEN_COMMITMENT', 1],
    ]);

    const incentives = await services.query(INCENTIVES, { r: [{ __typename: 'Subject', id, rating: rating('A'), activeMeasures: [] }] }, ZJJ);
    const xyp = incentives.data!._entities[0].eligibleIncentives.find((e: any) => e.incentive.code === 'XYP-01');
    expect(xyp.eligible).toBe(false);
    expect(xyp.failed).toEqual([{ rule: { kind: 'NO_BROKEN_COMMITMENT' }, explanation: `Commitment ${commitmentId} was found broken by ZJJ and is not repaired` }]);

    const repaired = await services.query(REPAIR, { input: { commitmentId, note: '已整改并重新作出信用承诺' } }, CENTRE);
    expect(repaired.errors).toBeUndefined();
    expect(repaired.data!.repairCommitment.commitment.repairedAt).toBe('2026-11-26T04:00:00.000Z');
    const again = await services.query(REPAIR, { input: { commitmentId, note: 'x' } }, CENTRE);
    expect(again.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');

    const repairedCheck = await services.query(CHECK, { r: [{ __typename: 'Subject', id, rating: rating('B'), activeMeasures: [] }], app: 'APP-C-3' }, ZJJ);
    expect(repairedCheck.data!._entities[0].creditCheck.decision).toBe('COMMITMENT_ALLOWED');
  });

  it("shows organisations' commitments to the public, a natural person's only to officials and the person", async () => {
    const person = subjectId(5);
    await services.query(MAKE, { input: { subjectId: person, kind: 'VOLUNTARY', text: '诚信守法', department: 'RSJ' } }, CENTRE);
    const org = { __typename: 'Subject', id: subjectId(1), kind: 'ENTERPRISE' };
    const natural = { __typename: 'Subject', id: person, kind: 'NATURAL_PERSON' };
    const unknownKind = { __typename: 'Subject', id: person, kind: null };

    const publicView = await services.query(COMMITMENTS, { r: [org, natural, unknownKind] }, CITIZEN);
    expect(publicView.data!._entities[0].commitments).toHaveLength(1);
    expect(publicView.data!._entities[1].commitments).toBeNull();
    expect(publicView.data!._entities[2].commitments).toBeNull();
    expect(publicView.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);

    const official = await services.query(COMMITMENTS, { r: [natural] }, ZJJ);
    expect(official.data!._entities[0].commitments).toEqual([expect.objectContaining({ kind: 'VOLUNTARY', status: 'PENDING' })]);
  });

  it('lists every incentive with the rules satisfied and those failed; fails safe on missing inputs', async () => {
    const result = await services.query(
      INCENTIVES,
      {
        r: [
          { __typename: 'Subject', id: subjectId(6), rating: rating('B'), activeMeasures: [] },
          { __typename: 'Subject', id: subjectId(7), activeMeasures: [] },
        ],
      },
      ZJJ,
    );
    expect(result.errors).toBeUndefined();
    const [b, unrated] = result.data!._entities.map((e: any) => e.eligibleIncentives);
    expect(b.map((e: any) => [e.incentive.code, e.eligible])).toEqual([
      ['XYP-01', false],
      ['XYD-01', true],
      ['XYZ-01', true],
      ['XYY-01', true],
      ['XYJ-01', false],
      ['XYX-01', true],
      ['XYY-02', true],
    ]);
    expect(b[0].failed).toEqual([{ rule: { kind: 'MINIMUM_GRADE' }, explanation: 'Grade B (model GB45255-2025/v1) is below the minimum grade A' }]);
    expect(b[1].satisfied.map((s: any) => s.rule.kind)).toEqual(['MINIMUM_GRADE', 'NO_NEGATIVE_LISTING', 'NO_PUNISHMENT_MEASURE']);
    expect(unrated.every((e: any) => !e.eligible && e.missingInputs.includes('RATING'))).toBe(true);
  });

  it('serves the catalogues', async () => {
    const result = await services.query(`{ approvalMatters { code name department departmentName commitmentAllowed acceptWithMissingMaterials greenChannel measureMatters commitmentTemplates { code kind deadlineDays } }
      decisionRules { version effectiveFrom greenChannelGrades commitmentGrades restrictedGrades refusingListTypes }
      incentives { code name provider benefit measureMatter rules { kind minimumGrade description } }
      commitmentTemplates(matterCode: "SZ-ZJ-001", kind: REPLACES_APPROVAL) { code title } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.approvalMatters).toHaveLength(20);
    expect(result.data!.approvalMatters.find((m: any) => m.code === 'SZ-ZJ-001')).toMatchObject({
      name: '建筑工程施工许可证核发',
      departmentName: '住房和城乡建设局',
      commitmentAllowed: true,
      acceptWithMissingMaterials: true,
      greenChannel: true,
      measureMatters: ['LICENSING', 'BIDDING'],
    });
    expect(result.data!.decisionRules).toMatchObject({ version: 'SIP-2020.1', greenChannelGrades: ['A'], refusingListTypes: ['SERIOUS_DISHONESTY'] });
    expect(result.data!.incentives.map((i: any) => i.name)).toContain('信易贷');
    expect(result.data!.commitmentTemplates).toEqual([{ code: 'TPL-ZJ-001-A', title: '施工许可告知承诺书' }]);
  });
});
