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
  /** By query text (the planner hands out the same string each time, so its hash is computed once), then by caller and variables. */
  private readonly flights = new Map<string, Map<string, Flight<T>>>();
  private count = 0;
  /** Requests answered by another's flight (for metrics and tests). */
  joined = 0;

  /** `copy` makes a waiter's own copy of an answer. */
  constructor(private readonly copy: (value: T) => T = structuredClone) {}

  /** The key of a subgraph request, or null when it must not be shared (not a query). */
  static keyOf(caller: Caller, query: string | undefined, variables: Record<string, unknown> | undefined): FlightKey | null {
    if (!query || !isQuery(query)) return null;
    return { query, rest: `${callerKey(caller)}\n${variables ? JSON.stringify(variables) : ''}` };
  }

  get size(): number {
    return this.count;
  }

  async run(key: FlightKey | null, send: () => Promise<T>): Promise<T> {
    if (key === null) return send();
    let byQuery = this.flights.get(key.query);
    const current = byQuery?.get(key.rest);
    if (current && !current.settled) {
      current.waiters++;
      this.joined++;
      return this.copy(await current.promise);
    }
    if (!byQuery) this.flights.set(key.query, (byQuery = new Map()));
    const flight: Flight<T> = { promise: send(), waiters: 1, settled: false };
    byQuery.set(key.rest, flight);
    this.count++;
    // Registered first, so it runs before any waiter continues: later requests start a new flight.
    const land = () => {
      flight.settled = true;
      const flights = this.flights.get(key.query);
      if (flights?.get(key.rest) !== flight) return;
      flights.delete(key.rest);
      this.count--;
      if (flights.size === 0) this.flights.delete(key.query);
    };
    flight.promise.then(land, land);
    const result = await flight.promise;
    return flight.waiters > 1 ? this.copy(result) : result;
  }
}

export interface FlightKey {
  query: string;
  rest: string;
}

interface Flight<T> {
  promise: Promise<T>;
  waiters: number;
  settled: boolean;
}

/** What the subgraph sees of the caller (the signed context), as text; computed once per caller object. */
const callerKeys = new WeakMap<Caller, string>();
export function callerKey(caller: Caller): string {
  let key = callerKeys.get(caller);
  if (key === undefined) {
    key = JSON.stringify([caller.id, caller.department, caller.roles, caller.purpose, caller.subjectId ?? null]);
    callerKeys.set(caller, key);
  }
  return key;
}

/** Whether a subgraph operation (as the query planner writes it) is a query: `query …` or `{ … }`. */
export function isQuery(document: string): boolean {
  return /^\s*(\{|query\b)/.test(document);
}
