/**
 * `tsx scripts/bench/prepared.ts [--subjects 100000] [--blocks 20] [--block 100]`: the hot reads
 * prepared (each subgraph's `src/db/statements.ts`) and as the query builder sends them, in
 * alternating blocks on one connection per database, against the databases `pnpm bench` seeded
 * (read only; DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres): client-side
 * milliseconds and PostgreSQL backend CPU milliseconds (from /proc, so PostgreSQL on this machine)
 * per statement.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '@credit/db';
import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import { schema as ratingsSchema, currentRun, evaluations, runs } from '../../subgraphs/ratings/src/db/schema';
import { currentEvaluations } from '../../subgraphs/ratings/src/db/statements';
import { schema as servicesSchema, commitments } from '../../subgraphs/services/src/db/schema';
import { brokenCommitmentsOf } from '../../subgraphs/services/src/db/statements';
import { schema as subjectsSchema, subjects } from '../../subgraphs/subjects/src/db/schema';
import { subjectsByCode, subjectsById } from '../../subgraphs/subjects/src/db/statements';
import { benchDatabaseUrl } from './seed';

const { values } = parseArgs({ options: { subjects: { type: 'string', default: '100000' }, blocks: { type: 'string', default: '20' }, block: { type: 'string', default: '100' } } });
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const prefix = `credit_bench_${values.subjects}`;
const open = <T extends Record<string, unknown>>(name: string, schema: T) =>
  openDatabase({ schema, url: benchDatabaseUrl(server, prefix, name), pgSchema: name, poolSize: 1, migrationsFolder: fileURLToPath(new URL(`../../subgraphs/${name}/src/db/migrations`, import.meta.url)) });

const backendCpuMs = async (db: Pick<Database<Record<string, unknown>>, 'execute'>): Promise<number> => {
  const { rows } = (await db.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] };
  const fields = readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const subjectsDb = await open('subjects', subjectsSchema);
const ratingsDb = await open('ratings', ratingsSchema);
const servicesDb = await open('services', servicesSchema);
const sample = (await subjectsDb.db.execute(sql`select id, code from subjects.subject where code_type = 'CREDIT_CODE' limit 2000`)) as unknown as { rows: { id: string; code: string }[] };
const ids = sample.rows;
let n = 0;
const next = () => ids[n++ % ids.length]!;
const today = '2026-11-28';

const cases = [
  { name: 'subject by id', db: subjectsDb.db,
    builder: () => subjectsDb.db.select().from(subjects).where(inArray(subjects.id, [next().id])),
    prepared: () => subjectsById(subjectsDb.db).execute({ ids: [next().id] }) },
  { name: 'subject by code', db: subjectsDb.db,
    builder: () => subjectsDb.db.select().from(subjects).where(eq(subjects.code, next().code)),
    prepared: () => subjectsByCode(subjectsDb.db).execute({ codes: [next().code] }) },
  { name: 'current rating', db: ratingsDb.db,
    builder: () => ratingsDb.db.select({ evaluation: evaluations, asOf: runs.asOf, inputNotes: runs.inputNotes }).from(evaluations).innerJoin(runs, eq(runs.id, evaluations.runId))
      .where(and(eq(evaluations.runId, sql`(select ${currentRun.runId} from ${currentRun} limit 1)`), inArray(evaluations.subjectId, [next().id]))),
    prepared: () => currentEvaluations(ratingsDb.db).execute({ ids: [next().id] }) },
  { name: 'exclusions', db: servicesDb.db,
    builder: () => servicesDb.db.select({ id: commitments.id, subjectId: commitments.subjectId, department: commitments.department, excludedUntil: commitments.excludedUntil, note: commitments.verificationNote })
      .from(commitments).where(and(inArray(commitments.subjectId, [next().id]), sql`${commitments.status} = 'BROKEN' and ${commitments.repairedAt} is null`, or(isNull(commitments.excludedUntil), gte(commitments.excludedUntil, today)))),
    prepared: () => brokenCommitmentsOf(servicesDb.db).execute({ subjectIds: [next().id], today }) },
];

const blocks = Number(values.blocks);
const block = Number(values.block);
console.log(`${prefix}, ${blocks} blocks of ${block} statements per variant, interleaved; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const c of cases) {
  const totals = { builder: { ms: 0, cpu: 0 }, prepared: { ms: 0, cpu: 0 } };
  for (const variant of ['builder', 'prepared'] as const) for (let i = 0; i < 50; i++) await c[variant]();
  for (let b = 0; b < blocks; b++) {
    for (const variant of (b % 2 ? ['prepared', 'builder'] : ['builder', 'prepared']) as ('builder' | 'prepared')[]) {
      const cpu = await backendCpuMs(c.db);
      const started = performance.now();
      for (let i = 0; i < block; i++) await c[variant]();
      totals[variant].ms += performance.now() - started;
      totals[variant].cpu += (await backendCpuMs(c.db)) - cpu;
    }
  }
  const per = (t: { ms: number; cpu: number }) => `${(t.ms / (blocks * block)).toFixed(3)} ms, backend CPU ${(t.cpu / (blocks * block)).toFixed(3)} ms`;
  console.log(`${c.name.padEnd(16)} builder ${per(totals.builder)} | prepared ${per(totals.prepared)} | ratio ${(totals.prepared.ms / totals.builder.ms).toFixed(2)}`);
}
await Promise.all([subjectsDb.close(), ratingsDb.close(), servicesDb.close()]);
