/**
 * `tsx scripts/bench/search.ts [--seed N] [--runs 20]`: the subjects subgraph's name search
 * (`searchSubjects`, first 10, as the benchmark's department caller) against the subjects database
 * at SUBJECTS_DATABASE_URL or DATABASE_URL (PostgreSQL): milliseconds per query for a rare, a mid, a
 * frequent, a common and an absent two-character fragment, a longer one, one character, and the benchmark's own
 * fragments (`name.slice(4, 6)` of the subjects it picks); each with its number of matches and the
 * plan PostgreSQL chose (`EXPLAIN ANALYZE` of the statement the search sent). Opening the database
 * applies the subgraph's migrations, timed; `--seed N` first loads the demo population up to N
 * subjects (the subgraph's seed, timed).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { openSubgraphDatabase } from '@credit/kit';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { schema, subjects } from '../../subgraphs/subjects/src/db/schema';
import { searchSubjects } from '../../subgraphs/subjects/src/search';
import { countSubjects, seedSubjects } from '../../subgraphs/subjects/src/seed';
import { pick } from './operations';
import { median } from './table';

const { values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string', default: '20' } } });
const url = process.env.SUBJECTS_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  console.error('usage: SUBJECTS_DATABASE_URL=postgres://… tsx scripts/bench/search.ts [--seed N] [--runs 20]');
  process.exit(2);
}
const runs = Number(values.runs);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

let started = performance.now();
const handle = await openSubgraphDatabase({ name: 'subjects', schema, migrationsUrl: new URL('../../subgraphs/subjects/src/db/migrations', import.meta.url), url, poolSize: 1 });
console.log(`opened ${new URL(url).pathname.slice(1)} (migrations applied) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (values.seed) {
  started = performance.now();
  const before = await countSubjects(handle.db);
  await seedSubjects(handle.db, { count: Number(values.seed), seed: DEMO_SEED });
  await handle.db.execute(sql`vacuum (analyze) ${subjects}`);
  console.log(`seeded ${before} → ${await countSubjects(handle.db)} subjects in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await handle.close();

// One connection, and the statement each search sent, to explain it.
const pool = new pg.Pool({ connectionString: url, max: 1 });
let last: { query: string; params: unknown[] } | undefined;
const db = drizzle({ client: pool, schema, logger: { logQuery: (query, params) => void (last = { query, params }) } });
const population = await countSubjects(db);
const search = (query: string) => searchSubjects(db, { query, first: 10 }, { people: true });
const matches = async (fragment: string) =>
  ((await pool.query(`select count(*)::int as n from subjects.subject where strpos(name, $1) > 0`, [fragment])).rows[0] as { n: number }).n;
const plan = async () => {
  const { rows } = await pool.query(`explain (analyze, costs off, timing off) ${last!.query}`, last!.params);
  const lines = rows.map((r: Record<string, string>) => r['QUERY PLAN']!);
  // The plan's nodes, outermost first, without their figures.
  const nodes = lines.filter((l, i) => i === 0 || l.trim().startsWith('->')).map((l) => l.trim().replace(/^-> +/, '').replace(/ \(actual.*$/, '').replace(/ on subject$/, ''));
  return `${nodes.join(' ← ')}; ${lines.at(-1)!.trim()}`;
};

console.log(`${population} subjects, ${runs} runs a fragment (after 2 warm-up runs), first 10; load average ${load()}`);
const cases: [string, string][] = [
  ['rare', '嘉检'],
  ['mid', '明德'],
  ['frequent', '机械'],
  ['common', '有限'],
  ['absent', '张张'],
  ['longer', '明德信食品'],
  ['one character', '德'],
];
for (const [label, fragment] of cases) {
  for (let i = 0; i < 2; i++) await search(fragment);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await search(fragment);
    times.push(performance.now() - t0);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${`${label} ${fragment}`.padEnd(20)} ${String(await matches(fragment)).padStart(7)} matches  median ${median(times).toFixed(2).padStart(7)} ms  mean ${mean.toFixed(2).padStart(7)} ms  | ${await plan()}`);
}

// The benchmark's fragments: each a different subject's name.slice(4, 6), as `pnpm bench` sends them.
const fragments = Array.from({ length: runs * 10 }, (_, n) => demoSubject(DEMO_SEED, pick(n, population)).name.slice(4, 6));
for (const fragment of fragments.slice(0, 5)) await search(fragment);
const times: number[] = [];
for (const fragment of fragments) {
  const t0 = performance.now();
  await search(fragment);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `benchmark's ${fragments.length} fragments: median ${median(times).toFixed(2)} ms, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2)} ms, ` +
    `max ${times.at(-1)!.toFixed(2)} ms; load average ${load()}`,
);
await pool.end();
