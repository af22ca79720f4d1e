/**
 * The Credit profile through the gateway over the five real subgraphs: subjects, records, ratings
 * (an evaluation run seeded offline), sanctions (listings seeded offline) and services. The check's
 * inputs are what ratings and sanctions answered, and its log entry is stored.
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { RatingsSchema } from '@credit/ratings/db';
import { seedEvaluations } from '@credit/ratings/seed';
import type { SanctionsSchema } from '@credit/sanctions/db';
import { seedListingsOffline } from '@credit/sanctions/demoListings';
import type { ServicesSchema } from '@credit/services/db';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedCommitments } from '@credit/services/seed';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { EXAMPLES } from '../src/playground/examples';
import { withTableHeld } from './locks';
import { startSystem, type RunningSystem } from './system';

const SUBJECTS = 200;
const PROFILE = EXAMPLES[0]!;

describe.each(testBackends())('the Credit profile over the five subgraphs on $name', (backend) => {
  let system: RunningSystem;
  let officer: Record<string, string>;
  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    await seedEvaluations(system.subgraph<RatingsSchema>('ratings').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    await seedListingsOffline(system.subgraph<SanctionsSchema>('sanctions').database.db, { subjects: SUBJECTS, seed: DEMO_SEED, share: 0.2 });
    const token = await developmentToken({ sub: 'officer-zjj', dept: 'ZJJ', roles: ['DEPARTMENT'] });
    officer = { authorization: `Bearer ${token}`, purpose: encodeURIComponent('逢办必查') };
  }, 300_000);
  afterAll(() => system?.close());

  const profileOf = (code: string, application: string) => system.query(PROFILE.query, { ...PROFILE.variables, code, application }, officer);

  it('answers the example for the demo company, with every part and a logged check', async () => {
    const result = await profileOf(PROFILE.variables.code as string, 'E2E-REAL-1');
    expect(result.errors).toBeUndefined();
    const profile = result.data!.subjectByCode;
    expect(profile.name).toBe(demoSubject(DEMO_SEED, 0).name);
    expect(profile.recordSummary).toBeDefined();
    expect(profile.rating).not.toBeNull();
    expect(profile.rating.explanation.length).toBeGreaterThan(0);
    expect(Array.isArray(profile.listings)).toBe(true);
    expect(Array.isArray(profile.activeMeasures)).toBe(true);
    expect(Array.isArray(profile.commitments)).toBe(true);
    expect(profile.eligibleIncentives.length).toBeGreaterThan(0);
    const check = profile.creditCheck;
    expect(check.missingInputs).toEqual([]);
    const grade = check.reasons.find((r: any) => r.kind === 'GRADE');
    expect(grade.source).toContain(`grade ${profile.rating.grade} `);
    expect(grade.source).toContain(`model ${profile.rating.modelVersion}`);
    expect(check.log).toEqual([expect.objectContaining({ askedBy: 'officer-zjj', replay: false, decision: check.decision })]);
    const stored = await system.subgraph<ServicesSchema>('services').database.db.query.creditChecks.findFirst({ where: (c, { eq }) => eq(c.id, check.id) });
    expect(stored!.grade).toBe(profile.rating.grade);
    expect(stored!.measureCodes).toEqual(profile.activeMeasures.map((m: any) => m.measure.code));
  });

  it('never gives a listed subject a green channel or a commitment, and names the measures it read', async () => {
    const listed = await system.subgraph<SanctionsSchema>('sanctions').database.db.query.listings.findMany({
      columns: { subjectId: true },
      where: (l, { and, eq, inArray }) => and(eq(l.status, 'ACTIVE'), inArray(l.listType, ['SERIOUS_DISHONESTY', 'KEY_ATTENTION'])),
      limit: 5,
    });
    const ids = new Set(listed.map((r) => r.subjectId));
    const subjects = Array.from({ length: SUBJECTS }, (_, i) => demoSubject(DEMO_SEED, i)).filter((s) => ids.has(s.id));
    expect(subjects.length).toBeGreaterThan(0);
    let checked = 0;
    for (const subject of subjects) {
      const result = await profileOf(subject.code, `E2E-LISTED-${subject.index}`);
      const profile = result.data!.subjectByCode;
      if (!profile?.creditCheck) continue; // a person the department may not profile
      checked++;
      expect(['STANDARD', 'RESTRICTED', 'REFUSED']).toContain(profile.creditCheck.decision);
      expect(profile.creditCheck.reasons.map((r: any) => r.kind)).toContain('LISTING');
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('answers concurrent profiles each with its own subject when their subgraph queries go merged (coalescing)', async () => {
    const coalesced = async () => (await system.gateway.metrics.registry.getSingleMetric('gateway_subgraph_coalesced_total')!.get()).values.reduce((sum, v) => sum + v.value, 0);
    const before = await coalesced();
    const subjects = Array.from({ length: 12 }, (_, i) => demoSubject(DEMO_SEED, i * 10 + 1));
    // On PostgreSQL the ratings table is locked until the profiles' rating queries have piled up and
    // gone merged, so that they overlap however fast the machine answers.
    const results = await withTableHeld(
      backend.name === 'pglite' ? null : system.subgraph<RatingsSchema>('ratings').database.db,
      'ratings.evaluation',
      () => Promise.all(subjects.map((s) => profileOf(s.code, `E2E-CONCURRENT-${s.index}`))),
      async () => expect(await coalesced()).toBeGreaterThan(before),
    );
    expect(await coalesced()).toBeGreaterThan(before);
    const services = system.subgraph<ServicesSchema>('services').database.db;
    // Every operation's access-log entry names its own subject (and may name others of that caller's batch, never fewer).
    const entries = await system.subgraph<SubjectsSchema>('subjects').database.db.query.subjectAccess.findMany({
      where: (a, { eq }) => eq(a.callerId, 'officer-zjj'),
    });
    for (const subject of subjects) expect(entries.some((e) => e.operationName === 'CreditProfile' && e.subjectIds.includes(subject.id))).toBe(true);
    for (const [i, result] of results.entries()) {
      expect(result.errors).toBeUndefined();
      const profile = result.data!.subjectByCode;
      expect(profile.name).toBe(subjects[i]!.name);
      // The same answer as the subject's profile asked alone, and a check stored for this subject.
      const alone = (await profileOf(subjects[i]!.code, `E2E-CONCURRENT-${subjects[i]!.index}`)).data!.subjectByCode;
      expect({ ...profile, creditCheck: null }).toEqual({ ...alone, creditCheck: null });
      expect(alone.creditCheck.id).toBe(profile.creditCheck.id);
      const stored = await services.query.creditChecks.findFirst({ where: (c, { eq }) => eq(c.id, profile.creditCheck.id) });
      expect(stored!.subjectId).toBe(subjects[i]!.id);
      expect(stored!.applicationId).toBe(`E2E-CONCURRENT-${subjects[i]!.index}`);
    }
  });

  it('calls services once per profile: the commitments go with the check, answered as when asked alone', async () => {
    const services = system.subgraph<ServicesSchema>('services').database.db;
    await seedCommitments(services, { count: SUBJECTS, seed: DEMO_SEED });
    const committed = new Set((await services.query.commitments.findMany({ columns: { subjectId: true } })).map((c) => c.subjectId));
    const subject = Array.from({ length: SUBJECTS }, (_, i) => demoSubject(DEMO_SEED, i)).find((s) => committed.has(s.id))!;
    const servicesCalls = async () =>
      (await system.gateway.metrics.registry.getSingleMetric('gateway_subgraph_requests_total')!.get()).values
        .filter((v) => v.labels.subgraph === 'services')
        .reduce((sum, v) => sum + v.value, 0);
    const before = await servicesCalls();
    const result = await system.query(
      PROFILE.query,
      { ...PROFILE.variables, code: subject.code, application: 'E2E-FOLDED' },
      { ...officer, 'apollo-query-plan-experimental': '1' },
    );
    expect(result.errors).toBeUndefined();
    expect(await servicesCalls()).toBe(before + 1);
    expect((result.extensions!.__queryPlanExperimental as string).match(/Fetch\(service: "services"\)/g)).toHaveLength(1);
    const alone = await system.query('query ($code: String!) { subjectByCode(code: $code) { commitments { id kind status text deadline department } } }', { code: subject.code }, officer);
    expect(alone.data!.subjectByCode.commitments.length).toBeGreaterThan(0);
    expect(result.data!.subjectByCode.commitments).toEqual(alone.data!.subjectByCode.commitments);
    expect(result.data!.subjectByCode.creditCheck.missingInputs).toEqual([]);
  });

  it('with ratings down: the grade is missing, named, and the check is not green', async () => {
    await system.subgraphs.ratings!.stop();
    const result = await profileOf(PROFILE.variables.code as string, 'E2E-REAL-RATINGS-DOWN');
    expect(result.errors!.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'ratings')).toBe(true);
    const profile = result.data!.subjectByCode;
    expect(profile.rating).toBeNull();
    expect(profile.creditCheck.missingInputs).toEqual(['RATING']);
    // The commitments, asked in the same services call as the check, are answered all the same.
    expect(Array.isArray(profile.commitments)).toBe(true);
    expect(profile.creditCheck.decision).not.toBe('GREEN_CHANNEL');
    expect(profile.creditCheck.decision).not.toBe('COMMITMENT_ALLOWED');
    expect(profile.eligibleIncentives.every((e: any) => !e.eligible && e.failed.some((f: any) => f.rule.kind === 'MINIMUM_GRADE'))).toBe(true);
  });
});
