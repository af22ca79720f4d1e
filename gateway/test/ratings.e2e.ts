import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { RatingsSchema } from '@credit/ratings/db';
import type { RecordsSchema } from '@credit/records/db';
import { seedRecords } from '@credit/records/seed';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { startSystem, type RunningSystem } from './system';

const SUBJECTS = 300;
const registered = new Set(SUBGRAPHS.map((s) => s.name));

/** The run's lookback: the model's 3 years before its date (2026-11-20). */
const LOOKBACK_SINCE = '2023-11-20';

const PROFILE = `query ($code: String!) { subjectByCode(code: $code) { id name
  recordSummary(since: "${LOOKBACK_SINCE}") { penaltiesByTier { tier count } byCategory { category count } }
  ${registered.has('sanctions') ? 'listings(activeOnly: true) { listType status }' : ''}
  rating { grade score publicScore modelVersion evaluatedAt
    explanation { indicator name value contribution unknown note } industryRatings { industry grade } marketRatings { grade } } } }`;

async function bearer(claims: Record<string, unknown>, purpose = 'ratings e2e') {
  return { authorization: `Bearer ${await developmentToken(claims as never)}`, purpose };
}

describe.each(testBackends())('ratings through the gateway on $name', (backend) => {
  let system: RunningSystem;
  let centre: Record<string, string>;
  let department: Record<string, string>;
  let runId: string;

  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    await seedRecords(system.subgraph<RecordsSchema>('records').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    centre = await bearer({ sub: 'centre-1', dept: 'XYZX', roles: ['CREDIT_CENTRE'] });
    department = await bearer({ sub: 'officer-scjg', dept: 'SCJGJ', roles: ['DEPARTMENT'] });

    const started = await system.query(`mutation ($input: RunEvaluationInput!) { runEvaluation(input: $input) { run { id status } resumed } }`, { input: { asOf: '2026-11-20' } }, centre);
    expect(started.errors).toBeUndefined();
    runId = started.data!.runEvaluation.run.id;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const run = await system.query(`query ($id: ID!) { evaluationRun(id: $id) { status subjectsDone unknownInputs error current } }`, { id: runId }, centre);
      const status = run.data?.evaluationRun?.status;
      if (status === 'COMPLETED') break;
      if (status === 'FAILED' || Date.now() > deadline) throw new Error(`run ended ${JSON.stringify(run)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  afterAll(() => system?.close());

  it('evaluates every subject read through the gateway, page by page', async () => {
    const run = await system.query(`query ($id: ID!) { evaluationRun(id: $id) { subjectsDone unknownInputs inputNotes { source note } current } }`, { id: runId }, centre);
    expect(run.data!.evaluationRun).toMatchObject({ subjectsDone: SUBJECTS, current: true });
    // A subgraph not in this supergraph leaves its inputs unknown, never good; every composed one is
    // read (its page query within the gateway's limits).
    const absent = ['sanctions', 'services'].filter((name) => !registered.has(name));
    expect([...run.data!.evaluationRun.unknownInputs].sort()).toEqual(absent);
    // Penalties are counted over the model's lookback (records' dated summary), not all records.
    expect(run.data!.evaluationRun.inputNotes.find((n: { source: string }) => n.source === 'records')).toBeUndefined();
  });

  it('returns a rating with its explanation in the profile, consistent with the records summary', async () => {
    const db = system.subgraph<RecordsSchema>('records').database.db;
    const [row] = await db.query.creditRecords.findMany({
      where: (r, { and, eq }) => and(eq(r.category, 'ADMINISTRATIVE_PENALTY'), eq(r.status, 'ACTIVE')),
      columns: { subjectId: true },
      limit: 1,
    });
    const subject = Array.from({ length: SUBJECTS }, (_, i) => demoSubject(DEMO_SEED, i)).find((s) => s.id === row!.subjectId)!;
    const result = await system.query(PROFILE, { code: subject.code }, department);
    expect(result.errors).toBeUndefined();
    const profile = result.data!.subjectByCode;
    const rating = profile.rating;
    expect(rating.modelVersion).toBe('PCE-2026.1');
    const line = (code: string) => rating.explanation.find((l: { indicator: string }) => l.indicator === code);
    const tier = (name: string) => profile.recordSummary.penaltiesByTier.find((t: { tier: string }) => t.tier === name)?.count ?? 0;
    expect(line('SERIOUS_PENALTIES').value).toBe(tier('SERIOUS'));
    expect(line('GENERAL_PENALTIES').value).toBe(tier('GENERAL'));
    if (registered.has('sanctions')) {
      const listed = profile.listings.filter((l: { listType: string; status: string }) => l.listType === 'SERIOUS_DISHONESTY' && l.status === 'ACTIVE');
      expect(line('SERIOUS_DISHONESTY_LISTINGS')).toMatchObject({ value: listed.length, unknown: false });
    } else {
      expect(line('SERIOUS_DISHONESTY_LISTINGS')).toMatchObject({ value: null, unknown: true });
    }
    // Base plus contributions is the public score; unknown inputs keep the grade at B or worse.
    const sum = rating.explanation.filter((l: { indicator: string }) => !l.indicator.startsWith('RULE:')).reduce((a: number, l: { contribution: number }) => a + l.contribution, 0);
    expect(sum).toBeCloseTo(rating.publicScore, 1);
    if (!registered.has('services')) expect(['B', 'C', 'D']).toContain(rating.grade);
    // With services composed, its commitments are read on every page (the page query stays within
    // the gateway's cap on nested page sizes), so they are known.
    else expect(line('BROKEN_COMMITMENTS')).toMatchObject({ unknown: false });
  });

  it('shows ratings to government callers and the subject itself, not to the public', async () => {
    const subject = demoSubject(DEMO_SEED, 1);
    const anonymous = await system.query(PROFILE.replace(`recordSummary(since: "${LOOKBACK_SINCE}") { penaltiesByTier { tier count } byCategory { category count } }`, ''), { code: subject.code });
    expect(anonymous.data?.subjectByCode?.rating ?? null).toBeNull();
    expect(anonymous.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('takes market ratings from an agency signed in as AGENCY, which reads ratings no more than the public', async () => {
    const subject = demoSubject(DEMO_SEED, 2);
    const id = (await system.query(`query ($code: String!) { subjectByCode(code: $code) { id } }`, { code: subject.code }, centre)).data!.subjectByCode.id;
    const submit = `mutation ($i: SubmitMarketRatingsInput!) { submitMarketRatings(input: $i) { accepted } }`;
    const ratings = [{ subjectId: id, grade: 'A', validFrom: '2026-01-01', validTo: '2026-12-31', basis: '示范评级报告 2026-018' }];
    const agency = await bearer({ sub: 'agency-1', dept: 'XYFW-001', roles: ['AGENCY'] }, encodeURIComponent('市场评价'));
    expect((await system.query(submit, { i: { ratings } }, agency)).data!.submitMarketRatings.accepted).toBe(1);

    const read = await system.query(`query ($code: String!) { subjectByCode(code: $code) { name rating { grade } } }`, { code: subject.code }, agency);
    expect(read.data!.subjectByCode.name).toBeTruthy();
    expect(read.data!.subjectByCode.rating).toBeNull();
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);

    // An agency the registry does not have may still read what the public reads; the log keeps its code.
    const unregistered = await bearer({ sub: 'agency-x', dept: 'XYFW-404', roles: ['AGENCY'] }, encodeURIComponent('市场评价'));
    expect((await system.query(`query ($code: String!) { subjectByCode(code: $code) { name } }`, { code: subject.code }, unregistered)).errors).toBeUndefined();

    // The subject's access log names the agency that read, its name from the ratings subgraph's registry.
    const log = await system.query(`query ($id: ID!) { subject(id: $id) { accessLog(first: 20) { roles department departmentName agency { code name } } } }`, { id }, centre);
    expect(log.errors).toBeUndefined();
    const entries = log.data!.subject.accessLog as { roles: string[]; department: string | null; departmentName: string | null; agency: { code: string; name: string } | null }[];
    expect(entries.filter((e) => e.roles.includes('AGENCY'))).toContainEqual({ roles: ['AGENCY'], department: 'XYFW-001', departmentName: null, agency: { code: 'XYFW-001', name: '示范信用评级有限公司' } });
    expect(entries.filter((e) => e.department === 'XYFW-404')).toEqual([{ roles: ['AGENCY'], department: 'XYFW-404', departmentName: null, agency: null }]);
    const others = entries.filter((e) => !e.roles.includes('AGENCY'));
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((e) => e.agency)).toEqual(others.map(() => null));

    // The agency's code under a government role, as tokens were issued before the AGENCY role: refused at the door.
    const asDepartment = await system.query(submit, { i: { ratings } }, await bearer({ sub: 'agency-1', dept: 'XYFW-001', roles: ['DEPARTMENT'] }));
    expect(asDepartment.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/departments directory/) });
  });

  it('draws a plan through the gateway that verifies, and gives analysts the grade distribution', async () => {
    const drawn = await system.query(
      `mutation ($input: DrawInspectionPlanInput!) { drawInspectionPlan(input: $input) { plan { id candidates digest strata { grade candidates drawn } items(first: 5) { nodes { grade inspectors } } } shortfalls } }`,
      { input: { period: '2026-Q4', seed: '2026-11-20 福彩3D 581', inspectorPool: [{ id: 'A1' }, { id: 'A2' }, { id: 'A3' }] } },
      department,
    );
    expect(drawn.errors).toBeUndefined();
    const plan = drawn.data!.drawInspectionPlan.plan;
    expect(plan.candidates).toBe(SUBJECTS);
    const verified = await system.query(`query ($id: ID!) { verifyInspectionPlan(id: $id) { matches recomputedDigest } }`, { id: plan.id });
    expect(verified.data!.verifyInspectionPlan).toEqual({ matches: true, recomputedDigest: plan.digest });

    const analyst = await bearer({ sub: 'analyst-1', dept: 'TJJ', roles: ['ANALYST'] });
    const distribution = await system.query(`{ gradeDistribution(groupBy: REGION) { key total grades { grade count } } }`, {}, analyst);
    expect(distribution.errors).toBeUndefined();
    expect(distribution.data!.gradeDistribution.reduce((n: number, g: { total: number }) => n + g.total, 0)).toBe(SUBJECTS);
  });
});
