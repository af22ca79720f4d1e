/**
 * Open-loop load at a fixed rate, for `pnpm bench --rate`, `--at-fraction` and `--soak`: request i
 * is due at start + i / rate, evenly spaced, and is sent when due whether or not earlier ones have
 * answered. Its latency runs from when it was due, not from when it left, so a generator that falls
 * behind (a stalled event loop, a busy machine) shows up in the figures instead of hiding them
 * (coordinated omission).
 *
 * autocannon's `overallRate` is not used for this: each connection sends its share of a second
 * back to back at the start of the second (bursts as large as the connection count), and with its
 * default correction it records a 50 ms answer as fifty values from 1 to 50 ms (an expected
 * interval of 1 ms), which halves the median.
 */

export interface PacedOptions {
  /** Requests per second offered. */
  rate: number;
  seconds: number;
  /** Sends request n; resolves with an error description, or null when the answer was good. */
  send(n: number): Promise<string | null>;
  /** Request numbers start here (the warm-up and the measured run ask for different subjects). */
  offset?: number;
  /** Called about every `progressSeconds` with the figures so far. */
  onProgress?(progress: PacedProgress): void;
  progressSeconds?: number;
  /** How long to wait for the last answers after the last request was sent. */
  drainMs?: number;
}

export interface PacedProgress {
  seconds: number;
  requests: number;
  answered: number;
  errors: number;
}

export interface PacedResult {
  /** Requests sent. */
  requests: number;
  /** Latency of each answered request in ms, from when it was due. */
  latencies: number[];
  errors: number;
  /** Requests without an answer when the drain time ran out (counted in `errors` too). */
  unanswered: number;
  firstErrors: string[];
  /** Seconds from the first request due to the last answer (or the end of the drain). */
  duration: number;
  /**
   * How late each request left the generator, in ms past when it was due: the part of the
   * latencies that the generator's own process (its event loop, its share of the cores) added.
   */
  lateness: number[];
}

/** The value below which a fraction `p` (0..1) of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** p50, p90, p99 and max of latencies in ms, rounded to 0.1 ms. */
export function summariseLatencies(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: round(percentile(sorted, 0.5)), p90: round(percentile(sorted, 0.9)), p99: round(percentile(sorted, 0.99)), max: round(sorted.at(-1) ?? 0) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runPaced(options: PacedOptions): Promise<PacedResult> {
  const { rate, seconds, send, offset = 0, progressSeconds = 5, drainMs = 10_000 } = options;
  const interval = 1000 / rate;
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies: number[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  let answered = 0;
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  let nextProgress = progressSeconds * 1000;

  const lateness: number[] = [];

  const fire = (i: number) => {
    const due = start + i * interval;
    lateness.push(performance.now() - due);
    const request = send(offset + i)
      .catch((error: Error) => `transport ${error.message}`)
      .then((problem) => {
        answered++;
        latencies.push(performance.now() - due);
        if (problem) {
          errors++;
          if (firstErrors.length < 3) firstErrors.push(problem);
        }
        inFlight.delete(request);
      });
    inFlight.add(request);
  };

  for (let i = 0; i < total; i++) {
    await sleep(start + i * interval - performance.now());
    // Past due (the loop was late): send at once; its latency still counts from when it was due.
    fire(i);
    const elapsed = performance.now() - start;
    if (options.onProgress && elapsed >= nextProgress) {
      nextProgress += progressSeconds * 1000;
      options.onProgress({ seconds: Math.round(elapsed / 1000), requests: i + 1, answered, errors });
    }
  }
  const drained = await Promise.race([Promise.all(inFlight).then(() => true), sleep(drainMs).then(() => false)]);
  const unanswered = drained ? 0 : inFlight.size;
  if (unanswered > 0 && firstErrors.length < 3) firstErrors.push(`${unanswered} requests unanswered ${drainMs} ms after the last was sent`);
  return { requests: total, latencies, errors: errors + unanswered, unanswered, firstErrors, duration: (performance.now() - start) / 1000, lateness };
}
