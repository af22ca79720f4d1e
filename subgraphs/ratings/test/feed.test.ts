import { testBackends } from '@credit/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluations, runs } from '../src/db/schema';
import { PageFeed } from '../src/evaluation/feed';
import type { InputPage, InputReader, SubjectInputs } from '../src/evaluation/inputs';
import { runEvaluation } from '../src/evaluation/run';
import { freshDatabase, population } from './fixtures';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * A listing in id order with cheap page boundaries (`pageEnd`), like the gateway's: cursors are the
 * last id of a page. Counts how many page reads are in flight at once, and can fail a page or
 * change the listing between a boundary read and the page read.
 */
class ListingReader implements InputReader {
  inFlight = 0;
  mostInFlight = 0;
  pagesRead: (string | null)[] = [];
  failAfter: string | null | undefined = undefined;
  /** Runs once, after the first boundary read (to change the listing meanwhile). */
  afterFirstBoundary: (() => void) | null = null;

  constructor(public subjects: SubjectInputs[]) {
    this.subjects = [...subjects].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async prepare() {
    return { unknownSources: [], notes: {} };
  }

  private slice(after: string | null, first: number) {
    const start = after === null ? 0 : this.subjects.findIndex((s) => s.id > after);
    const slice = start < 0 ? [] : this.subjects.slice(start, start + first);
    const last = slice.at(-1);
    return { slice, endCursor: last ? last.id : after, hasNextPage: start >= 0 && start + first < this.subjects.length };
  }

  async pageEnd(after: string | null, first: number) {
    await tick();
    const { endCursor, hasNextPage } = this.slice(after, first);
    const hook = this.afterFirstBoundary;
    this.afterFirstBoundary = null;
    hook?.();
    return { endCursor, hasNextPage };
  }

  async page(after: string | null, first: number): Promise<InputPage> {
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      // A page with its inputs takes much longer than a boundary.
      for (let i = 0; i < 8; i++) await tick();
      if (after === this.failAfter) throw new Error('gateway down (simulated)');
      this.pagesRead.push(after);
      const { slice, endCursor, hasNextPage } = this.slice(after, first);
      return { subjects: slice, endCursor, hasNextPage, failedSources: [] };
    } finally {
      this.inFlight--;
    }
  }
}

async function drain(feed: PageFeed): Promise<string[]> {
  const ids: string[] = [];
  for (let page = await feed.next(); page; page = await feed.next()) ids.push(...page.subjects.map((s) => s.id));
  return ids;
}

describe('the page feed', () => {
  it('reads several pages at once and hands them out in listing order', async () => {
    const reader = new ListingReader(population(1050));
    const ids = await drain(new PageFeed(reader, null, 100, 4));
    expect(ids).toEqual(reader.subjects.map((s) => s.id));
    expect(reader.mostInFlight).toBe(4);
  });

  it('reads one page ahead when the reader has no page boundaries', async () => {
    const reader = new ListingReader(population(450));
    const plain: InputReader = { prepare: () => reader.prepare(), page: (after, first) => reader.page(after, first) };
    const ids = await drain(new PageFeed(plain, null, 100, 4));
    expect(ids).toEqual(reader.subjects.map((s) => s.id));
    expect(reader.mostInFlight).toBe(1);
  });

  it('skips no subject and reads none twice when the listing changes under the planned pages', async () => {
    const everyone = population(700);
    const reader = new ListingReader(everyone.slice(0, 600));
    // Once the first boundary is read, a subject is added within the first page: that page ends earlier than planned.
    reader.afterFirstBoundary = () => {
      reader.subjects = [...reader.subjects, ...everyone.slice(600)].sort((a, b) => (a.id < b.id ? -1 : 1));
    };
    const ids = await drain(new PageFeed(reader, null, 100, 3));
    expect(ids).toEqual(reader.subjects.map((s) => s.id));
    expect(new Set(ids).size).toBe(700);
  });
});

describe.each(testBackends())('a run reading pages at once on $name', (backend) => {
  let fixture: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fixture = await freshDatabase(backend);
  });
  afterAll(() => fixture?.close());

  it('keeps its checkpoint at the last page stored in order when a later page fails, and resumes from it', async () => {
    const subjects = population(1000);
    const failing = new ListingReader(subjects);
    // The fourth page fails while the pages after it are already being read.
    failing.failAfter = failing.subjects[299]!.id;
    await expect(runEvaluation(fixture.database.db, failing, { asOf: '2026-12-01', startedBy: 'test', pageSize: 100, readPages: 4 })).rejects.toThrow(/gateway down/);
    expect(failing.mostInFlight).toBeGreaterThan(1);
    const [failed] = await fixture.database.db.select().from(runs).where(eq(runs.asOf, '2026-12-01'));
    expect(failed).toMatchObject({ status: 'FAILED', subjectsDone: 300, cursor: failing.subjects[299]!.id });
    const stored = await fixture.database.db.select({ subjectId: evaluations.subjectId }).from(evaluations).where(eq(evaluations.runId, failed!.id));
    expect(stored.map((r) => r.subjectId).sort()).toEqual(failing.subjects.slice(0, 300).map((s) => s.id));

    const healthy = new ListingReader(subjects);
    const resumed = await runEvaluation(fixture.database.db, healthy, { asOf: '2026-12-01', startedBy: 'test', pageSize: 100, readPages: 4 });
    expect(resumed).toMatchObject({ id: failed!.id, status: 'COMPLETED', subjectsDone: 1000 });
    expect(healthy.pagesRead[0]).toBe(failing.subjects[299]!.id);
    expect(healthy.pagesRead).toHaveLength(7);
  });
});
