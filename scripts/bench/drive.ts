/**
 * The load generator, run as its own process by `pnpm bench`: autocannon against one gateway for
 * one operation, each request a different subject (bodies made per request), a short warm-up
 * first. Prints one JSON line: requests/s, latency percentiles, errors (transport errors, non-2xx
 * answers and 2xx answers carrying GraphQL errors) and the first error bodies seen.
 *
 * Input: one JSON argument { url, operation, population, seconds, warmupSeconds, connections, headers, run, rate? }.
 */
import autocannon from 'autocannon';
import { OPERATIONS } from './operations';

interface DriveInput {
  url: string;
  operation: string;
  population: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  headers: Record<string, string>;
  run: string;
  /** Requests per second across all connections (open rate); unset: as fast as the gateway answers. */
  rate?: number;
  /** Extra request fields (e.g. an APQ extension) to send instead of the query text. */
  persisted?: boolean;
}

export interface DriveResult {
  operation: string;
  /** Requests sent during the warm-up (not in the figures, but in the database and CPU counts). */
  warmupRequests: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  firstErrors: string[];
}

const input = JSON.parse(process.argv[2]!) as DriveInput;
const operation = OPERATIONS.find((o) => o.name === input.operation);
if (!operation) throw new Error(`unknown operation ${input.operation}`);

async function run(seconds: number, offset: number, sample: string[]): Promise<{ result: autocannon.Result; bad: number }> {
  let n = offset;
  let bad = 0;
  const result = await autocannon({
    url: input.url,
    method: 'POST',
    connections: input.connections,
    duration: seconds,
    ...(input.rate ? { overallRate: input.rate } : {}),
    headers: { 'content-type': 'application/json', ...input.headers },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: JSON.stringify(operation!.body(n++, input.population, input.run)) }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) {
            bad++;
            if (sample.length < 3) sample.push(`${status} ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  });
  return { result, bad };
}

const sample: string[] = [];
const warmup = input.warmupSeconds > 0 ? await run(input.warmupSeconds, 10_000_000, []) : null;
const { result, bad } = await run(input.seconds, 0, sample);
const output: DriveResult = {
  operation: input.operation,
  warmupRequests: warmup?.result.requests.total ?? 0,
  requests: result.requests.total,
  rps: result.requests.total / (result.duration || input.seconds),
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  errors: result.errors + result.timeouts + bad,
  firstErrors: sample,
};
console.log(JSON.stringify(output));
