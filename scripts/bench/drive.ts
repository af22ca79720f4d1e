/**
 * The load generator, run as its own process by `pnpm bench`: one gateway, one operation, each
 * request a different subject (bodies made per request), a short warm-up first. Closed loop (as
 * fast as the gateway answers, `connections` at a time) with autocannon; at a fixed rate, open loop
 * and evenly paced (`paced.ts`). Prints one JSON line: requests/s served, latency percentiles,
 * errors (transport errors, non-2xx answers and 2xx answers carrying GraphQL errors) and the first
 * error bodies seen; with `progress`, a `{"progress":…}` line as the measured load starts and about
 * every five seconds after.
 *
 * Input: one JSON argument (`DriveInput`).
 */
import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { OPERATIONS } from './operations';
import { runPaced, summariseLatencies } from './paced';

export interface DriveInput {
  url: string;
  operation: string;
  population: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  headers: Record<string, string>;
  run: string;
  /** Requests per second offered, evenly spaced (open loop); unset: as fast as the gateway answers. */
  rate?: number;
  /** Print progress lines (fixed rate only). */
  progress?: boolean;
  /**
   * Where this drive's walk over the subjects starts (request n asks for subject `pick(offset + n)`):
   * the warm-up from there, the measured load where the warm-up stopped. `pnpm bench` gives every
   * drive of a run its own stretch (0 by default).
   */
  offset?: number;
}

export interface DriveResult {
  operation: string;
  /** Requests sent during the warm-up (not in the figures, but in the database and CPU counts). */
  warmupRequests: number;
  requests: number;
  /** Requests per second answered. */
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  firstErrors: string[];
  /** At a fixed rate: how late the generator sent its requests (p99 and max, ms past due). */
  sentLate?: { p99: number; max: number };
}

const input = JSON.parse(process.argv[2]!) as DriveInput;
const operation = OPERATIONS.find((o) => o.name === input.operation);
if (!operation) throw new Error(`unknown operation ${input.operation}`);
const headers = { 'content-type': 'application/json', ...input.headers };
const bodyOf = (n: number) => JSON.stringify(operation.body(n, input.population, input.run));
const problemOf = (status: number, body: string) => (status !== 200 || body.includes('"errors"') ? `${status} ${body.slice(0, 300)}` : null);

/** A drive's figures, and how many requests it sent (where the walk continues). */
type Driven = Omit<DriveResult, 'operation' | 'warmupRequests'> & { sent: number };

async function closedLoop(seconds: number, offset: number, sample: string[]): Promise<Driven> {
  let n = offset;
  let bad = 0;
  const result = await autocannon({
    url: input.url,
    method: 'POST',
    connections: input.connections,
    duration: seconds,
    headers,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodyOf(n++) }),
        onResponse: (status, body) => {
          const problem = problemOf(status, body);
          if (problem) {
            bad++;
            if (sample.length < 3) sample.push(problem);
          }
        },
      },
    ],
  });
  const { p50, p90, p99, max } = result.latency;
  return { requests: result.requests.total, rps: result.requests.total / (result.duration || seconds), p50, p90, p99, max, errors: result.errors + result.timeouts + bad, firstErrors: sample, sent: n - offset };
}

/**
 * The paced sender's connections: undici's `request` over keep-alive sockets rather than `fetch`,
 * whose WHATWG streams, headers and abort signal per request cost the generator about as much CPU
 * as a light request costs the gateway, on the same cores.
 */
const agent = new Agent({ keepAliveTimeout: 30_000 });

async function atRate(rate: number, seconds: number, offset: number, progress: boolean): Promise<Driven> {
  if (progress) console.log(JSON.stringify({ progress: { seconds: 0, requests: 0, answered: 0, errors: 0 } }));
  const result = await runPaced({
    rate,
    seconds,
    offset,
    send: async (n) => {
      const response = await request(input.url, { method: 'POST', headers, body: bodyOf(n), dispatcher: agent, headersTimeout: 30_000, bodyTimeout: 30_000 });
      return problemOf(response.statusCode, await response.body.text());
    },
    ...(progress ? { onProgress: (p) => console.log(JSON.stringify({ progress: p })) } : {}),
  });
  const late = summariseLatencies(result.lateness);
  return {
    requests: result.requests,
    rps: result.latencies.length / result.duration,
    ...summariseLatencies(result.latencies),
    errors: result.errors,
    firstErrors: result.firstErrors,
    sentLate: { p99: late.p99, max: late.max },
    sent: result.requests,
  };
}

const rate = input.rate;
const first = input.offset ?? 0;
const warmup = input.warmupSeconds > 0 ? await (rate ? atRate(rate, input.warmupSeconds, first, false) : closedLoop(input.warmupSeconds, first, [])) : null;
const next = first + (warmup?.sent ?? 0);
const { sent: _sent, ...measured } = rate ? await atRate(rate, input.seconds, next, input.progress ?? false) : await closedLoop(input.seconds, next, []);
const output: DriveResult = { operation: input.operation, warmupRequests: warmup?.requests ?? 0, ...measured };
console.log(JSON.stringify(output));
