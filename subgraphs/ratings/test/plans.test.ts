import { testBackends } from '@credit/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionItems, inspectionPlans, jointInspections } from '../src/db/schema';
import { runEvaluation } from '../src/evaluation/run';
import { draw } from '../src/inspection/draw';
import { drawPlan, loadStrata, mergeJointInspections, recordResults, verifyPlan } from '../src/inspection/plans';
import { DEFAULT_SAMPLING } from '../src/model/defaults';
import { CLEAN, MemoryReader, freshDatabase, population } from './fixtures';

const INSPECTORS = Array.from({ length: 8 }, (_, i) => ({ id: `SCJG-${i}`, conflicts: [] as string[] }));
const NOW = new Date('2026-11-20T02:00:00Z');

describe.each(testBackends())('inspection plans on $name', (backend) => {
  let fixture: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fixture = await freshDatabase(backend);
    // A mix of grades: every 5th subject has penalties, every 20th is seriously dishonest.
    const subjects = population(3000, (i) =>
      i % 20 === 0 ? { ...CLEAN, seriousDishonestyListings: 1 } : i % 5 === 0 ? { ...CLEAN, generalPenalties: 5 } : CLEAN,
    );
    await runEvaluation(fixture.database.db, new MemoryReader(subjects), { asOf: '2026-11-01', startedBy: 'test' });
  });
  afterAll(() => fixture?.close());

  const request = (seed: string, department = 'SCJGJ') => ({
    department,
    period: '2026-Q4',
    scope: { industryPrefix: null, regionPrefix: '35', kinds: null },
    inspectors: INSPECTORS,
    inspectorsPerSubject: 2,
    seed,
    drawnBy: 'officer',
    now: NOW,
  });

  it('draws in the database exactly what the reference implementation of the algorithm draws', async () => {
    for (const seed of ['alpha-0001', '第二期 2026-11', 'x'.repeat(64)]) {
      const { plan, result } = await drawPlan(fixture.database.db, request(seed));
      const reference = draw({
        seed,
        strata: await loadStrata(fixture.database.db, plan.runId, plan.scope),
        ratios: Object.fromEntries(DEFAULT_SAMPLING.map((p) => [p.grade, p.ratio])),
        inspectors: INSPECTORS,
        inspectorsPerSubject: 2,
      });
      expect(result.items).toEqual(reference.items);
      expect(result.strata).toEqual(reference.strata);
      expect(plan.digest).toBe(reference.digest);
    }
  });

  it('stores a plan that verifies, and detects a tampered row', async () => {
    const { plan, result } = await drawPlan(fixture.database.db, request('seed-one'));
    expect(plan.candidates).toBe(2000);
    expect(result.items.length).toBeGreaterThan(0);
    expect(await verifyPlan(fixture.database.db, plan.id)).toMatchObject({ matches: true, differenceCount: 0 });

    const [victim] = await fixture.database.db.select().from(inspectionItems).where(eq(inspectionItems.planId, plan.id)).limit(1);
    await fixture.database.db
      .update(inspectionItems)
      .set({ inspectors: ['SCJG-FRIENDLY', victim!.inspectors[1]!] })
      .where(and(eq(inspectionItems.planId, plan.id), eq(inspectionItems.subjectId, victim!.subjectId)));
    const tampered = await verifyPlan(fixture.database.db, plan.id);
    expect(tampered).toMatchObject({ matches: false, differenceCount: 1, differences: [victim!.subjectId] });

    // Swapping a drawn subject for another is caught too, as is an edited seed.
    await fixture.database.db.execute(sql`update ratings.inspection_item set inspectors = ${sql.param(victim!.inspectors)}::text[] where plan_id = ${plan.id} and subject_id = ${victim!.subjectId}`);
    expect((await verifyPlan(fixture.database.db, plan.id)).matches).toBe(true);
    await fixture.database.db.update(inspectionPlans).set({ seed: 'seed-two' }).where(eq(inspectionPlans.id, plan.id));
    expect((await verifyPlan(fixture.database.db, plan.id)).matches).toBe(false);
  });

  it('merges plans of several departments hitting the same subject in one period into joint inspections', async () => {
    const a = await drawPlan(fixture.database.db, request('joint', 'SCJGJ'));
    const b = await drawPlan(fixture.database.db, request('joint', 'STHJJ'));
    // The same seed over the same candidates draws the same subjects: every subject is shared.
    const merged = await mergeJointInspections(fixture.database.db, '2026-Q4', NOW);
    expect(merged).toBeGreaterThanOrEqual(a.result.items.length);
    const [joint] = await fixture.database.db.select().from(jointInspections).where(eq(jointInspections.subjectId, a.result.items[0]!.subjectId));
    expect(joint!.departments).toEqual(['SCJGJ', 'STHJJ']);
    expect(joint!.planIds).toEqual(expect.arrayContaining([a.plan.id, b.plan.id]));
    expect(await mergeJointInspections(fixture.database.db, '2026-Q4', NOW)).toBe(0);
  });

  it('records results on the plan in one statement and names subjects not in it', async () => {
    const { plan, result } = await drawPlan(fixture.database.db, request('results'));
    const first = result.items[0]!.subjectId;
    const missing = await recordResults(
      fixture.database.db,
      plan.id,
      [
        { subjectId: first, outcome: 'NO_ISSUES', findings: '未发现问题', inspectedOn: '2026-11-25' },
        { subjectId: '00000000-0000-4000-8000-000000000000', outcome: 'ISSUES_FOUND', findings: 'x', inspectedOn: '2026-11-25' },
      ],
      'officer',
    );
    expect(missing).toEqual(['00000000-0000-4000-8000-000000000000']);
    const [row] = await fixture.database.db.select().from(inspectionItems).where(and(eq(inspectionItems.planId, plan.id), eq(inspectionItems.subjectId, first)));
    expect(row).toMatchObject({ outcome: 'NO_ISSUES', inspectedOn: '2026-11-25', recordedBy: 'officer' });
  });
});
