/**
 * `pnpm bench [--quick] [--subjects N] [--seconds S] [--connections C] [--gateways ours,apollo,hive]
 * [--operations profile,creditCheck,page50,search] [--ingest N] [--rate R | --at-fraction F]
 * [--rounds N] [--warm-pass S]
 * [--soak S [--soak-rate R | --soak-fraction F] [--soak-operation O]] [--subgraphs-in-one-process]`: the benchmark (README "Performance").
 *
 * Against the PostgreSQL server (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * it seeds or reuses one database per subgraph for N demo subjects (`credit_bench_<N>_<subgraph>`),
 * starts the five subgraphs as processes, then each gateway under test in turn on the same
 * supergraph (this project's gateway, bare `@apollo/gateway`, Hive Gateway), drives each with
 * autocannon in its own process for each operation (every request a different subject), with
 * `--at-fraction` drives each again at that fraction of the rate just measured, with `--soak` drives
 * one operation against the first gateway for a long while watching memory (`soak.ts`), times an
 * ingestion of records through this gateway, prints one table and writes
 * `bench-results/<timestamp>.json`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_SEED } from '@credit/demo-data';
import pg from 'pg';
import { developmentToken } from '../../gateway/src/identity';
import { Supervisor, freePort, stopAll, waitUntilHealthy, type Service } from '../lib/processes';
import { BENCH_HOST as host, startBenchSubgraphs } from './system';
import { writeTemplateCsv } from '../lib/templateFile';
import { SUBGRAPHS } from '../subgraphs';
import { BENCH_PURPOSE_HEADER } from './callers';
import { OPERATIONS, organisationCount } from './operations';
import { compileEntry, stopCompiler } from '../lib/compile';
import { loadLabel, parseFraction, parseRate, rateAtFraction, soakRate, type Load } from './loadPlan';
import { gcLine } from './gc';
import { runDrive } from './runDrive';
import { bufferFit, databaseCounters, measureCell, type BufferFit, type Cell, type CellContext } from './measure';
import { peakRssMb, postgresServerPid } from './procs';
import { runSoak, soakLines, type SoakReport } from './soak';
import { median, tableLines, tableRows } from './table';
import { BENCH_NAMES, emptyBenchAccessLog, seedBench, type SeedReport } from './seed';
import { GATEWAYS, embeddedSubgraphEnv, type GatewayUnderTest } from './gateways';

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
    /** Every cell at this offered rate (requests/s, evenly paced) instead of closed loop. */
    rate: { type: 'string' },
    /** After each closed-loop cell, the same operation and gateway again at this fraction of the rate it served. */
    'at-fraction': { type: 'string' },
    /** Seconds of one operation against the first gateway at a fixed rate, watching every process's memory. */
    soak: { type: 'string' },
    'soak-operation': { type: 'string', default: 'profile' },
    /** The soak's rate; by default `--soak-fraction` of the closed-loop rate measured just before. */
    'soak-rate': { type: 'string' },
    'soak-fraction': { type: 'string', default: '0.8' },
    /** Rounds per operation: each round drives every gateway once, in alternating order; the table shows medians. */
    rounds: { type: 'string', default: '1' },
    /** Seconds of an unmeasured drive of every operation against every gateway before the first round (0: none). */
    'warm-pass': { type: 'string' },
    /** Writes a V8 CPU profile of each gateway and subgraph process to bench-results/cpu-<time>/. */
    'cpu-prof': { type: 'boolean', default: false },
    /** Runs the subgraphs from esbuild bundles (plain Node.js) instead of through tsx. */
    compiled: { type: 'boolean', default: false },
    /** Runs the five subgraphs in one process (scripts/allSubgraphs.ts), as `pnpm start --subgraphs-in-one-process`. */
    'subgraphs-in-one-process': { type: 'boolean', default: false },
    /** Leaves the access log earlier runs wrote in the bench's subjects database (emptied by default). */
    'keep-access-log': { type: 'boolean', default: false },
  },
});
const quick = values.quick!;
const subjects = Number(values.subjects ?? (quick ? 100_000 : 1_000_000));
const seconds = Number(values.seconds ?? (quick ? 5 : 20));
const warmupSeconds = Number(values.warmup ?? (quick ? 2 : 5));
const warmPassSeconds = Number(values['warm-pass'] ?? (quick ? 3 : 8));
if (!(warmPassSeconds >= 0)) throw new Error(`--warm-pass takes seconds, 0 or more (got ${values['warm-pass']})`);
const connections = Number(values.connections);
const ingestRecords = Number(values.ingest ?? (quick ? 20_000 : 100_000));
const rate = parseRate('rate', values.rate);
const atFraction = parseFraction('at-fraction', values['at-fraction']);
if (rate !== undefined && atFraction !== undefined) throw new Error('--rate and --at-fraction do not go together: a fraction is of the closed-loop rate');
const soakSeconds = values.soak === undefined ? undefined : Number(values.soak);
if (soakSeconds !== undefined && !(soakSeconds > 0)) throw new Error(`--soak takes seconds above 0 (got ${values.soak})`);
const soakAsked = { rate: parseRate('soak-rate', values['soak-rate']), fraction: parseFraction('soak-fraction', values['soak-fraction'])! };
const soakOperation = OPERATIONS.find((o) => o.name === values['soak-operation']);
if (!soakOperation) throw new Error(`unknown --soak-operation ${values['soak-operation']}: one of ${OPERATIONS.map((o) => o.name).join(', ')}`);
const serverUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/postgres';
const prefix = `credit_bench_${subjects}`;
const root = fileURLToPath(new URL('../..', import.meta.url));
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


const supervisors: Supervisor[] = [];
const stats = new pg.Client({ connectionString: serverUrl });
const work = mkdtempSync(join(tmpdir(), 'credit-bench-'));
const startedAt = new Date();
const cells: Cell[] = [];
const peaks: Record<string, number> = {};
let ingestion: Record<string, unknown> | null = null;
let soak: SoakReport | null = null;
let seed: SeedReport | null = null;
let buffers: BufferFit | null = null;
/** The PostgreSQL server's main process, when it runs on this machine (its CPU joins the table). */
let postgresPid: number | null = null;

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

/**
 * Node.js flags of every process the benchmark starts. V8's memory reducer collects garbage in a
 * process that has gone idle, a few times over the next half minute, with helper threads on every
 * core: the gateways not under test and the subgraph processes an embedded cell does not use would
 * collect in the middle of the next cell, stalling the process measured for tens of milliseconds.
 * Under load it never runs, so the process measured is unchanged.
 */
function nodeFlags(name: string): string[] {
  const flags = ['--no-memory-reducer'];
  if (!values['cpu-prof']) return flags;
  const dir = join(root, 'bench-results', `cpu-${startedAt.toISOString().replace(/[:.]/g, '-')}`, name);
  mkdirSync(dir, { recursive: true });
  return [...flags, '--cpu-prof', `--cpu-prof-dir=${dir}`];
}

function notePeak(name: string, pid: number | undefined) {
  peaks[name] = Math.max(peaks[name] ?? 0, peakRssMb(pid));
}

try {
  log(`PostgreSQL ${new URL(serverUrl).host}; ${subjects} subjects; ${seconds} s a cell after ${warmupSeconds} s warm-up; ${connections} connections; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  seed = await seedBench(serverUrl, prefix, subjects, log);
  log(`data ${seed.reused ? 'reused' : 'seeded'} in ${seed.seconds.toFixed(1)} s`);
  if (!values['keep-access-log']) await emptyBenchAccessLog(serverUrl, prefix, log);
  await stats.connect();
  postgresPid = postgresServerPid((await stats.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid);
  log(postgresPid ? `PostgreSQL server process ${postgresPid}: its CPU is counted per request` : 'PostgreSQL server not among this machine\'s processes: its CPU is not counted');
  buffers = await bufferFit(stats, prefix);
  log(
    `PostgreSQL's shared buffers ${buffers.sharedBuffersMb} MB, the bench databases ${buffers.databasesMb} MB` +
      (buffers.sharedBuffersMb < buffers.databasesMb ? ': what the buffers do not hold is read from the page cache, or from disk when the kernel evicted it (reads per request below)' : ''),
  );

  const gatewayPort = await freePort();
  const ourUrl = `http://${host}:${gatewayPort}/graphql`;
  const common = { LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: '1', DATA_DIR: work };
  const { supervisors: subgraphSupervisors, urls: subgraphUrls, ports } = await startBenchSubgraphs({
    root,
    serverUrl,
    prefix,
    gatewayUrl: ourUrl,
    compiled: values.compiled!,
    env: common,
    execArgv: nodeFlags,
    inOneProcess: values['subgraphs-in-one-process']!,
  });
  supervisors.push(...subgraphSupervisors);
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
      execArgv: nodeFlags(name),
      env: { ...common, ...subgraphUrls, ...(spec.embedsSubgraphs ? embeddedSubgraphEnv(subgraphSupervisors.map((s) => s.service)) : {}), ...spec.env, GATEWAY_PORT: String(port), PORT: String(port), SUPERGRAPH_PATH: join(root, 'schema/supergraph.graphql') },
    };
    const supervisor = new Supervisor(service, root, undefined, log);
    supervisors.push(supervisor);
    await waitUntilHealthy(supervisor, { graphql: !spec.ours, timeoutMs: 120_000 });
    running.push({ name, spec, url, supervisor });
    log(`${name} up on :${port}`);
  }
  await stopCompiler(); // every bundle is built: esbuild's service process would hold its memory through the run
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, purpose: BENCH_PURPOSE_HEADER };
  const rounds = Math.max(1, Number(values.rounds));
  const context: Omit<CellContext, 'processes'> = { root, stats, prefix, databases: BENCH_NAMES, postgresPid };
  // Every drive walks its own stretch of the organisations (its requests ask for subjects no earlier
  // drive of the run asked for), so that no cell finds its subjects' pages already brought into
  // PostgreSQL's buffers by another gateway's cell, and the reads column compares like with like
  // (when all cells started at the same request, the gateway that served the most requests was
  // the first to reach the subjects past the others' and read for them all). The stretches divide
  // the walk's cycle; a cell that outruns its stretch continues into the next.
  const plannedDrives =
    (warmPassSeconds > 0 ? operations.length * running.length : 0) +
    operations.length * rounds * running.length * (atFraction === undefined ? 1 : 2) +
    (soakSeconds === undefined ? 0 : 2);
  const stretch = Math.max(1, Math.floor(organisationCount(subjects) / plannedDrives));
  let drives = 0;
  const driveInput = (gateway: string, url: string, operation: string, load: Load) => ({
    offset: drives++ * stretch,
    url,
    operation,
    population: subjects,
    seconds,
    warmupSeconds,
    connections,
    headers,
    run: `${run}-${gateway}${load.kind === 'fraction' ? '-f' : ''}`,
    ...(load.kind === 'closed' ? {} : { rate: load.rate }),
  });
  const measure = async (gateway: (typeof running)[number], operation: string, load: Load) => {
    const metricsUrl = gateway.spec.ours ? { metricsUrl: new URL('/metrics', gateway.url).href } : {};
    const cell = await measureCell({ ...context, processes: [gateway.supervisor, ...subgraphSupervisors], ...metricsUrl }, gateway.name, load, driveInput(gateway.name, gateway.url, operation, load));
    cells.push(cell);
    notePeak(gateway.name, gateway.supervisor.child.pid);
    for (const s of subgraphSupervisors) notePeak(s.service.name, s.child.pid);
    log(`${gateway.name} ${operation} at ${loadLabel(load)}: ${cell.rps.toFixed(0)} req/s served, p50 ${cell.p50} ms, p99 ${cell.p99} ms, errors ${cell.errors}${cell.sentLate ? `; sent late p99 ${cell.sentLate.p99} ms, max ${cell.sentLate.max} ms` : ''}${cell.gc ? `; ${gcLine(cell.gc)}` : ''}${cell.firstErrors.length ? `\n  ${cell.firstErrors.join('\n  ')}` : ''}`);
    return cell;
  };
  // Without this, the first cell of each operation would also warm its gateway's JIT and plans and
  // PostgreSQL's indexes' upper pages, for the gateways after it: one unmeasured drive of every
  // operation against every gateway first.
  for (const operation of warmPassSeconds > 0 ? operations : []) {
    for (const gateway of running) {
      await runDrive(root, { ...driveInput(gateway.name, gateway.url, operation.name, { kind: 'closed' }), seconds: warmPassSeconds, warmupSeconds: 0, run: `${run}-${gateway.name}-warm` });
      log(`${gateway.name} warmed with ${operation.name} for ${warmPassSeconds} s (not measured)`);
    }
  }
  for (const operation of operations) {
    for (let round = 0; round < rounds; round++) {
      for (const gateway of round % 2 === 0 ? running : [...running].reverse()) {
        const cell = await measure(gateway, operation.name, rate === undefined ? { kind: 'closed' } : { kind: 'rate', rate });
        if (atFraction !== undefined) await measure(gateway, operation.name, { kind: 'fraction', fraction: atFraction, rate: rateAtFraction(cell.rps, atFraction) });
      }
    }
  }
  if (soakSeconds !== undefined) {
    const gateway = running[0]!;
    const closedRates = () => cells.filter((c) => c.gateway === gateway.name && c.operation === soakOperation.name && c.load.kind === 'closed').map((c) => c.rps);
    let chosen = soakRate(soakAsked, closedRates().length ? median(closedRates()) : undefined);
    if ('measureFirst' in chosen) {
      await measure(gateway, soakOperation.name, { kind: 'closed' });
      chosen = soakRate(soakAsked, median(closedRates()));
    }
    if ('measureFirst' in chosen) throw new Error('no closed-loop rate to soak at');
    soak = await runSoak({
      root,
      gateway: gateway.name,
      processes: [gateway.supervisor, ...subgraphSupervisors],
      ...(gateway.spec.ours ? { metricsUrl: new URL('/metrics', gateway.url).href } : {}),
      rate: chosen.rate,
      basis: chosen.basis,
      input: { ...driveInput(gateway.name, gateway.url, soakOperation.name, { kind: 'closed' }), seconds: soakSeconds, run: `${run}-soak` },
      log,
    });
    notePeak(gateway.name, gateway.supervisor.child.pid);
    for (const s of subgraphSupervisors) notePeak(s.service.name, s.child.pid);
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
  const { transactions: before } = await databaseCounters(stats, prefix);
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
  const { transactions: after } = await databaseCounters(stats, prefix);
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

function report(): void {
  const rows = tableRows(cells, operations.map((o) => o.name), gatewayNames);
  const lines = tableLines(rows, gatewayNames[0]!, BENCH_NAMES);
  const cpuLines = rows.map(
    (c) => `${c.operation.padEnd(12)} ${c.gateway.padEnd(16)} ${loadLabel(c.load).padEnd(20)} ${Object.entries(c.cpuMsPerRequest).map(([p, ms]) => `${p} ${ms}`).join(', ')}`,
  );
  const readLines = rows.map(
    (c) =>
      `${c.operation.padEnd(12)} ${c.gateway.padEnd(16)} ${loadLabel(c.load).padEnd(20)} ${c.reads.blocksOutsideSharedBuffers} blocks from outside shared buffers, ${c.reads.pageCacheRefaults ?? '?'} pages read back after eviction`,
  );
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node.js ${process.version}, load average at end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  console.log(`
Benchmark ${startedAt.toISOString()}: ${values.rounds} round(s) per operation (medians), processes ${values.compiled ? 'compiled (esbuild)' : 'through tsx'}${values['subgraphs-in-one-process'] ? ', subgraphs in one process' : ''}, ${subjects} subjects (${seed?.reused ? 'reused' : `seeded in ${seed?.seconds.toFixed(0)} s`}), ${connections} connections, ${seconds} s a cell${rate ? ` at ${rate} req/s offered` : ''}${atFraction ? `, then at ${atFraction} of the rate served closed-loop` : ''}; fixed rates are evenly paced, open loop
${machine}${buffers ? `; PostgreSQL's shared buffers ${buffers.sharedBuffersMb} MB for ${buffers.databasesMb} MB of bench databases` : ''}

${lines.join('\n')}

CPU ms per request (gateway, then each subgraph${postgresPid ? ', then the PostgreSQL server, all its processes' : ''}):
${cpuLines.join('\n')}

PostgreSQL's reads per request (blocks it read from the operating system; pages of the machine's page cache evicted and read back from disk):
${readLines.join('\n')}

peak RSS (MB): ${Object.entries(peaks).map(([name, mb]) => `${name} ${mb}`).join(', ')}${
    ingestion ? `\ningestion through ${gatewayNames.find((g) => GATEWAYS[g]!.ours)}: ${ingestion.records} records in ${ingestion.seconds} s (${ingestion.recordsPerSecond} records/s), ingest process peak RSS ${ingestion.ingestPeakRssMb} MB` : ''
  }
operations: ${operations.map((o) => `${o.name}: ${o.description}`).join('; ')}${soak ? `\n\n${soakLines(soak).join('\n')}` : ''}`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ startedAt, machine, postgres: buffers, compiledSubgraphs: values.compiled, subgraphsInOneProcess: values['subgraphs-in-one-process'], subjects, seed, seconds, warmupSeconds, connections, rate: rate ?? null, atFraction: atFraction ?? null, gateways: gatewayNames, rounds: Number(values.rounds), rows, cells, peakRssMb: peaks, ingestion, soak }, null, 2),
  );
  console.log(`results: ${file}`);
}
