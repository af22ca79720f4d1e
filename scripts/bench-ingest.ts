/**
 * `DATABASE_URL=postgres://… pnpm bench:ingest [--records 100000] [--subjects 20000] [--batch 2000]
 * [--concurrency 3] [--keep]`: the ingestion benchmark. On a fresh PostgreSQL database it seeds demo
 * subjects, starts subjects, records and the gateway as separate processes, writes a national-template
 * CSV of N records, runs `pnpm ingest` on it through the gateway, and prints records/s, total time,
 * the ingest process's peak RSS, and the CPU time each process used.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDatabase } from '@credit/db/testing';
import { DEMO_SEED } from '@credit/demo-data';
import { openSubgraphDatabase } from '@credit/kit';
import { subgraph as subjectsSubgraph } from '@credit/subjects/server';
import { seedSubjects } from '@credit/subjects/seed';
import pg from 'pg';
import { developmentToken } from '../gateway/src/identity';
import { Supervisor, freePort, stopAll, waitUntilHealthy, type Service } from './lib/processes';
import { writeTemplateCsv } from './lib/templateFile';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    subjects: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl?.startsWith('postgres')) {
  console.error('bench:ingest measures ingestion into PostgreSQL: set DATABASE_URL=postgres://…');
  process.exit(2);
}
const records = Number(values.records);
const subjects = Number(values.subjects);
const root = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';


/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds used so far by the PostgreSQL server's processes on this machine (null if none seen). */
function postgresCpuSeconds(): number | null {
  let total = 0;
  let seen = false;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      // own time and that of finished children (backends that exited)
      total += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      seen = true;
    } catch {
      // the process ended meanwhile
    }
  }
  return seen ? total / 100 : null;
}

const database = await createDatabase(serverUrl, 'bench_ingest');
const { name, url: databaseUrl } = database;
const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
const supervisors: Supervisor[] = [];

try {
  console.error(`database ${name}; seeding ${subjects} demo subjects`);
  const subjectsDb = await openSubgraphDatabase({ ...subjectsSubgraph, url: databaseUrl });
  await seedSubjects(subjectsDb.db, { count: subjects, seed: DEMO_SEED });
  await subjectsDb.close();

  const file = join(work, 'records.csv');
  let started = performance.now();
  await writeTemplateCsv(file, { count: records, subjects, seed: DEMO_SEED, run: String(Date.now() % 100000) });
  console.error(`wrote ${records} records (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const [gatewayPort, subjectsPort, recordsPort] = [await freePort(), await freePort(), await freePort()];
  const gatewayUrl = `http://${host}:${gatewayPort}/graphql`;
  const common = { DATABASE_URL: databaseUrl, DATA_DIR: work, LOG_LEVEL: 'warn', APOLLO_TELEMETRY_DISABLED: '1' };
  const services: Service[] = [
    { name: 'subjects', main: 'subgraphs/subjects/src/main.ts', healthUrl: `http://${host}:${subjectsPort}/health`, env: { ...common, SUBJECTS_PORT: String(subjectsPort) } },
    {
      name: 'records',
      main: 'subgraphs/records/src/main.ts',
      healthUrl: `http://${host}:${recordsPort}/health`,
      env: {
        ...common,
        RECORDS_PORT: String(recordsPort),
        GATEWAY_URL: gatewayUrl,
        RECORDS_SERVICE_TOKEN: await developmentToken({ sub: 'records-service', roles: ['CREDIT_CENTRE'] }),
      },
    },
    {
      name: 'gateway',
      main: 'gateway/src/main.ts',
      healthUrl: `http://${host}:${gatewayPort}/health`,
      env: { ...common, GATEWAY_PORT: String(gatewayPort), SUBJECTS_URL: `http://${host}:${subjectsPort}/graphql`, RECORDS_URL: `http://${host}:${recordsPort}/graphql` },
    },
  ];
  for (const service of services) supervisors.push(new Supervisor(service, root));
  await Promise.all(supervisors.map((s) => waitUntilHealthy(s)));

  const token = await developmentToken({ sub: 'bench-officer', dept: 'SCJGJ', roles: ['DEPARTMENT'] });
  const postgresBefore = postgresCpuSeconds();
  started = performance.now();
  const ingest = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', file, '--url', gatewayUrl, '--token', token, '--batch', values.batch!, '--concurrency', values.concurrency!],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  ingest.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let ingestCpu: number | null = null;
  const sampler = setInterval(() => (ingestCpu = cpuSeconds(ingest.pid) ?? ingestCpu), 500);
  const code = await new Promise<number | null>((resolve) => ingest.once('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const postgresAfter = postgresCpuSeconds();
  console.log(output.trim());
  if (code !== 0) throw new Error(`ingest exited with ${code}`);

  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const stored = (await check.query<{ n: number }>('select count(*)::int as n from records.credit_record')).rows[0]!.n;
  await check.end();
  const rss = /peak RSS (\d+) MB/.exec(output)?.[1];
  const cpu = services.map((s, i) => `${s.name} ${cpuSeconds(supervisors[i]!.child.pid)?.toFixed(1) ?? '?'} s`).join(', ');
  console.log(`
benchmark: ${records} records through the gateway into PostgreSQL (batch ${values.batch}, ${values.concurrency} in flight)
  total time        ${seconds.toFixed(1)} s (ingest process, start to exit)
  throughput        ${Math.round(records / seconds)} records/s
  ingest peak RSS   ${rss ?? '?'} MB
  stored records    ${stored}
  CPU time          ingest ${ingestCpu !== null ? `${(ingestCpu as number).toFixed(1)} s` : '?'} (last sample), ${cpu}, PostgreSQL ${postgresBefore !== null && postgresAfter !== null ? `${(postgresAfter - postgresBefore).toFixed(1)} s (local server processes)` : 'not on this machine'}
  machine           ${availableParallelism()} CPU cores
  target            1,000,000 in under 120 s (8,334 records/s) under 500 MB`);
} finally {
  await stopAll(supervisors);
  rmSync(work, { recursive: true, force: true });
  if (!values.keep) await database.drop();
  else console.error(`kept database ${name}`);
}
