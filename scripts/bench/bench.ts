/**
 * `pnpm bench [--quick] [--subjects N] [--seconds S] [--connections C] [--gateways ours,apollo,hive]
 * [--operations profile,creditCheck,page50,search] [--ingest N] [--subgraphs-in-one-process]`: the benchmark (README "Performance").
 *
 * Against the PostgreSQL server (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * it seeds or reuses one database per subgraph for N demo subjects (`credit_bench_<N>_<subgraph>`),
 * starts the five subgraphs as processes, then each gateway under test in turn on the same
 * supergraph (this project's gateway, bare `@apollo/gateway`, Hive Gateway), drives each with
 * autocannon in its own process for each operation (every request a different subject), times
 * an ingestion of records through this gateway, prints one table and writes
 * `bench-results/<timestamp>.json`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_SEED } from '@credit/demo-data';
import pg from 'pg';
import { developmentToken } from '../../gateway/src/identity';
import { Supervisor, asOneProcess, stopAll, type Service } from '../lib/processes';
import { writeTemplateCsv } from '../lib/templateFile';
import { SUBGRAPHS } from '../subgraphs';
import { BENCH_PURPOSE_HEADER } from './callers';
import type { DriveResult } from './drive';
import { OPERATIONS } from './operations';
import { compileEntry } from '../lib/compile';
import { cpuSeconds, peakRssMb } from './procs';
import { BENCH_NAMES, benchDatabaseUrl, seedBench, type SeedReport } from './seed';
import { GATEWAYS, type GatewayUnderTest } from './gateways';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    subjects: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '10' },
    gateways: { type: 'string', default: 'ours,apollo,hive' },
    operations: { type: 'string', default: OPERATIONS.map((o) => o.name).join(',') },
    ingest: { type: 'string' },
    rate: { type: 'string' },
    /** Rounds per operation: each round drives every gateway once, in alternating order; the table shows medians. */
    rounds: { type: 'string', default: '1' },
    /** Writes a V8 CPU profile of each gateway process to bench-results/cpu-<time>/. */
    'cpu-prof': { type: 'boolean', default: false },
    /** Runs the subgraphs from esbuild bundles (plain Node.js) instead of through tsx. */
    compiled: { type: 'boolean', default: false },
    /** Runs the five subgraphs in one process (scripts/allSubgraphs.ts), as `pnpm start --subgraphs-in-one-process`. */
    'subgraphs-in-one-process': { type: 'boolean', default: false },
  },
});
const quick = values.quick!;
const subjects = Number(values.subjects ?? (quick ? 100_000 : 1_000_000));
const seconds = Number(values.seconds ?? (quick ? 5 : 20));
const warmupSeconds = Number(values.warmup ?? (quick ? 2 : 5));
const connections = Number(values.connections);
const ingestRecords = Number(values.ingest ?? (quick ? 20_000 : 100_000));
const rate = values.rate ? Number(values.rate) : undefined;
const serverUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/postgres';
const prefix = `credit_bench_${subjects}`;
const root = fileURLToPath(new URL('../..', import.meta.url));
const host = '127.0.0.1';
const log = (line: string) => console.error(`[bench] ${line}`);
const gatewayNames = values.gateways!.split(',').filter(Boolean);
const unknownGateway = gatewayNames.find((name) => !GATEWAYS[name]);
if (unknownGateway) throw new Error(`unknown gateway ${unknownGateway}: one of ${Object.keys(GATEWAYS).join(', ')}`);
const operations = values.operations!.split(',').map((name) => {
  const operation = OPERATIONS.find((o) => o.name === name);
  if (!operation) throw new Error(`unknown operation ${name}: one of ${OPERATIONS.map((o) => o.name).join(', ')}`);
  return operation;
});
process.env.APOLLO_TELEMETRY_DISABLED = '1';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until a URL answers 2xx (GET), or a GraphQL endpoint answers `{ __typename }`. */
async function waitUntilUp(url: string, supervisor: Supervisor, graphql = false, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (supervisor.crashed) throw new Error(`${supervisor.service.name} exited while starting`);
    try {
      const response = graphql
        ? await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', signal: AbortSignal.timeout(2000) })
        : await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${supervisor.service.name} did not come up at ${url}`);
}

/** Committed transactions per subgraph database so far (each autocommit statement is one). */
async function transactions(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ datname: string; n: string }>(
    `select datname, xact_commit + xact_rollback as n from pg_stat_database where datname like $1`,
    [`${prefix}_%`],
  );
  const out: Record<string, number> = {};
  for (const row of rows) out[row.datname.slice(prefix.length + 1)] = Number(row.n);
  return out;
}

function drive(input: Record<string, unknown>): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/drive.ts', JSON.stringify(input)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(line) as DriveResult);
    });
  });
}

export interface Cell extends DriveResult {
  gateway: string;
  /** Transactions per request by subgraph (pg_stat_database deltas; the audit write counts under subjects). */
  sqlPerRequest: Record<string, number>;
  /** CPU milliseconds per request of the gateway and each subgraph (from /proc, 10 ms ticks). */
  cpuMsPerRequest: Record<string, number>;
}

const supervisors: Supervisor[] = [];
const stats = new pg.Client({ connectionString: serverUrl });
const work = mkdtempSync(join(tmpdir(), 'credit-bench-'));
const startedAt = new Date();
const cells: Cell[] = [];
const peaks: Record<string, number> = {};
let ingestion: Record<string, unknown> | null = null;
let seed: SeedReport | null = null;

/** With --compiled a gateway runs from an esbuild build too (tsx if its build fails). */
async function gatewayMain(main: string): Promise<{ main: string; compiled: boolean }> {
  if (!values.compiled) return { main, compiled: false };
  try {
    return { main: await compileEntry(root, main), compiled: true };
  } catch (error) {
    log(`${main} does not build (${(error as Error).message.split('\n')[0]}); it runs through tsx`);
    return { main, compiled: false };
  }
}

function cpuProf(name: string): string[] {
  if (!values['cpu-prof']) return [];
  const dir = join(root, 'bench-results', `cpu-${startedAt.toISOString().replace(/[:.]/g, '-')}`, name);
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

function notePeak(name: string, pid: number | undefined) {
  peaks[name] = Math.max(peaks[name] ?? 0, peakRssMb(pid));
}

try {
  log(`PostgreSQL ${new URL(serverUrl).host}; ${subjects} subjects; ${seconds} s a cell after ${warmupSeconds} s warm-up; ${connections} connections; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  seed = await seedBench(serverUrl, prefix, subjects, log);
  log(`data ${seed.reused ? 'reused' : 'seeded'} in ${seed.seconds.toFixed(1)} s`);
  await stats.connect();

  const gatewayPort = await freePort();
  const ourUrl = `http://${host}:${gatewayPort}/graphql`;
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const)));
  const common = { LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: '1', DATA_DIR: work };
  const subgraphServices: Service[] = await Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const NAME = entry.name.toUpperCase();
      const main = `subgraphs/${entry.name}/src/main.ts`;
      return {
        name: entry.name,
        main: values.compiled ? await compileEntry(root, main) : main,
        compiled: values.compiled,
        healthUrl: `http://${host}:${ports[entry.name]}/health`,
        env: {
          ...common,
          [`${NAME}_PORT`]: String(ports[entry.name]),
          [`${NAME}_DATABASE_URL`]: benchDatabaseUrl(serverUrl, prefix, entry.name),
          GATEWAY_URL: ourUrl,
          ...(entry.serviceRoles ? { [`${NAME}_SERVICE_TOKEN`]: await developmentToken({ sub: `${entry.name}-service`, roles: entry.serviceRoles }, '8h') } : {}),
        },
      };
    }),
  );
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, `http://${host}:${ports[s.name]}/graphql`]));
  const inOneProcess = values['subgraphs-in-one-process']!;
  const allSubgraphs = 'scripts/allSubgraphs.ts';
  const together = inOneProcess && { ...asOneProcess('subgraphs', values.compiled ? await compileEntry(root, allSubgraphs) : allSubgraphs, subgraphServices), compiled: values.compiled };
  const subgraphSupervisors = (together ? [together] : subgraphServices).map((service) => new Supervisor(service, root));
  supervisors.push(...subgraphSupervisors);
  await Promise.all(subgraphServices.map((s) => waitUntilUp(s.healthUrl, subgraphSupervisors.find((p) => p.service.name === s.name) ?? subgraphSupervisors[0]!)));
  log(`subgraphs up: ${SUBGRAPHS.map((s) => `${s.name} :${ports[s.name]}`).join(', ')}`);

  const token = await developmentToken({ sub: 'bench-officer', dept: 'ZJJ', roles: ['DEPARTMENT'] }, '8h');
  const run = Date.now().toString(36);

  // Every gateway runs at once (idle but for its turn), and each operation is driven against each
  // gateway in turn, so that the gateways of one row meet the same machine and database state.
  const running: { name: string; spec: GatewayUnderTest; url: string; supervisor: Supervisor }[] = [];
  for (const name of gatewayNames) {
    const spec: GatewayUnderTest = GATEWAYS[name]!;
    const port = spec.ours && !running.some((r) => r.spec.ours) ? gatewayPort : await freePort();
    const url = `http://${host}:${port}/graphql`;
    const service: Service = {
      name,
      ...(spec.tsxOnly ? { main: spec.main, compiled: false } : await gatewayMain(spec.main)),
      healthUrl: spec.ours ? `http://${host}:${port}/health` : url,
      execArgv: cpuProf(name),
      env: { ...common, ...subgraphUrls, ...spec.env, GATEWAY_PORT: String(port), PORT: String(port), SUPERGRAPH_PATH: join(root, 'schema/supergraph.graphql') },
    };
    const supervisor = new Supervisor(service, root, undefined, log);
    supervisors.push(supervisor);
    await waitUntilUp(service.healthUrl, supervisor, !spec.ours);
    running.push({ name, spec, url, supervisor });
    log(`${name} up on :${port}`);
  }
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, purpose: BENCH_PURPOSE_HEADER };
  const rounds = Math.max(1, Number(values.rounds));
  for (const operation of operations) {
    for (let round = 0; round < rounds; round++) {
    for (const { name, url, supervisor } of round % 2 === 0 ? running : [...running].reverse()) {
      const before = await transactions(stats);
      const cpuBefore = Object.fromEntries([[name, cpuSeconds(supervisor.child.pid)], ...subgraphSupervisors.map((s) => [s.service.name, cpuSeconds(s.child.pid)])]);
      const result = await drive({ url, operation: operation.name, population: subjects, seconds, warmupSeconds, connections, headers, run: `${run}-${name}`, rate });
      await new Promise((resolve) => setTimeout(resolve, 1200)); // backends report their statistics about once a second
      const after = await transactions(stats);
      // Warm-up requests reach the database and use CPU too: per request over both.
      const requestsSeen = Math.max(1, result.requests + result.warmupRequests);
      const sqlPerRequest: Record<string, number> = {};
      for (const db of BENCH_NAMES) sqlPerRequest[db] = Math.round((((after[db] ?? 0) - (before[db] ?? 0)) / requestsSeen) * 100) / 100;
      const cpu: Record<string, number> = {};
      for (const [process, pid] of [[name, supervisor.child.pid], ...subgraphSupervisors.map((s) => [s.service.name, s.child.pid])] as [string, number][]) {
        cpu[process] = Math.round(((cpuSeconds(pid) - cpuBefore[process]!) / requestsSeen) * 1e4) / 10;
      }
      cells.push({ ...result, gateway: name, sqlPerRequest, cpuMsPerRequest: cpu });
      notePeak(name, supervisor.child.pid);
      for (const s of subgraphSupervisors) notePeak(s.service.name, s.child.pid);
      log(`${name} ${operation.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}${result.firstErrors.length ? `\n  ${result.firstErrors.join('\n  ')}` : ''}`);
    }
    }
  }
  const ours = running.find((r) => r.spec.ours);
  if (ours && ingestRecords > 0) ingestion = await ingest(ours.url, run);
  report();
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await stopAll(supervisors);
  await stats.end().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}

/** N records through this gateway with `pnpm ingest` (its own process): records/s and peak RSS. */
async function ingest(url: string, run: string): Promise<Record<string, unknown>> {
  const file = join(work, 'records.csv');
  await writeTemplateCsv(file, { count: ingestRecords, subjects, seed: DEMO_SEED, run: run.slice(-5) });
  const token = await developmentToken({ sub: 'bench-officer', dept: 'SCJGJ', roles: ['DEPARTMENT'] }, '8h');
  const before = await transactions(stats);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', file, '--url', url, '--token', token, '--batch', '2000', '--concurrency', '3'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const secondsTaken = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const after = await transactions(stats);
  const accepted = Number(/accepted\s+(\d+)/.exec(output)?.[1] ?? 0);
  const result = {
    records: ingestRecords,
    accepted,
    seconds: Math.round(secondsTaken * 10) / 10,
    recordsPerSecond: Math.round(ingestRecords / secondsTaken),
    ingestPeakRssMb: Number(/peak RSS (\d+) MB/.exec(output)?.[1] ?? 0),
    transactions: Object.fromEntries(BENCH_NAMES.map((db) => [db, (after[db] ?? 0) - (before[db] ?? 0)])),
    exitCode: code,
  };
  log(`ingestion: ${ingestRecords} records in ${result.seconds} s (${result.recordsPerSecond} records/s), accepted ${accepted}`);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The rounds of one operation and gateway as one row: medians of rates and latencies, sums of errors. */
function combined(operation: string, gateway: string): Cell | undefined {
  const mine = cells.filter((c) => c.operation === operation && c.gateway === gateway);
  if (mine.length === 0) return undefined;
  const mean = (pick: (c: Cell) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const key of Object.keys(pick(mine[0]!))) out[key] = Math.round((mine.reduce((sum, c) => sum + (pick(c)[key] ?? 0), 0) / mine.length) * 100) / 100;
    return out;
  };
  return {
    ...mine[0]!,
    requests: mine.reduce((sum, c) => sum + c.requests, 0),
    rps: median(mine.map((c) => c.rps)),
    p50: median(mine.map((c) => c.p50)),
    p90: median(mine.map((c) => c.p90)),
    p99: median(mine.map((c) => c.p99)),
    max: Math.max(...mine.map((c) => c.max)),
    errors: mine.reduce((sum, c) => sum + c.errors, 0),
    firstErrors: mine.flatMap((c) => c.firstErrors).slice(0, 3),
    sqlPerRequest: mean((c) => c.sqlPerRequest),
    cpuMsPerRequest: mean((c) => c.cpuMsPerRequest),
  };
}

function report(): void {
  const rows = operations.flatMap((o) => gatewayNames.map((g) => combined(o.name, g)).filter((c): c is Cell => c !== undefined));
  const baseline = (operation: string) => rows.find((c) => c.gateway === gatewayNames[0] && c.operation === operation);
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const lines = [
    `${'operation'.padEnd(12)} ${'gateway'.padEnd(16)} ${pad('req/s', 7)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('errors', 6)} ${pad(`vs ${gatewayNames[0]}`, 9)}  SQL transactions per request (${BENCH_NAMES.join('/')})`,
  ];
  for (const operation of operations) {
    for (const cell of rows.filter((c) => c.operation === operation.name)) {
      const base = baseline(operation.name);
      const ratio = base && base.rps > 0 ? `${(cell.rps / base.rps).toFixed(2)}x` : '-';
      lines.push(
        `${operation.name.padEnd(12)} ${cell.gateway.padEnd(16)} ${pad(cell.rps.toFixed(0), 7)} ${pad(cell.p50, 7)} ${pad(cell.p99, 7)} ${pad(cell.errors, 6)} ${pad(ratio, 9)}  ${BENCH_NAMES.map((db) => cell.sqlPerRequest[db]).join(' / ')}`,
      );
    }
  }
  const cpuLines = rows.map(
    (c) => `${c.operation.padEnd(12)} ${c.gateway.padEnd(16)} ${Object.entries(c.cpuMsPerRequest).map(([p, ms]) => `${p} ${ms}`).join(', ')}`,
  );
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node.js ${process.version}, load average at end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  console.log(`
Benchmark ${startedAt.toISOString()}: ${values.rounds} round(s) per operation (medians), processes ${values.compiled ? 'compiled (esbuild)' : 'through tsx'}${values['subgraphs-in-one-process'] ? ', subgraphs in one process' : ''}, ${subjects} subjects (${seed?.reused ? 'reused' : `seeded in ${seed?.seconds.toFixed(0)} s`}), ${connections} connections, ${seconds} s a cell${rate ? ` at ${rate} req/s` : ''}
${machine}

${lines.join('\n')}

CPU ms per request (gateway, then each subgraph):
${cpuLines.join('\n')}

peak RSS (MB): ${Object.entries(peaks).map(([name, mb]) => `${name} ${mb}`).join(', ')}${
    ingestion ? `\ningestion through ${gatewayNames.find((g) => GATEWAYS[g]!.ours)}: ${ingestion.records} records in ${ingestion.seconds} s (${ingestion.recordsPerSecond} records/s), ingest process peak RSS ${ingestion.ingestPeakRssMb} MB` : ''
  }
operations: ${operations.map((o) => `${o.name}: ${o.description}`).join('; ')}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ startedAt, machine, compiledSubgraphs: values.compiled, subgraphsInOneProcess: values['subgraphs-in-one-process'], subjects, seed, seconds, warmupSeconds, connections, rate: rate ?? null, gateways: gatewayNames, rounds: Number(values.rounds), rows, cells, peakRssMb: peaks, ingestion }, null, 2),
  );
  console.log(`results: ${file}`);
}
