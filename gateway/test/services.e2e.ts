/**
 * The credit check through the gateway: the portal sends one query, the gateway fetches the grade
 * (ratings) and the active measures (sanctions) and hands them to services through @requires.
 * Ratings and sanctions are contract stubs here (see contractStubs.ts); subjects, records and
 * services are the real subgraphs.
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { ServicesSchema } from '@credit/services/db';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { EXAMPLES } from '../src/playground/examples';
import type { StubMeasure, StubRating } from './contractStubs';
import { startGateway, type TestGateway } from './gateway';
import { startServicesSystem, type ServicesSystem } from './servicesSystem';

const CHECK = `query Check($code: String!, $matter: String!, $app: String!) { subjectByCode(code: $code) { id name rating { grade }
  creditCheck(matterCode: $matter, applicationId: $app) { id decision missingInputs officerActions grade measureCodes
    reasons { kind allows explanation source officerAction measureCode legalBasis listingId missingInput }
    log { askedBy replay missingInputs decision } } } }`;

const companies = Array.from({ length: 20 }, (_, i) => demoSubject(DEMO_SEED, i)).filter((s) => s.code.startsWith('91'));

const BIDDING_BAN: StubMeasure = {
  code: 'JC-ZB-01',
  name: '限制参与招标投标',
  effect: 'PUNISHMENT',
  legalBasis: '《招标投标法实施条例》第六十七条；发改财金〔2016〕141号',
  matters: ['BIDDING', 'GOVERNMENT_PROCUREMENT'],
  listType: 'SERIOUS_DISHONESTY',
  department: 'FY',
};

describe.each(testBackends())('the credit check through the gateway on $name', (backend) => {
  let system: ServicesSystem;
  let officer: Record<string, string>;
  const [good, listed, unrated] = companies;
  beforeAll(async () => {
    const ratings = new Map<string, StubRating>([
      [good!.id, { grade: 'A', score: 93.5 }],
      [listed!.id, { grade: 'C', score: 52 }],
    ]);
    const measures = new Map<string, StubMeasure[]>([[listed!.id, [BIDDING_BAN]]]);
    system = await startServicesSystem(backend, { ratings, measures });
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
    const token = await developmentToken({ sub: 'officer-zjj', dept: 'ZJJ', roles: ['DEPARTMENT'] });
    officer = { authorization: `Bearer ${token}`, purpose: encodeURIComponent('逢办必查') };
  });
  afterAll(() => system?.close());

  it('answers the Credit profile example from all five subgraphs, and logs the check', async () => {
    const example = EXAMPLES[0]!;
    expect(example.query).toMatch(/^# .*\nquery CreditProfile\(/s);
    const result = await system.query(example.query, { ...example.variables, code: good!.code, application: 'E2E-PROFILE-1' }, officer);
    expect(result.errors).toBeUndefined();
    const profile = result.data!.subjectByCode;
    expect(profile).toMatchObject({ name: good!.name, creditCode: good!.code, kind: 'ENTERPRISE' });
    expect(profile.recordSummary.total).toBe(0);
    expect(profile.rating).toMatchObject({ grade: 'A', score: 93.5, modelVersion: 'GB45255-2025/v1' });
    expect(profile.rating.explanation).toHaveLength(2);
    expect(profile.listings).toEqual([]);
    expect(profile.activeMeasures).toEqual([]);
    expect(profile.commitments).toEqual([]);
    expect(profile.eligibleIncentives.find((e: any) => e.incentive.name === '信易批').eligible).toBe(true);
    const check = profile.creditCheck;
    expect(check).toMatchObject({ decision: 'GREEN_CHANNEL', missingInputs: [] });
    expect(check.reasons.find((r: any) => r.kind === 'GRADE').source).toBe(
      'ratings: grade A (score 93.5), model GB45255-2025/v1, evaluated 2026-11-01T00:00:00.000Z',
    );
    const logged = await system.subgraph<ServicesSchema>('services').database.db.query.creditCheckLog.findMany({ where: (log, { eq }) => eq(log.checkId, check.id) });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ callerId: 'officer-zjj', department: 'ZJJ', purpose: '逢办必查', replay: false, decision: 'GREEN_CHANNEL' });
    expect(logged[0]!.inputs).toMatchObject({ ratingState: 'PRESENT', measuresState: 'PRESENT', rating: { grade: 'A' }, activeMeasures: [] });
  });

  it('refuses a listed subject on a bidding matter, naming the measure, the listing and the legal basis', async () => {
    const result = await system.query(CHECK, { code: listed!.code, matter: 'SZ-ZJ-001', app: 'E2E-2' }, officer);
    expect(result.errors).toBeUndefined();
    const check = result.data!.subjectByCode.creditCheck;
    expect(check.decision).toBe('REFUSED');
    expect(check.measureCodes).toEqual(['JC-ZB-01']);
    expect(check.reasons[0]).toMatchObject({ kind: 'PUNISHMENT_MEASURE', measureCode: 'JC-ZB-01', legalBasis: BIDDING_BAN.legalBasis });
    expect(check.reasons[0].listingId).toMatch(/^listing-/);
  });

  it('gives no green channel to an unrated subject (rating null), and names the grade as missing', async () => {
    const result = await system.query(CHECK, { code: unrated!.code, matter: 'SZ-ZJ-001', app: 'E2E-3' }, officer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.subjectByCode.rating).toBeNull();
    expect(result.data!.subjectByCode.creditCheck).toMatchObject({ decision: 'STANDARD', missingInputs: ['RATING'] });
  });

  it('returns the same check for a retried application, and logs both asks', async () => {
    const first = await system.query(CHECK, { code: good!.code, matter: 'SZ-SCJG-002', app: 'E2E-RETRY' }, officer);
    const retry = await system.query(CHECK, { code: good!.code, matter: 'SZ-SCJG-002', app: 'E2E-RETRY' }, officer);
    expect(retry.data!.subjectByCode.creditCheck.id).toBe(first.data!.subjectByCode.creditCheck.id);
    expect(retry.data!.subjectByCode.creditCheck.log.map((l: any) => l.replay)).toEqual([false, true]);
  });

  it('closes the feedback loop: the check awaits feedback until the officer answers', async () => {
    const made = await system.query(CHECK, { code: listed!.code, matter: 'SZ-ZJ-003', app: 'E2E-FEEDBACK' }, officer);
    const id = made.data!.subjectByCode.creditCheck.id;
    const AWAITING = `{ checksAwaitingFeedback(first: 100) { edges { node { id decision } } } }`;
    const before = await system.query(AWAITING, {}, officer);
    expect(before.data!.checksAwaitingFeedback.edges.map((e: any) => e.node.id)).toContain(id);
    const answered = await system.query(
      `mutation ($input: RecordCheckFeedbackInput!) { recordCheckFeedback(input: $input) { check { id feedback { applied reason } } } }`,
      { input: { checkId: id, applied: true, reason: '已依法不予受理投标备案' } },
      officer,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.recordCheckFeedback.check.feedback).toEqual({ applied: true, reason: '已依法不予受理投标备案' });
    const after = await system.query(AWAITING, {}, officer);
    expect(after.data!.checksAwaitingFeedback.edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  it("shows an organisation's commitments to the public, made by a department through the gateway", async () => {
    const made = await system.query(
      `mutation ($input: MakeCommitmentInput!) { makeCommitment(input: $input) { commitment { id status madeBy } } }`,
      { input: { subjectId: good!.id, matterCode: 'SZ-ZJ-001', kind: 'REPLACES_APPROVAL', templateCode: 'TPL-ZJ-001-A' } },
      officer,
    );
    expect(made.errors).toBeUndefined();
    const seen = await system.query(`query ($code: String!) { subjectByCode(code: $code) { commitments { id kind status } } }`, { code: good!.code });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.subjectByCode.commitments).toEqual([{ id: made.data!.makeCommitment.commitment.id, kind: 'REPLACES_APPROVAL', status: 'PENDING' }]);
  });

  describe('with a subgraph down', () => {
    let gateway: TestGateway;
    const dead = 'http://127.0.0.1:9/graphql';
    const through = async (down: 'ratings' | 'sanctions', code: string, app: string) => {
      gateway = await startGateway({
        supergraphPath: system.supergraphPath,
        subgraphUrls: {
          subjects: system.subgraphs.subjects!.url,
          records: system.subgraphs.records!.url,
          ratings: down === 'ratings' ? dead : system.ratings.url,
          sanctions: down === 'sanctions' ? dead : system.sanctions.url,
          services: system.subgraphs.services!.url,
        },
      });
      try {
        return await gateway.query(CHECK, { code, matter: 'SZ-ZJ-001', app }, officer);
      } finally {
        await gateway.close();
      }
    };

    it('ratings down: the grade arrives null, the check names it and gives no green channel', async () => {
      const result = await through('ratings', good!.code, 'E2E-RATINGS-DOWN');
      expect(result.errors!.map((e) => [e.extensions!.code, e.extensions!.subgraph])).toEqual([['SUBGRAPH_UNAVAILABLE', 'ratings']]);
      const subject = result.data!.subjectByCode;
      expect(subject.rating).toBeNull();
      const check = subject.creditCheck;
      expect(check.decision).not.toBe('GREEN_CHANNEL');
      expect(check).toMatchObject({ decision: 'STANDARD', missingInputs: ['RATING'], grade: null });
      const missing = check.reasons.find((r: any) => r.kind === 'MISSING_INPUT');
      expect(missing).toMatchObject({ missingInput: 'RATING', source: 'ratings: Subject.rating missing' });
      expect(check.officerActions).toContain('Process with the full materials; ask the credit centre for the grade before granting any facilitation');
      expect(check.log).toEqual([{ askedBy: 'officer-zjj', replay: false, missingInputs: ['RATING'], decision: 'STANDARD' }]);
    });

    it('sanctions down: the measures arrive null; a grade A subject gets neither a green channel nor a commitment', async () => {
      const result = await through('sanctions', good!.code, 'E2E-SANCTIONS-DOWN');
      expect(result.errors!.map((e) => e.extensions!.subgraph)).toEqual(['sanctions']);
      const check = result.data!.subjectByCode.creditCheck;
      expect(check).toMatchObject({ decision: 'STANDARD', missingInputs: ['ACTIVE_MEASURES'], grade: 'A', measureCodes: null });
      expect(check.reasons[0]).toMatchObject({ kind: 'MISSING_INPUT', missingInput: 'ACTIVE_MEASURES' });
    });

    it('sanctions down: a listed subject is not waved through either (its grade C still restricts)', async () => {
      const result = await through('sanctions', listed!.code, 'E2E-SANCTIONS-DOWN-2');
      expect(result.data!.subjectByCode.creditCheck).toMatchObject({ decision: 'RESTRICTED', missingInputs: ['ACTIVE_MEASURES'] });
    });
  });
});
