import type { Caller } from '@credit/kit';
import { startSubgraph, type RunningSubgraph } from '@credit/kit/testing';
import { testBackends } from '@credit/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { schema } from '../src/db/schema';
import type { Evaluator } from '../src/evaluation/evaluator';
import { subgraph } from '../src/server';
import { CLEAN, MemoryReader, population } from './fixtures';

const CENTRE: Caller = { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '评价', subjectId: null };
const SCJGJ: Caller = { id: 'officer-1', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '行业评价', subjectId: null };
const AGENCY: Caller = { id: 'agency-1', department: 'XYFW-001', roles: ['AGENCY'], purpose: '市场评价', subjectId: null };
const GONE_AGENCY: Caller = { ...AGENCY, department: 'XYFW-009' };
const PUBLIC: Caller = { id: 'anonymous', department: null, roles: ['PUBLIC'], purpose: null, subjectId: null };

// Subject 0 is on the serious dishonesty list; subject 1 is clean; subject 2 has general penalties.
const subjects = population(40, (i) => (i === 0 ? { ...CLEAN, seriousDishonestyListings: 1 } : i === 2 ? { ...CLEAN, generalPenalties: 3 } : CLEAN));
const [listed, clean, penalised] = subjects.map((s) => s.id) as [string, string, string];
const selfCaller = (subjectId: string): Caller => ({ id: 'legal-person', department: null, roles: ['SUBJECT'], purpose: '查询本企业信用', subjectId });

const RATING = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id rating { grade score publicGrade explanation { indicator value contribution unknown } industryRatings { industry grade } marketRatings { grade agency { code } } } } } }`;

describe.each(testBackends())('ratings API on $name', (backend) => {
  let running: RunningSubgraph<typeof schema>;
  let evaluator: Evaluator;
  const rating = async (id: string, caller: Caller = SCJGJ) => running.query(RATING, { r: [{ __typename: 'Subject', id }] }, caller);
  const evaluate = async (asOf: string) => {
    const result = await running.query(`mutation ($i: RunEvaluationInput!) { runEvaluation(input: $i) { run { id status } resumed } }`, { i: { asOf } }, CENTRE);
    expect(result.errors).toBeUndefined();
    const done = await evaluator.idle();
    expect(done?.status).toBe('COMPLETED');
  };

  beforeAll(async () => {
    running = await startSubgraph(subgraph, backend, {
      options: { reader: () => new MemoryReader(subjects), clock: () => new Date('2026-11-25T02:00:00Z'), onProgress: () => {}, onEvaluator: (e) => (evaluator = e) },
    });
    await evaluate('2026-11-01');
  });
  afterAll(() => running?.close());

  it('names credit service agencies by registry code as entities, to anyone, in one statement; null for a code it does not have', async () => {
    const before = running.database.queries.count;
    const result = await running.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on CreditAgency { code name status } } }`,
      { r: ['XYFW-002', 'XYFW-404', 'XYFW-001', 'XYFW-009'].map((code) => ({ __typename: 'CreditAgency', code })) },
      PUBLIC,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { code: 'XYFW-002', name: '海峡征信服务有限公司', status: 'ACTIVE' },
      null,
      { code: 'XYFW-001', name: '示范信用评级有限公司', status: 'ACTIVE' },
      { code: 'XYFW-009', name: '已注销信用服务有限公司', status: 'DEREGISTERED' },
    ]);
    expect(running.database.queries.count - before).toBe(1);

    const malformed = await running.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on CreditAgency { name } } }`, { r: [{ __typename: 'CreditAgency' }, { __typename: 'CreditAgency', code: 7 }] }, PUBLIC);
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data!._entities).toEqual([null, null]);
  });

  it('refuses runs to anyone but the credit centre', async () => {
    const result = await running.query(`mutation { runEvaluation(input: {}) { run { id } } }`, {}, SCJGJ);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('shows a rating to departments and to the subject itself, never to the public or another subject', async () => {
    const officer = await rating(clean);
    expect(officer.data!._entities[0].rating).toMatchObject({ grade: 'A', score: 90 });
    const own = await rating(clean, selfCaller(clean));
    expect(own.data!._entities[0].rating.grade).toBe('A');
    for (const caller of [PUBLIC, selfCaller(listed)]) {
      const refused = await rating(clean, caller);
      expect(refused.data!._entities[0].rating).toBeNull();
      expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('accepts industry ratings per row, and no industry rating lifts a seriously dishonest subject', async () => {
    const submit = `mutation ($i: SubmitIndustryRatingsInput!) { submitIndustryRatings(input: $i) { accepted rejected results { index rating { id grade } error { code field } } } }`;
    const row = (subjectId: string, grade: string) => ({ subjectId, industry: '食品生产', grade, validFrom: '2026-01-01', validTo: '2027-12-31', basis: '食品生产企业信用分级 2026' });
    const result = await running.query(
      submit,
      { i: { ratings: [row(listed, 'A'), row(penalised, 'A'), { ...row(clean, 'A'), validTo: '2025-01-01' }, row('not-an-id', 'A'), row(listed, 'A')] } },
      SCJGJ,
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitIndustryRatings;
    expect(payload).toMatchObject({ accepted: 2, rejected: 3 });
    expect(payload.results.map((r: { error: { code: string } | null }) => r.error?.code ?? null)).toEqual([null, null, 'INVALID_DATE_RANGE', 'INVALID_SUBJECT_ID', 'DUPLICATE_RATING']);
    const forOther = await running.query(submit, { i: { department: 'STHJJ', ratings: [row(clean, 'B')] } }, SCJGJ);
    expect(forOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // The credit centre acts for a department of the directory only.
    const forNobody = await running.query(submit, { i: { department: 'STHJ', ratings: [row(clean, 'B')] } }, CENTRE);
    expect(forNobody.errors![0]!.extensions).toMatchObject({ code: 'UNKNOWN_DEPARTMENT', field: 'department' });

    await evaluate('2026-11-20');
    const dishonest = (await rating(listed)).data!._entities[0].rating;
    expect(dishonest.grade).toBe('D');
    expect(dishonest.industryRatings).toEqual([{ industry: '食品生产', grade: 'A' }]);
    expect(dishonest.explanation.map((l: { indicator: string }) => l.indicator)).toContain('RULE:SERIOUS_DISHONESTY_IS_D');
    const lifted = (await rating(penalised)).data!._entities[0].rating;
    // Public 78 (B); industry A (95) at weight 0.2: (0.7 × 78 + 0.2 × 95) / 0.9 = 81.78.
    expect(lifted).toMatchObject({ publicGrade: 'B', grade: 'B', score: 81.78 });
    expect(lifted.explanation.find((l: { indicator: string }) => l.indicator === 'INDUSTRY_RATINGS')).toMatchObject({ value: 95, contribution: 3.78 });
  });

  it('accepts market ratings only from registered, active agencies', async () => {
    const submit = `mutation ($i: SubmitMarketRatingsInput!) { submitMarketRatings(input: $i) { accepted results { error { code } } } }`;
    const ratings = [{ subjectId: clean, grade: 'A', validFrom: '2026-01-01', validTo: '2026-12-31', basis: '示范评级报告 2026-017' }];
    expect((await running.query(submit, { i: { ratings } }, AGENCY)).data!.submitMarketRatings.accepted).toBe(1);
    expect((await running.query(submit, { i: { ratings } }, GONE_AGENCY)).errors![0]!.extensions!.code).toBe('AGENCY_NOT_ACTIVE');
    expect((await running.query(submit, { i: { ratings } }, SCJGJ)).errors![0]!.extensions!.code).toBe('UNKNOWN_AGENCY');
    expect((await running.query(submit, { i: { ratings } }, { ...AGENCY, department: 'XYFW-404' })).errors![0]!.extensions!.code).toBe('UNKNOWN_AGENCY');
    // An agency's code under a government role is not an agency (the gateway refuses such a token too).
    expect((await running.query(submit, { i: { ratings } }, { ...AGENCY, roles: ['DEPARTMENT'] })).errors![0]!.extensions!.code).toBe('UNKNOWN_AGENCY');
  });

  it('keeps a history of evaluations, newest first, each naming its model version', async () => {
    const result = await running.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { ratingHistory(first: 5) { asOf grade modelVersion } } } }`,
      { r: [{ __typename: 'Subject', id: listed }] },
      CENTRE,
    );
    expect(result.data!._entities[0].ratingHistory).toEqual([
      { asOf: '2026-11-20', grade: 'D', modelVersion: 'PCE-2026.1' },
      { asOf: '2026-11-01', grade: 'D', modelVersion: 'PCE-2026.1' },
    ]);
  });

  it('validates draws and publishes plans without grades or natural persons to the public', async () => {
    const draw = `mutation ($i: DrawInspectionPlanInput!) { drawInspectionPlan(input: $i) { plan { id } shortfalls } }`;
    const pool = [{ id: 'I1' }, { id: 'I2' }, { id: 'I3', conflicts: [clean] }];
    const bad = await running.query(draw, { i: { period: '2026-13', seed: 'short', inspectorPool: pool } }, SCJGJ);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const ok = await running.query(draw, { i: { period: '2026-Q4', seed: 'seed-2026-Q4-0001', inspectorPool: pool } }, SCJGJ);
    expect(ok.errors).toBeUndefined();
    const id = ok.data!.drawInspectionPlan.plan.id;
    const plan = `query ($id: ID!) { inspectionPlan(id: $id) { strata { grade } items(first: 500) { nodes { subject { id } grade inspectors } } } }`;
    const seen = await running.query(plan, { id }, PUBLIC);
    const nodes = seen.data!.inspectionPlan.items.nodes as { subject: { id: string } | null; grade: string | null; inspectors: string[] }[];
    expect(seen.data!.inspectionPlan.strata).toEqual([]);
    expect(nodes.every((n) => n.grade === null)).toBe(true);
    const people = new Set(subjects.filter((s) => s.kind === 'NATURAL_PERSON').map((s) => s.id));
    const officer = (await running.query(plan, { id }, SCJGJ)).data!.inspectionPlan.items.nodes as typeof nodes;
    officer.forEach((n, i) => {
      if (people.has(n.subject!.id)) expect(nodes[i]!.subject).toBeNull();
      else expect(nodes[i]!.subject).toEqual(n.subject);
      if (n.subject!.id === clean) expect(n.inspectors).not.toContain('I3');
    });
    const verified = await running.query(`query ($id: ID!) { verifyInspectionPlan(id: $id) { matches differenceCount } }`, { id }, PUBLIC);
    expect(verified.data!.verifyInspectionPlan).toEqual({ matches: true, differenceCount: 0 });
  });
});
