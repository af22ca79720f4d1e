import type { Caller } from '@credit/http';
import { callerKey, isQuery } from './inflight';
import { mergeable, mergedQuery, mergedVariables, splitMerged, type Answer } from './mergeOperations';

/** A subgraph request: what `send` gets for a merged batch. */
export interface MergedRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One waiting request: its variables, and how to send it (as it came: null; or as a merged batch). */
interface Waiter<T> {
  variables: Record<string, unknown> | undefined;
  send(merged: MergedRequest | null): Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

interface KeyState<T> {
  query: string;
  /** Requests of this key sent and not yet answered. */
  inFlight: number;
  /** Queries waiting to go merged. */
  queue: Waiter<T>[];
  timer: NodeJS.Timeout | null;
}

/**
 * Coalescing of subgraph queries across client operations, adaptive: a query goes at once while
 * fewer than `maxInFlight` requests of the same text and caller (the signature context the
 * subgraph sees: id, department, roles, purpose, subject) are on their way to the subgraph; past
 * that it waits, with the others that arrive, until one of those is answered or `maxWaitMs` has
 * passed, and they go as one request (mergeOperations.ts: each copy's variables renamed, its root
 * fields aliased). Each operation gets its own answer back: its fields, the errors under them, and
 * the errors about the whole request. So a quiet gateway adds no delay, and a busy one sends fewer,
 * larger requests: the subgraph resolves the copies' entities through one loader, so ten concurrent
 * credit checks cost the ratings subgraph one request and one SQL statement instead of ten, and the
 * services subgraph one insert.
 *
 * Only queries (never mutations), never across callers, at most `maxCopies` together. When the
 * merged request fails as malformed (`retryAlone`) or answers without data, each query is sent
 * alone, so one bad query fails only its own operation; when the subgraph is down or late, every
 * query of the batch gets that error, as it would have alone.
 *
 * The access log: each operation's own representations are in its trail (accessTrail.ts); the subjects
 * a merged answer reports as disclosed are reported to every operation of the batch (all of the
 * same caller and purpose, at the same moment), since the subgraph reports them per request: an
 * entry may name a subject another operation of that caller read; none misses one.
 */
export class Coalescer<T extends Answer> {
  private readonly keys = new Map<string, KeyState<T>>();
  /** Queries that shared a subgraph request with another operation's (metrics and tests). */
  coalesced = 0;

  constructor(
    private readonly options: {
      maxCopies: number;
      maxInFlight: number;
      maxWaitMs: number;
      /** Whether a failed merged request is to be retried query by query (the subgraph refused it as malformed). */
      retryAlone?: (error: unknown) => boolean;
      /** Told the size of each merged request sent. */
      onMerged?: (queries: number) => void;
    },
  ) {}

  /** The batch key of a subgraph request, or null when it must go alone (not a mergeable query). */
  static keyOf(caller: Caller, query: string | undefined): string | null {
    if (!query || !isQuery(query) || !mergeable(query)) return null;
    return `${callerKey(caller)}\n${query}`;
  }

  /** Sends a query now, or merged with others of its key when that key is busy. */
  run(key: string | null, query: string, variables: Record<string, unknown> | undefined, send: (merged: MergedRequest | null) => Promise<T>): Promise<T> {
    if (key === null || this.options.maxCopies < 2) return send(null);
    return new Promise<T>((resolve, reject) => {
      let state = this.keys.get(key);
      if (!state) this.keys.set(key, (state = { query, inFlight: 0, queue: [], timer: null }));
      const waiter: Waiter<T> = { variables, send, resolve, reject };
      if (state.inFlight < this.options.maxInFlight && state.queue.length === 0) {
        this.dispatch(key, state, [waiter]);
        return;
      }
      state.queue.push(waiter);
      if (state.queue.length >= this.options.maxCopies) this.flush(key, state);
      else state.timer ??= setTimeout(() => this.flush(key, state), this.options.maxWaitMs);
    });
  }

  private flush(key: string, state: KeyState<T>): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    if (state.queue.length) this.dispatch(key, state, state.queue.splice(0, this.options.maxCopies));
  }

  private dispatch(key: string, state: KeyState<T>, waiters: Waiter<T>[]): void {
    state.inFlight++;
    const sent = waiters.length === 1 ? this.sendAlone(waiters) : this.sendMerged(state.query, waiters);
    void sent.finally(() => {
      state.inFlight--;
      if (state.queue.length) this.flush(key, state);
      else if (state.inFlight === 0) this.keys.delete(key);
    });
  }

  private async sendMerged(query: string, waiters: Waiter<T>[]): Promise<void> {
    this.coalesced += waiters.length - 1;
    this.options.onMerged?.(waiters.length);
    let answer: T;
    try {
      answer = await waiters[0]!.send({ query: mergedQuery(query, waiters.length), variables: mergedVariables(waiters.map((w) => w.variables)) });
    } catch (error) {
      if (this.options.retryAlone?.(error)) return this.sendAlone(waiters);
      for (const waiter of waiters) waiter.reject(error);
      return;
    }
    const parts = splitMerged(query, answer, waiters.length);
    if (!parts) return this.sendAlone(waiters);
    waiters.forEach((waiter, i) => waiter.resolve(parts[i]!));
  }

  private async sendAlone(waiters: Waiter<T>[]): Promise<void> {
    await Promise.all(waiters.map((waiter) => waiter.send(null).then(waiter.resolve, waiter.reject)));
  }
}
