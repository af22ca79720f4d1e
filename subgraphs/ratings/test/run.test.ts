import { testBackends } from '@credit/db/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluations, runs } from '../src/db/schema';
import { currentRunId, runEvaluation } from '../src/evaluation/run';
import { CLEAN, MemoryReader, freshDatabase, population } from './fixtures';

describe.each(testBackends())('evaluation runs on $name', (backend) => {
  let fixture: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fixture = await freshDatabase(backend);
  });
  afterAll(() => fixture?.close());

  const gradeOf = async (runId: string, subjectId: string) => {
    const rows = await fixture.database.db.select({ grade: evaluations.grade, subjectId: evaluations.subjectId }).from(evaluations).where(eq(evaluations.runId, runId));
    return rows.find((r) => r.subjectId === subjectId)?.grade;
  };

  it('stores one evaluation per subject, set-based per page, and makes the run current when it completes', async () => {
    const subjects = population(1200);
    const before = fixture.database.queries.count;
    const run = await runEvaluation(fixture.database.db, new MemoryReader(subjects), { asOf: '2026-10-01', startedBy: 'test', pageSize: 500 });
    const statements = fixture.database.queries.count - before;
    expect(run.status).toBe('COMPLETED');
    expect(run.subjectsDone).toBe(1200);
    expect(await currentRunId(fixture.database.db)).toBe(run.id);
    const [stored] = await fixture.database.db.select({ n: count() }).from(evaluations).where(eq(evaluations.runId, run.id));
    expect(stored!.n).toBe(1200);
    // A handful of statements per page (ratings look-ups, one insert, checkpoint, progress), not per subject.
    expect(statements).toBeLessThan(3 * 12 + 20);
  });

  it('keeps the previous grades in force when a run fails, and resumes the failed run from its checkpoint', async () => {
    const previous = (await currentRunId(fixture.database.db))!;
    // Subject 0 gets listed as seriously dishonest in the new run.
    const subjects = population(1200, (i) => (i === 0 ? { ...CLEAN, seriousDishonestyListings: 1 } : CLEAN));
    const failing = new MemoryReader(subjects, 1);
    await expect(runEvaluation(fixture.database.db, failing, { asOf: '2026-11-01', startedBy: 'test', pageSize: 500 })).rejects.toThrow(/gateway down/);
    const [failed] = await fixture.database.db.select().from(runs).where(eq(runs.asOf, '2026-11-01'));
    expect(failed).toMatchObject({ status: 'FAILED', subjectsDone: 500, cursor: '500' });
    expect(await currentRunId(fixture.database.db)).toBe(previous);
    expect(await gradeOf(previous, subjects[0]!.id)).toBe('A');

    const healthy = new MemoryReader(subjects);
    const resumed = await runEvaluation(fixture.database.db, healthy, { asOf: '2026-11-01', startedBy: 'test', pageSize: 500 });
    expect(resumed.id).toBe(failed!.id);
    expect(resumed).toMatchObject({ status: 'COMPLETED', subjectsDone: 1200 });
    // Resumed after the first page: two more pages read, not three.
    expect(healthy.pagesRead).toBe(2);
    expect(await currentRunId(fixture.database.db)).toBe(resumed.id);
    expect(await gradeOf(resumed.id, subjects[0]!.id)).toBe('D');
  });
});
