import type { Caller } from '@credit/http';
import { callerKey, isQuery } from './inflight';

/** The parts of a subgraph answer that coalescing splits: the entities, the errors and their paths. */
export interface EntitiesAnswer {
  data?: { _entities?: unknown } | null;
  errors?: readonly { path?: readonly (string | number)[] }[];
  extensions?: Record<string, unknown>;
}

/** One waiting entity fetch: its representations, and how to send it (alone, or with all of a batch's representations). */
interface Waiter<T> {
  representations: readonly unknown[];
  send(representations: readonly unknown[] | null): Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

interface Batch<T> {
  waiters: Waiter<T>[];
  size: number;
}

/**
 * Coalescing of entity fetches across client operations: while the event loop runs, the entity
 * fetches that concurrent operations make of one subgraph with the same query text, the same other
 * variables and the same caller (the signature context the subgraph sees: id, department, roles,
 * purpose, subject) wait until the loop turns (`setImmediate`, no timer), then go as one `_entities`
 * request carrying all their representations; each operation gets its own slice of the answer, with
 * the errors of its entities (paths renumbered) and the errors about the whole request. Subgraphs
 * resolve a batch of representations with one statement per level, so ten concurrent profiles cost
 * the ratings subgraph one request and one query instead of ten. Only queries (`_entities` is never
 * a mutation), never across callers, never bigger than `maxRepresentations`. A lone fetch goes
 * as it came. When the subgraph refuses a coalesced request as malformed (`retryAlone`), each
 * fetch is sent alone, so one bad representation fails only its own operation.
 *
 * The access log: each operation's own representations are in its trail (audit.ts); the subjects
 * a coalesced answer reports as disclosed are reported to every operation of the batch (all of the
 * same caller and purpose, at the same moment), since the subgraph reports them per request, not
 * per entity: an entry may name a subject another operation of that caller read, none misses one.
 */
export class EntityCoalescer<T extends EntitiesAnswer> {
  private readonly batches = new Map<string, Batch<T>>();
  private scheduled = false;
  /** Entity fetches that shared a subgraph request with another (metrics and tests). */
  coalesced = 0;

  constructor(
    private readonly maxRepresentations: number,
    private readonly retryAlone: (error: unknown) => boolean = () => false,
  ) {}

  /** The batch key of a subgraph request, or null when it is not an entity query. */
  static keyOf(caller: Caller, query: string | undefined, variables: Record<string, unknown> | undefined): string | null {
    if (!query || !variables || !Array.isArray(variables.representations) || !isQuery(query)) return null;
    const { representations: _, ...rest } = variables;
    return `${callerKey(caller)}\n${JSON.stringify(rest)}\n${query}`;
  }

  /**
   * Sends an entity fetch, together with those of the same key made before the loop turns.
   * `send(null)` sends the fetch as it is; `send(all)` sends it with a batch's representations.
   */
  run(key: string | null, representations: readonly unknown[], send: (representations: readonly unknown[] | null) => Promise<T>): Promise<T> {
    if (key === null || representations.length >= this.maxRepresentations) return send(null);
    return new Promise<T>((resolve, reject) => {
      let batch = this.batches.get(key);
      if (batch && batch.size + representations.length > this.maxRepresentations) {
        this.batches.delete(key);
        void this.flush(batch);
        batch = undefined;
      }
      if (!batch) this.batches.set(key, (batch = { waiters: [], size: 0 }));
      batch.waiters.push({ representations, send, resolve, reject });
      batch.size += representations.length;
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flushAll());
      }
    });
  }

  private flushAll(): void {
    this.scheduled = false;
    const batches = [...this.batches.values()];
    this.batches.clear();
    for (const batch of batches) void this.flush(batch);
  }

  private async flush({ waiters }: Batch<T>): Promise<void> {
    if (waiters.length === 1) {
      const [only] = waiters;
      return only!.send(null).then(only!.resolve, only!.reject);
    }
    this.coalesced += waiters.length - 1;
    let answer: T;
    try {
      answer = await waiters[0]!.send(waiters.flatMap((w) => w.representations));
    } catch (error) {
      if (this.retryAlone(error)) return this.sendAlone(waiters);
      for (const waiter of waiters) waiter.reject(error);
      return;
    }
    const parts = splitAnswer(answer, waiters.map((w) => w.representations.length));
    if (!parts) return this.sendAlone(waiters);
    waiters.forEach((waiter, i) => waiter.resolve(parts[i]!));
  }

  private sendAlone(waiters: Waiter<T>[]): void {
    for (const waiter of waiters) waiter.send(null).then(waiter.resolve, waiter.reject);
  }
}

/**
 * A coalesced answer cut into one answer per fetch (`sizes`: each one's representation count), or
 * null when it does not have one entity per representation (the fetches are then sent alone).
 */
export function splitAnswer<T extends EntitiesAnswer>(answer: T, sizes: readonly number[]): T[] | null {
  const total = sizes.reduce((sum, n) => sum + n, 0);
  const entities = answer.data?._entities;
  if (answer.data != null && (!Array.isArray(entities) || entities.length !== total)) return null;
  const parts: T[] = [];
  let start = 0;
  for (const size of sizes) {
    const end = start + size;
    const errors = (answer.errors ?? []).flatMap((error) => {
      const index = error.path?.[0] === '_entities' && typeof error.path[1] === 'number' ? error.path[1] : null;
      if (index === null) return [error];
      if (index < start || index >= end) return [];
      return [{ ...error, path: ['_entities', index - start, ...error.path!.slice(2)] }];
    });
    parts.push({
      ...answer,
      data: answer.data == null ? answer.data : { ...answer.data, _entities: (entities as unknown[]).slice(start, end) },
      ...(answer.errors ? { errors } : {}),
    });
    start = end;
  }
  return parts;
}
