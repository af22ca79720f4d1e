/**
 * The access log's by-subject rows written after the entries (src/accessProjection.ts): a
 * subject's log is whole whether its entries are projected or not, the projection takes pending
 * entries in batches, a failed run leaves them for the next, and nobody takes an entry off the
 * pending table before its rows are written.
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { Caller } from '@credit/kit';
import { GATEWAY_SERVICE_CALLER, startSubgraph } from '@credit/kit/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectBatch, type AccessProjection } from '../src/accessProjection';
import { subjectAccessPending, subjectAccessSubjects } from '../src/db/schema';
import { seedSubjects } from '../src/seed';
import { subgraph } from '../src/server';
import { CALLERS, type RunningSubjects } from './harness';

const [a, b, c] = [0, 1, 6].map((i) => demoSubject(DEMO_SEED, i).id) as [string, string, string];

const RECORD = `mutation ($inputs: [SubjectAccessInput!]!) { recordSubjectAccesses(inputs: $inputs) }`;
const LOG = `query ($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Subject { id accessLog(first: $first) { purpose department } } } }`;

/** How long a test waits for a projection that a write asked for: moments, or seconds on a busy machine. */
const WAIT = { timeout: 10_000, interval: 50 };

/** The rows of one of the log's tables. */
const count = async (subjects: RunningSubjects, table: typeof subjectAccessPending | typeof subjectAccessSubjects) =>
  (await subjects.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

let minute = 0;
const entry = (purpose: string, ids: string[], department = 'SWJ') => ({
  // One minute apart, so that the order of the log is the order of writing.
  at: new Date(Date.UTC(2026, 0, 1, 8, minute++)).toISOString(),
  callerId: 'officer-9',
  department,
  roles: ['DEPARTMENT'],
  purpose,
  operationName: 'Profile',
  subjectIds: ids,
});

describe.each(testBackends())('the access log projection on $name', (backend) => {
  let subjects: RunningSubjects;
  let projection: AccessProjection;
  beforeAll(async () => {
    // No run by itself: each test drives the projection.
    subjects = await startSubgraph(subgraph, backend, {
      caller: CALLERS.department,
      options: {
        accessProjection: { delayMs: 3_600_000, sweepMs: 3_600_000, rows: 2 },
        onAccessProjection: (p: AccessProjection) => (projection = p),
      },
    });
    await seedSubjects(subjects.database.db, { count: 20, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  /** Each subject's log as `caller` sees it, newest first: purposes by subject. */
  const logs = async (caller: Caller = CALLERS.creditCentre, first = 10) => {
    const result = await subjects.query(LOG, { r: [a, b, c].map((id) => ({ __typename: 'Subject', id })), first }, caller);
    expect(result.errors).toBeUndefined();
    return (result.data!._entities as { id: string; accessLog: { purpose: string }[] }[]).map((s) => s.accessLog.map((e) => e.purpose));
  };

  it('shows every entry in its subjects’ logs from its commit on, projected or not', async () => {
    const written = await subjects.query(
      RECORD,
      { inputs: [entry('one', [a, b]), entry('two', [a]), entry('three', [b, c], 'SCJGJ'), entry('four', [a, b, c])] },
      GATEWAY_SERVICE_CALLER,
    );
    expect(written.errors).toBeUndefined();
    expect([await count(subjects, subjectAccessPending), await count(subjects, subjectAccessSubjects)]).toEqual([4, 0]);
    const expected = [
      ['four', 'two', 'one'],
      ['four', 'three', 'one'],
      ['four', 'three'],
    ];
    const swj = { ...CALLERS.department, department: 'SWJ' };
    expect(await logs()).toEqual(expected);
    expect(await logs(CALLERS.creditCentre, 2)).toEqual(expected.map((l) => l.slice(0, 2)));
    expect(await logs(swj)).toEqual([['four', 'two', 'one'], ['four', 'one'], ['four']]);

    // Half projected: the oldest two entries' rows written (2 + 1 rows fit a bound of 3; the third's
    // 2 more do not), the newest two still pending, and another batch due.
    expect(await projectBatch(subjects.database.db, { entries: 10, rows: 3 })).toEqual({ taken: 2, more: true });
    expect([await count(subjects, subjectAccessPending), await count(subjects, subjectAccessSubjects)]).toEqual([2, 3]);
    expect(await logs()).toEqual(expected);
    expect(await logs(CALLERS.creditCentre, 2)).toEqual(expected.map((l) => l.slice(0, 2)));
    expect(await logs(swj)).toEqual([['four', 'two', 'one'], ['four', 'one'], ['four']]);

    // The rest, in two batches of at most 2 rows (the projection's bound here): 'three' (2 rows),
    // then 'four' alone, whole (3). Through the database's background handle: not counted with the
    // statements of requests.
    const counted = subjects.database.queries.count;
    expect(await projection.drain()).toBe(2);
    expect(subjects.database.queries.count).toBe(counted);
    expect([await count(subjects, subjectAccessPending), await count(subjects, subjectAccessSubjects)]).toEqual([0, 8]);
    expect(await logs()).toEqual(expected);
    expect(await logs(swj)).toEqual([['four', 'two', 'one'], ['four', 'one'], ['four']]);
    expect(await projection.drain()).toBe(0);
  });

  it('refuses to take an entry off the pending table before its rows are written, or to change or empty it', async () => {
    await subjects.query(RECORD, { inputs: [entry('five', [c])] }, GATEWAY_SERVICE_CALLER);
    const db = subjects.database.db;
    await expect(db.execute(sql`delete from ${subjectAccessPending}`)).rejects.toThrow();
    await expect(db.execute(sql`update ${subjectAccessPending} set access_id = access_id + 1000`)).rejects.toThrow();
    await expect(db.execute(sql`truncate ${subjectAccessPending}`)).rejects.toThrow();
    expect(await count(subjects, subjectAccessPending)).toBe(1);
    expect((await logs())[2]![0]).toBe('five');
    expect(await projection.drain()).toBe(1);
  });
});

describe.each(testBackends())('the access log projected soon after a write on $name', (backend) => {
  let subjects: RunningSubjects;
  const logged: string[] = [];
  beforeAll(async () => {
    subjects = await startSubgraph(subgraph, backend, {
      caller: CALLERS.department,
      options: { accessProjection: { delayMs: 20, log: (message: string) => logged.push(message) } },
    });
    await seedSubjects(subjects.database.db, { count: 20, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());


  it('writes the by-subject rows without anyone asking', async () => {
    const written = await subjects.query(RECORD, { inputs: [entry('soon', [a, b, c])] }, GATEWAY_SERVICE_CALLER);
    expect(written.errors).toBeUndefined();
    await vi.waitFor(async () => expect(await count(subjects, subjectAccessPending)).toBe(0), WAIT);
    expect(await count(subjects, subjectAccessSubjects)).toBe(3);
  });

  it('leaves the entries of a failed run pending, says why, and projects them at a later run', async () => {
    const db = subjects.database.db;
    await db.execute(sql`alter table ${subjectAccessSubjects} add constraint refuse_projection_test check (at < '2000-01-01') not valid`);
    expect((await subjects.query(RECORD, { inputs: [entry('late', [a]), entry('later', [b])] }, GATEWAY_SERVICE_CALLER)).errors).toBeUndefined();
    await vi.waitFor(() => expect(logged.join('\n')).toContain('the entries stay pending until the next run'), WAIT);
    expect(await count(subjects, subjectAccessPending)).toBe(2);
    const log = await subjects.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { accessLog(first: 1) { purpose } } } }`,
      { r: [{ __typename: 'Subject', id: b }] },
      CALLERS.creditCentre,
    );
    expect(log.data!._entities).toEqual([{ accessLog: [{ purpose: 'later' }] }]);

    await db.execute(sql`alter table ${subjectAccessSubjects} drop constraint refuse_projection_test`);
    expect((await subjects.query(RECORD, { inputs: [entry('after', [c])] }, GATEWAY_SERVICE_CALLER)).errors).toBeUndefined();
    await vi.waitFor(async () => expect(await count(subjects, subjectAccessPending)).toBe(0), WAIT);
    expect(await count(subjects, subjectAccessSubjects)).toBe(6);
  });
});
