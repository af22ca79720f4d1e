/**
 * The pages of an evaluation run, handed out in listing order while up to `depth` of them are read
 * at once. Where each page starts is known only from the end of the one before: a reader with
 * `pageEnd` (a cheap read of the listing's page boundaries alone) lets the pages themselves be read
 * in parallel; without it each page starts when the previous one has been read (one read ahead).
 *
 * A page that does not end where its boundary said (subjects added or removed meanwhile) is still
 * handed out, and everything planned after it is dropped and planned again from its real end, so
 * no subject is skipped or read twice.
 */
import type { InputPage, InputReader } from './inputs';

interface Start {
  after: string | null;
  /** False once the listing has no page after `after`. */
  more: boolean;
}

interface Planned {
  start: Promise<Start>;
  page: Promise<InputPage | null>;
  /** Where the page should end, which is where the next planned page starts. */
  end: Promise<Start>;
}

const quiet = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => {});
  return promise;
};

export class PageFeed {
  private queue: Planned[] = [];
  private nextStart: Promise<Start>;

  constructor(
    private readonly reader: InputReader,
    from: string | null,
    private readonly first: number,
    private readonly depth: number,
  ) {
    this.nextStart = Promise.resolve({ after: from, more: true });
  }

  private plan(): void {
    const start = this.nextStart;
    const page = quiet(start.then((s) => (s.more ? this.reader.page(s.after, this.first) : null)));
    const pageEnd = this.reader.pageEnd?.bind(this.reader);
    const end = quiet(
      pageEnd
        ? start.then(async (s) => {
            if (!s.more) return s;
            const boundary = await pageEnd(s.after, this.first);
            return { after: boundary.endCursor ?? s.after, more: boundary.hasNextPage };
          })
        : Promise.all([start, page]).then(([s, p]) => (p ? { after: p.endCursor ?? s.after, more: p.hasNextPage } : s)),
    );
    this.queue.push({ start, page, end });
    this.nextStart = end;
  }

  /** The next page in listing order, or null when the listing has no more. Rejects when its read fails. */
  async next(): Promise<InputPage | null> {
    while (this.queue.length < Math.max(1, this.depth)) this.plan();
    const head = this.queue.shift()!;
    const page = await head.page;
    if (!page) return null;
    const start = await head.start;
    const real: Start = { after: page.endCursor ?? start.after, more: page.hasNextPage };
    const planned = await head.end.catch(() => null);
    if (!planned || planned.after !== real.after || planned.more !== real.more) {
      // The boundary read failed or the listing changed: plan again from where this page really ends.
      this.queue = [];
      this.nextStart = Promise.resolve(real);
    }
    return page;
  }
}
