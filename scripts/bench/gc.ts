/**
 * Garbage collection in this gateway during a cell, from prom-client's default metrics on its
 * /metrics (`…nodejs_gc_duration_seconds`, a histogram per kind of collection): how many pauses,
 * their total, and how many lasted longer than 10 ms, the ones that show in a p99.
 */
export interface GcTotals {
  pauses: number;
  ms: number;
  /** Pauses longer than 10 ms (the histogram's `le="0.01"` bucket boundary). */
  over10ms: number;
  /** Milliseconds in major collections (mark-compact). */
  majorMs: number;
  /**
   * The event loop's delay since the previous reading (prom-client resets its histogram on each
   * scrape): its 99th percentile and its maximum, in ms. A pause longer than any GC is something
   * else holding the loop (synchronous work) or the process waiting for a core.
   */
  loopP99Ms?: number;
  loopMaxMs?: number;
  /**
   * Requests as the gateway timed them (`…request_duration_seconds`, from the request's arrival to
   * its answer): how many, and how many took longer than 25 ms. Set beside the load generator's
   * p99, it tells a tail inside the gateway from one before the request reached it (a generator,
   * a kernel queue, a process waiting for a core).
   */
  requests?: number;
  over25ms?: number;
}

const SAMPLE = /^\w*nodejs_gc_duration_seconds_(sum|count|bucket)\{([^}]*)\} (\S+)$/gm;

/** The gateway's collection totals so far, or null when its metrics cannot be read. */
export async function gcTotals(metricsUrl: string | undefined): Promise<GcTotals | null> {
  if (!metricsUrl) return null;
  let text: string;
  try {
    text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(2000) })).text();
  } catch {
    return null;
  }
  const totals: GcTotals = { pauses: 0, ms: 0, over10ms: 0, majorMs: 0 };
  for (const [, part, labels, value] of text.matchAll(SAMPLE)) {
    const n = Number(value);
    if (part === 'count') totals.pauses += n;
    if (part === 'sum') {
      totals.ms += n * 1000;
      if (/kind="major"/.test(labels!)) totals.majorMs += n * 1000;
    }
    // Pauses within 10 ms, subtracted from the count below.
    if (part === 'bucket' && /le="0\.01"/.test(labels!)) totals.over10ms -= n;
  }
  totals.over10ms += totals.pauses;
  totals.requests = sumOf(text, /^gateway_request_duration_seconds_count\{[^}]*\} (\S+)$/gm);
  totals.over25ms = totals.requests - sumOf(text, /^gateway_request_duration_seconds_bucket\{[^}]*le="0\.025"[^}]*\} (\S+)$/gm);
  const lag = (name: string) => Number(new RegExp(`^\\w*nodejs_eventloop_lag_${name}_seconds (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  totals.loopP99Ms = Math.round(lag('p99') * 10) / 10;
  totals.loopMaxMs = Math.round(lag('max') * 10) / 10;
  return totals;
}

const sumOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].reduce((sum, [, value]) => sum + Number(value), 0);

/** What happened between two readings (null when either is missing). */
export function gcDelta(before: GcTotals | null, after: GcTotals | null): GcTotals | null {
  if (!before || !after) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    pauses: after.pauses - before.pauses,
    ms: round(after.ms - before.ms),
    over10ms: after.over10ms - before.over10ms,
    majorMs: round(after.majorMs - before.majorMs),
    loopP99Ms: after.loopP99Ms,
    loopMaxMs: after.loopMaxMs,
    requests: (after.requests ?? 0) - (before.requests ?? 0),
    over25ms: (after.over25ms ?? 0) - (before.over25ms ?? 0),
  };
}

export const gcLine = (gc: GcTotals) =>
  `GC ${gc.pauses} pauses, ${gc.ms} ms (major ${gc.majorMs} ms), ${gc.over10ms} over 10 ms; event-loop delay p99 ${gc.loopP99Ms} ms, max ${gc.loopMaxMs} ms; ` +
  `${gc.over25ms} of ${gc.requests} requests over 25 ms as the gateway timed them`;
