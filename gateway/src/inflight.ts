import type { Caller } from '@credit/http';

/**
 * Deduplication of identical in-flight subgraph queries: while a query is on its way to a subgraph,
 * the same query with the same variables for the same caller (the signature context the subgraph
 * sees: id, department, roles, purpose, subject) waits for that one answer instead of sending its
 * own. Only queries (never mutations), only while in flight (nothing is cached: the next request
 * after the answer goes to the subgraph again), and never across callers, so what one caller may
 * see never reaches another. Each waiter gets its own copy of the answer (the gateway merges into
 * what it receives).
 */
export class InFlight<T> {
  private readonly flights = new Map<string, { promise: Promise<T>; waiters: number; settled: boolean }>();
  /** Requests answered by another's flight (for metrics and tests). */
  joined = 0;

  /** `copy` makes a waiter's own copy of an answer. */
  constructor(private readonly copy: (value: T) => T = structuredClone) {}

  /** The key of a subgraph request, or null when it must not be shared (not a query). */
  static keyOf(caller: Caller, query: string | undefined, variables: Record<string, unknown> | undefined): string | null {
    if (!query || !isQuery(query)) return null;
    return JSON.stringify([caller.id, caller.department, caller.roles, caller.purpose, caller.subjectId ?? null, query, variables ?? null]);
  }

  get size(): number {
    return this.flights.size;
  }

  async run(key: string | null, send: () => Promise<T>): Promise<T> {
    if (key === null) return send();
    const current = this.flights.get(key);
    if (current && !current.settled) {
      current.waiters++;
      this.joined++;
      return this.copy(await current.promise);
    }
    const flight = { promise: send(), waiters: 1, settled: false };
    this.flights.set(key, flight);
    // Registered first, so it runs before any waiter continues: later requests start a new flight.
    flight.promise.then(
      () => this.land(key, flight),
      () => this.land(key, flight),
    );
    const result = await flight.promise;
    return flight.waiters > 1 ? this.copy(result) : result;
  }

  private land(key: string, flight: { settled: boolean }): void {
    flight.settled = true;
    if (this.flights.get(key) === flight) this.flights.delete(key);
  }
}

/** Whether a subgraph operation (as the query planner writes it) is a query: `query …` or `{ … }`. */
export function isQuery(document: string): boolean {
  return /^\s*(\{|query\b)/.test(document);
}
