/**
 * `pnpm bench:evaluate [--subjects 100000] [--tsx] [--cpu-prof]`: an evaluation run through the gateway, as
 * production runs it. Seeds or reuses the `pnpm bench` databases for N demo subjects
 * (`credit_bench_<N>_<subgraph>`, scripts/bench/seed.ts), starts the five subgraphs and the gateway
 * as separate processes from esbuild builds (`--tsx`: through tsx), then has the credit centre start
 * an evaluation run (ratings reads every subject's inputs through the gateway in pages, scores and
 * stores them) and waits for it. Prints progress, the run's seconds and subjects/s, the load
 * average, CPU seconds and peak RSS per process (PostgreSQL: the backends serving the bench
 * databases, sampled every 5 s). PostgreSQL from DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateThroughGateway } from '@credit/ratings/evaluateThroughGateway';
import pg from 'pg';
import { developmentToken } from '../gateway/src/identity';
import { GATEWAYS } from './bench/gateways';
import { cpuSeconds, peakRssMb } from './bench/procs';
import { seedBench } from './bench/seed';
import { BENCH_HOST, startBenchSubgraphs } from './bench/system';
import { compileEntry, stopCompiler } from './lib/compile';
import { Supervisor, freePort, stopAll, waitUntilHealthy } from './lib/processes';
import { progressBar } from './lib/progress';

const { values } = parseArgs({
  options: {
    subjects: { type: 'string', default: '100000' },
    tsx: { type: 'boolean', default: false },
    'as-of': { type: 'string', default: '2026-11-20' },
    /** Writes a V8 CPU profile of each process to bench-results/evaluate-cpu-<time>/<process>/. */
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const subjects = Number(values.subjects);
const compiled = !values.tsx;
const serverUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/postgres';
const prefix = `credit_bench_${subjects}`;
const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => console.error(`[bench:evaluate] ${line}`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
process.env.APOLLO_TELEMETRY_DISABLED = '1';
const profileDir = join(root, 'bench-results', `evaluate-cpu-${new Date().toISOString().replace(/[:.]/g, '-')}`);
const cpuProf = (name: string) => (values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : []);

/** CPU seconds so far of the PostgreSQL backends serving the bench databases, by backend pid. */
async function backendCpu(client: pg.Client): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>(`select pid from pg_stat_activity where datname like $1 and pid <> pg_backend_pid()`, [`${prefix}_%`]);
  return new Map(rows.map((row) => [row.pid, cpuSeconds(row.pid)]));
}

const supervisors: Supervisor[] = [];
const work = mkdtempSync(join(tmpdir(), 'credit-bench-evaluate-'));
const stats = new pg.Client({ connectionString: serverUrl });
try {
  log(`PostgreSQL ${new URL(serverUrl).host}; ${subjects} subjects; processes ${compiled ? 'compiled (esbuild)' : 'through tsx'}; load average ${load()}`);
  const seed = await seedBench(serverUrl, prefix, subjects, log);
  log(`data ${seed.reused ? 'reused' : 'seeded'} in ${seed.seconds.toFixed(1)} s`);
  await stats.connect();

  const gatewayPort = await freePort();
  const gatewayUrl = `http://${BENCH_HOST}:${gatewayPort}/graphql`;
  const common = { LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: '1', DATA_DIR: work };
  const subgraphs = await startBenchSubgraphs({ root, serverUrl, prefix, gatewayUrl, compiled, env: common, log, execArgv: cpuProf });
  supervisors.push(...subgraphs.supervisors);
  const gatewayMain = 'gateway/src/main.ts';
  const gatewayBuild = compiled ? await compileEntry(root, gatewayMain) : gatewayMain;
  await stopCompiler(); // every bundle is built
  const gateway = new Supervisor(
    {
      name: 'gateway',
      main: gatewayBuild,
      compiled,
      execArgv: cpuProf('gateway'),
      healthUrl: `http://${BENCH_HOST}:${gatewayPort}/health`,
      // The gateway as `pnpm bench` runs it (rate limits out of the way of one busy caller), with the
      // per-subgraph deadline the loaded shared machine needs.
      env: { ...common, ...subgraphs.urls, ...GATEWAYS.ours!.env, GATEWAY_PORT: String(gatewayPort), SUBGRAPH_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '120000' },
    },
    root,
    undefined,
    log,
  );
  supervisors.push(gateway);
  await waitUntilHealthy(gateway, { timeoutMs: 120_000 });
  log(`gateway and ${subgraphs.supervisors.length} subgraphs up; load average ${load()}`);

  const token = await developmentToken({ sub: 'evaluation', dept: 'XYZX', roles: ['CREDIT_CENTRE'] }, '12h');
  const cpuBefore = new Map(supervisors.map((s) => [s.service.name, cpuSeconds(s.child.pid)]));
  // Backends come and go with the pools: each one's CPU as last seen (sampled every 5 s), less what it had used before the run.
  const backendsBefore = await backendCpu(stats);
  const backendsSeen = new Map(backendsBefore);
  const sampleBackends = async () => {
    for (const [pid, cpu] of await backendCpu(stats)) backendsSeen.set(pid, cpu);
  };
  const loads: number[] = [];
  const sampler = setInterval(() => {
    loads.push(loadavg()[0]!);
    sampleBackends().catch(() => {});
  }, 5000);
  const bar = progressBar('evaluated', subjects);
  const started = performance.now();
  const outcome = await evaluateThroughGateway({ gatewayUrl, token, asOf: values['as-of'], onProgress: bar.update, pollMs: 1000, timeoutMs: 3 * 3600_000 });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  bar.stop();
  await sampleBackends();
  let postgresCpu = 0;
  for (const [pid, cpu] of backendsSeen) postgresCpu += cpu - (backendsBefore.get(pid) ?? 0);
  const cpu = supervisors.map((s) => `${s.service.name} ${(cpuSeconds(s.child.pid) - cpuBefore.get(s.service.name)!).toFixed(1)}`);
  const rss = supervisors.map((s) => `${s.service.name} ${peakRssMb(s.child.pid)}`);
  const meanLoad = loads.length ? (loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1) : load().split(' ')[0];
  console.log(
    `evaluation run ${outcome.status}: ${outcome.subjectsDone} subjects through the gateway in ${seconds.toFixed(1)} s ` +
      `(${Math.round(outcome.subjectsDone / seconds)} subjects/s); unknown inputs: ${outcome.unknownInputs.join(', ') || 'none'}${outcome.error ? `; error: ${outcome.error}` : ''}\n` +
      `load average: ${meanLoad} mean of the 1-minute figure during the run, ${load()} at the end\n` +
      `CPU seconds during the run: ${cpu.join(', ')}, PostgreSQL backends ${postgresCpu.toFixed(1)}\n` +
      `peak RSS (MB): ${rss.join(', ')}`,
  );
  if (outcome.status !== 'COMPLETED') process.exitCode = 1;
} finally {
  await stopAll(supervisors);
  if (values['cpu-prof']) log(`CPU profiles in ${profileDir} (tsx scripts/bench/cpuprofile.ts FILE sums one by package and function)`);
  await stats.end().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
