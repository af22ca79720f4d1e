import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE, CITIZEN, SCJGJ, ZJJ, measure, rating, startServices, subjectId, type RunningServices } from './harness';

const CHECK = `query ($r: [_Any!]!, $matter: String!, $app: String!) { _entities(representations: $r) { ... on Subject {
  creditCheck(matterCode: $matter, applicationId: $app) {
    id decision missingInputs officerActions grade measureCodes ruleSetVersion checkedAt checkedBy department
    reasons { kind allows explanation source officerAction grade modelVersion evaluatedAt measureCode legalBasis listingId listType commitmentId missingInput }
    matter { code greenChannel } subject { id }
    log { askedAt askedBy department purpose replay grade measureCodes missingInputs decision }
    feedback { applied reason recordedBy recordedAt }
  } } } }`;

const rep = (n: number, inputs: Record<string, unknown>) => ({ __typename: 'Subject', id: subjectId(n), ...inputs });

describe.each(testBackends())('credit checks on $name', (backend) => {
  let services: RunningServices;
  beforeAll(async () => {
    services = await startServices(backend);
  });
  afterAll(() => services?.close());

  const check = (representations: unknown[], matter: string, app: string, caller = ZJJ) =>
    services.query(CHECK, { r: representations, matter, app }, caller);

  it('gives grade A a green channel, naming the grade, the model and the evaluation', async () => {
    const result = await check([rep(1, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0001');
    expect(result.errors).toBeUndefined();
    const c = result.data!._entities[0].creditCheck;
    expect(c).toMatchObject({ decision: 'GREEN_CHANNEL', missingInputs: [], grade: 'A', measureCodes: [], ruleSetVersion: 'SIP-2020.1', checkedBy: 'officer-zjj', department: 'ZJJ' });
    expect(c.reasons.find((r: any) => r.kind === 'GRADE')).toMatchObject({
      allows: 'GREEN_CHANNEL',
      grade: 'A',
      modelVersion: 'GB45255-2025/v1',
      evaluatedAt: '2026-11-01T00:00:00.000Z',
      source: 'ratings: grade A (score 92.5), model GB45255-2025/v1, evaluated 2026-11-01T00:00:00.000Z',
    });
    expect(c.officerActions).toContain('Give priority handling (green channel) where the matter offers it');
    expect(c.log).toEqual([
      { askedAt: '2026-11-26T04:00:00.000Z', askedBy: 'officer-zjj', department: 'ZJJ', purpose: '逢办必查', replay: false, grade: 'A', measureCodes: [], missingInputs: [], decision: 'GREEN_CHANNEL' },
    ]);
  });

  it('returns the same stored check on a retry, even if the inputs changed meanwhile, and logs the retry', async () => {
    const first = await check([rep(2, { rating: rating('B'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0002');
    services.clock.now = new Date('2026-11-26T04:05:00Z');
    const retry = await check([rep(2, { rating: rating('D'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0002');
    services.clock.now = new Date('2026-11-26T04:00:00Z');
    const a = first.data!._entities[0].creditCheck;
    const b = retry.data!._entities[0].creditCheck;
    expect(b.id).toBe(a.id);
    expect(b.decision).toBe('COMMITMENT_ALLOWED');
    expect(b.checkedAt).toBe(a.checkedAt);
    expect(b.log.map((l: any) => [l.replay, l.grade, l.decision, l.askedAt])).toEqual([
      [false, 'B', 'COMMITMENT_ALLOWED', '2026-11-26T04:00:00.000Z'],
      [true, 'D', 'COMMITMENT_ALLOWED', '2026-11-26T04:05:00.000Z'],
    ]);
    // Another matter of the same application is another check.
    const other = await check([rep(2, { rating: rating('B'), activeMeasures: [] })], 'SZ-SCJG-002', 'APP-0002');
    expect(other.data!._entities[0].creditCheck.id).not.toBe(a.id);
  });

  it('refuses under a punishment measure on the matter, naming the measure, the listing and the legal basis', async () => {
    const result = await check(
      [rep(3, { rating: rating('B'), activeMeasures: [measure('JC-BID-01', 'PUNISHMENT', 'SERIOUS_DISHONESTY', ['BIDDING'])] })],
      'SZ-ZJ-001',
      'APP-0003',
    );
    const c = result.data!._entities[0].creditCheck;
    expect(c.decision).toBe('REFUSED');
    expect(c.reasons[0]).toMatchObject({
      kind: 'PUNISHMENT_MEASURE',
      allows: 'REFUSED',
      measureCode: 'JC-BID-01',
      listingId: 'listing-JC-BID-01',
      listType: 'SERIOUS_DISHONESTY',
      legalBasis: '《关于对失信被执行人实施联合惩戒的合作备忘录》(发改财金〔2016〕141号)',
    });
    expect(c.officerActions[0]).toMatch(/^Refuse the application under 《关于对失信被执行人实施联合惩戒的合作备忘录》/);
    expect(c.measureCodes).toEqual(['JC-BID-01']);
  });

  it('restricts grade C, and under a key attention measure', async () => {
    const result = await check(
      [rep(4, { rating: rating('C'), activeMeasures: [] }), rep(5, { rating: rating('A'), activeMeasures: [measure('JC-LIC-02', 'PUNISHMENT', 'KEY_ATTENTION', ['LICENSING'])] })],
      'SZ-ZJ-001',
      'APP-0004',
    );
    expect(result.data!._entities.map((e: any) => e.creditCheck.decision)).toEqual(['RESTRICTED', 'RESTRICTED']);
    expect(result.data!._entities[1].creditCheck.reasons[0].kind).toBe('PUNISHMENT_MEASURE');
  });

  it('is standard on a matter without facilitation', async () => {
    const result = await check([rep(6, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-003', 'APP-0006');
    expect(result.data!._entities[0].creditCheck.decision).toBe('STANDARD');
  });

  it('stores one check for asks of the same application at the same time, logging every ask and all but one as replays', async () => {
    const asks = await Promise.all(Array.from({ length: 4 }, () => check([rep(60, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0060')));
    expect(asks.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const checks = asks.map((a) => a.data!._entities[0].creditCheck);
    expect(new Set(checks.map((c) => c.id)).size).toBe(1);
    const log = (await check([rep(60, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0060')).data!._entities[0].creditCheck.log;
    expect(log.map((l: any) => l.replay).sort()).toEqual([false, true, true, true, true]);
  });

  it('names a missing input and never gives a green channel: rating null, rating absent, measures absent', async () => {
    const result = await check(
      [rep(7, { rating: null, activeMeasures: [] }), rep(8, { activeMeasures: [] }), rep(9, { rating: rating('A') })],
      'SZ-ZJ-001',
      'APP-0007',
    );
    expect(result.errors).toBeUndefined();
    const [nullRating, absentRating, absentMeasures] = result.data!._entities.map((e: any) => e.creditCheck);
    expect(nullRating).toMatchObject({ decision: 'STANDARD', missingInputs: ['RATING'], grade: null });
    expect(absentRating).toMatchObject({ decision: 'STANDARD', missingInputs: ['RATING'] });
    expect(absentRating.reasons.find((r: any) => r.kind === 'MISSING_INPUT').explanation).toMatch(/ratings subgraph did not answer/);
    expect(absentMeasures).toMatchObject({ decision: 'STANDARD', missingInputs: ['ACTIVE_MEASURES'], measureCodes: null });
    expect(absentMeasures.reasons[0]).toMatchObject({ kind: 'MISSING_INPUT', missingInput: 'ACTIVE_MEASURES', source: 'sanctions: Subject.activeMeasures missing' });
    expect(absentMeasures.log[0].missingInputs).toEqual(['ACTIVE_MEASURES']);
  });

  it('makes 100 checks in one batch with a constant number of SQL statements', async () => {
    const reps = Array.from({ length: 100 }, (_, n) => rep(1000 + n, { rating: rating('A'), activeMeasures: [] }));
    const before = services.database.queries.count;
    const result = await check(reps, 'SZ-SCJG-002', 'APP-BATCH');
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toHaveLength(100);
    // Matters, rules and incentives (read each time here), the checks with their log entries (one
    // statement: no subject here has a broken commitment), then the log field.
    expect(services.database.queries.count - before).toBeLessThanOrEqual(5);
  });

  it('refuses checks to the public and to a caller without purpose; rejects an unknown matter', async () => {
    const publicCall = await check([rep(10, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0010', CITIZEN);
    expect(publicCall.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const noPurpose = await check([rep(10, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-001', 'APP-0010', { ...ZJJ, purpose: null });
    expect(noPurpose.errors![0]!.extensions!.code).toBe('PURPOSE_REQUIRED');
    const unknown = await check([rep(10, { rating: rating('A'), activeMeasures: [] })], 'SZ-NOPE', 'APP-0010');
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'matterCode' });
    const badApp = await check([rep(10, { rating: rating('A'), activeMeasures: [] })], 'SZ-ZJ-001', 'bad id with spaces');
    expect(badApp.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationId' });
  });

  describe('the feedback loop (双反馈)', () => {
    const AWAITING = `query ($d: String, $first: Int, $after: String) { checksAwaitingFeedback(department: $d, first: $first, after: $after) {
      edges { cursor node { id applicationId department } } pageInfo { hasNextPage endCursor } } }`;
    /** Every unanswered check the caller may audit, page by page (checks made at one instant are in id order). */
    async function allAwaiting(caller: typeof ZJJ): Promise<{ id: string; department: string }[]> {
      const nodes: { id: string; department: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await services.query(AWAITING, { first: 100, after }, caller);
        expect(page.errors).toBeUndefined();
        nodes.push(...page.data!.checksAwaitingFeedback.edges.map((e: any) => e.node));
        if (!page.data!.checksAwaitingFeedback.pageInfo.hasNextPage) return nodes;
        after = page.data!.checksAwaitingFeedback.pageInfo.endCursor;
      }
    }
    const FEEDBACK = `mutation ($input: RecordCheckFeedbackInput!) { recordCheckFeedback(input: $input) { check { id feedback { applied reason recordedBy recordedAt } } } }`;

    it('lists unanswered checks for audit, pages them, and drops a check once answered', async () => {
      const made = await check([rep(20, { rating: rating('C'), activeMeasures: [] })], 'SZ-ZJ-002', 'APP-0020');
      const id = made.data!._entities[0].creditCheck.id;

      const mine = await allAwaiting(ZJJ);
      expect(mine.map((node) => node.id)).toContain(id);
      expect(mine.every((node) => node.department === 'ZJJ')).toBe(true);

      const page1 = await services.query(AWAITING, { first: 2 }, CENTRE);
      expect(page1.data!.checksAwaitingFeedback.pageInfo.hasNextPage).toBe(true);
      const page2 = await services.query(AWAITING, { first: 2, after: page1.data!.checksAwaitingFeedback.pageInfo.endCursor }, CENTRE);
      const seen = page1.data!.checksAwaitingFeedback.edges.map((e: any) => e.node.id);
      expect(page2.data!.checksAwaitingFeedback.edges.map((e: any) => e.node.id).some((x: string) => seen.includes(x))).toBe(false);

      const otherDept = await services.query(FEEDBACK, { input: { checkId: id, applied: true } }, SCJGJ);
      expect(otherDept.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      const noReason = await services.query(FEEDBACK, { input: { checkId: id, applied: false } }, ZJJ);
      expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

      const answered = await services.query(FEEDBACK, { input: { checkId: id, applied: false, reason: '申请人已补充完整材料，按一般程序办理' } }, ZJJ);
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.recordCheckFeedback.check.feedback).toEqual({
        applied: false,
        reason: '申请人已补充完整材料，按一般程序办理',
        recordedBy: 'officer-zjj',
        recordedAt: '2026-11-26T04:00:00.000Z',
      });
      const again = await services.query(FEEDBACK, { input: { checkId: id, applied: true } }, ZJJ);
      expect(again.errors![0]!.extensions!.code).toBe('INVALID_TRANSITION');

      expect((await allAwaiting(ZJJ)).map((node) => node.id)).not.toContain(id);
    });

    it('keeps the audit from the public and a department from another department\'s list', async () => {
      expect((await services.query(AWAITING, {}, CITIZEN)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await services.query(AWAITING, { d: 'ZJJ' }, SCJGJ)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect((await services.query(AWAITING, { after: 'nonsense' }, CENTRE)).errors![0]!.extensions!.code).toBe('INVALID_CURSOR');
    });

    it('shows a check by id to its department and the credit centre only', async () => {
      const made = await check([rep(21, { rating: rating('B'), activeMeasures: [] })], 'SZ-ZJ-002', 'APP-0021');
      const id = made.data!._entities[0].creditCheck.id;
      const BY_ID = `query ($id: ID!) { creditCheck(id: $id) { id decision } }`;
      expect((await services.query(BY_ID, { id }, CENTRE)).data!.creditCheck.id).toBe(id);
      expect((await services.query(BY_ID, { id }, SCJGJ)).data!.creditCheck).toBeNull();
    });
  });
});
