/**
 * The benchmark's data: one PostgreSQL database per subgraph (`<prefix>_<name>`, created on first
 * use, so that `pg_stat_database` counts each subgraph's statements apart), seeded set-based with
 * the subgraphs' own offline seeds for demo subjects 0 .. N-1, or reused when the counts show a
 * previous run seeded at least N.
 */
import { unnestInsert } from '@credit/db';
import { DEMO_SEED, Random, demoSubject } from '@credit/demo-data';
import { openSubgraphDatabase, type Database } from '@credit/kit';
import { seedEvaluations, seedRatings } from '@credit/ratings/seed';
import { countRecords, seedRecords } from '@credit/records/seed';
import { countListings, seedListingsOffline } from '@credit/sanctions/demoListings';
import { commitments } from '../../subgraphs/services/src/db/schema';
import { countSubjects, seedSubjects } from '@credit/subjects/seed';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { SUBGRAPHS, loadSubgraph, type SubgraphEntry } from '../subgraphs';

export const BENCH_NAMES = SUBGRAPHS.map((s) => s.name);

/** The database URL of one subgraph: the server's URL with the database `<prefix>_<name>`. */
export function benchDatabaseUrl(serverUrl: string, prefix: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${prefix}_${name}`;
  return url.toString();
}

async function ensureDatabase(serverUrl: string, name: string, fresh = false): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    if (fresh) await client.query(`drop database if exists "${name}" with (force)`);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** Opens (and migrates) a subgraph's bench database; one its migrations no longer fit is made again. */
async function openBenchDatabase(entry: SubgraphEntry, serverUrl: string, database: string, url: string, log: (line: string) => void) {
  const definition = await loadSubgraph(entry);
  try {
    return await openSubgraphDatabase({ ...definition, url });
  } catch (error) {
    log(`${entry.name}: the bench database does not take this version's migrations (${(error as Error).message.split('\n')[0]}); making it again`);
    await ensureDatabase(serverUrl, database, true);
    return openSubgraphDatabase({ ...definition, url });
  }
}

export interface SeedReport {
  subjects: number;
  reused: boolean;
  seconds: number;
  bySubgraph: Record<string, { rows: number; seconds: number; reused: boolean }>;
}

type AnyDb = Database<Record<string, unknown>>;

/** Commitments for every 4th subject (a quarter broken), one statement per batch. */
async function seedCommitments(db: AnyDb, count: number, seed: number): Promise<void> {
  const BATCH = 20_000;
  for (let start = 0; start < count; start += BATCH) {
    const rows: (typeof commitments.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 4) {
      const random = new Random(Math.imul(i + 17, 0x9e3779b1) ^ seed);
      const broken = random.chance(0.25);
      rows.push({
        id: random.uuid(),
        subjectId: demoSubject(seed, i).id,
        kind: broken ? 'REPAIR' : 'MISSING_MATERIALS',
        text: broken ? '按期完成整改并提交整改报告' : '三个月内补齐申报材料',
        conditions: ['书面承诺', '逾期视为失信'],
        deadline: '2026-12-31',
        madeBy: 'SUBJECT',
        madeByCaller: 'bench-seed',
        department: 'SCJGJ',
        madeAt: new Date('2026-06-01T02:00:00Z'),
        status: broken ? 'BROKEN' : 'PENDING',
        excludedUntil: broken ? '2027-06-01' : null,
      });
    }
    if (rows.length) {
      await db.execute(
        sql`${unnestInsert(commitments, ['id', 'subjectId', 'kind', 'text', 'conditions', 'deadline', 'madeBy', 'madeByCaller', 'department', 'madeAt', 'status', 'excludedUntil'], rows)} on conflict do nothing`,
      );
    }
  }
}

async function countCommitments(db: AnyDb): Promise<number> {
  const result = (await db.execute(sql`select count(*)::int as n from services.commitment`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

interface Step {
  count(db: AnyDb): Promise<number>;
  /** Rows a full seed of N subjects leaves at least (to decide reuse). */
  expected(n: number): number;
  seed(db: AnyDb, n: number): Promise<void>;
}

const STEPS: Record<string, Step> = {
  subjects: {
    count: (db) => countSubjects(db as never),
    expected: (n) => n,
    seed: (db, n) => seedSubjects(db as never, { count: n, seed: DEMO_SEED }).then(() => undefined),
  },
  records: {
    count: (db) => countRecords(db as never),
    expected: (n) => Math.floor(n * 0.5),
    seed: (db, n) => seedRecords(db as never, { count: n, seed: DEMO_SEED }).then(() => undefined),
  },
  ratings: {
    // Evaluations (the grades) are what reads need; industry/market ratings are extras.
    count: async (db) => {
      const result = (await db.execute(sql`select count(*)::int as n from ratings.evaluation`)) as unknown as { rows: { n: number }[] };
      return result.rows[0]?.n ?? 0;
    },
    expected: (n) => n,
    seed: async (db, n) => {
      await seedRatings(db as never, { count: n, seed: DEMO_SEED });
      await seedEvaluations(db as never, { count: n, seed: DEMO_SEED });
    },
  },
  sanctions: {
    count: (db) => countListings(db as never),
    expected: (n) => Math.floor(n * 0.04),
    seed: (db, n) => seedListingsOffline(db as never, { subjects: n, seed: DEMO_SEED, share: 0.05 }).then(() => undefined),
  },
  services: {
    count: countCommitments,
    expected: (n) => Math.floor(n / 4),
    seed: (db, n) => seedCommitments(db, n, DEMO_SEED),
  },
};

/**
 * Seeds (or reuses) every subgraph's bench database for `subjects` demo subjects. A subgraph whose
 * database holds fewer rows than a full seed leaves is emptied of its seed and seeded again.
 */
export async function seedBench(serverUrl: string, prefix: string, subjects: number, log: (line: string) => void): Promise<SeedReport> {
  const started = performance.now();
  const report: SeedReport = { subjects, reused: true, seconds: 0, bySubgraph: {} };
  for (const entry of SUBGRAPHS) {
    const step = STEPS[entry.name];
    if (!step) throw new Error(`the benchmark has no seed step for subgraph ${entry.name}`);
    const database = `${prefix}_${entry.name}`;
    await ensureDatabase(serverUrl, database);
    const t0 = performance.now();
    const url = benchDatabaseUrl(serverUrl, prefix, entry.name);
    let handle = await openBenchDatabase(entry, serverUrl, database, url, log);
    try {
      const db = handle.db as AnyDb;
      const before = await step.count(db);
      const reused = before >= step.expected(subjects);
      if (!reused) {
        if (before > 0) {
          // A smaller or interrupted seed: this subgraph's data starts again.
          await handle.close();
          await ensureDatabase(serverUrl, database, true);
          handle = await openBenchDatabase(entry, serverUrl, database, url, log);
        }
        log(`seeding ${entry.name} for ${subjects} subjects`);
        await step.seed(handle.db as AnyDb, subjects);
        // Hint bits and the visibility map set now, not by the first cells' reads (which would write).
        await (handle.db as AnyDb).execute(sql.raw(`vacuum (analyze)`));
      }
      const rows = await step.count(handle.db as AnyDb);
      const seconds = (performance.now() - t0) / 1000;
      report.bySubgraph[entry.name] = { rows, seconds, reused };
      if (!reused) report.reused = false;
      log(`${entry.name}: ${rows} rows ${reused ? 'reused' : `seeded in ${seconds.toFixed(1)} s`}`);
    } finally {
      await handle.close().catch(() => {});
    }
  }
  if (!report.reused) await checkpoint(serverUrl, log);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** The access log's tables, emptied together (the entries last: the others point at them). */
const ACCESS_LOG_TABLES = ['subject_access_pending', 'subject_access_subject', 'subject_access'].map((t) => `subjects.${t}`);

/**
 * Empties the access log the earlier runs' reads of this gateway wrote into the bench's subjects
 * database (the peers write none), so that every run meets the same small tables and indexes: the
 * log grew by about 2 million by-subject rows a run, and a later run's writes went into an index
 * several times the shared buffers. The tables refuse deletes and truncation by trigger (the log is
 * append-only); the bench's own database is the one place they are switched off, as the tables'
 * owner, in the transaction that truncates, so they are on again for anyone after it.
 */
export async function emptyBenchAccessLog(serverUrl: string, prefix: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl(serverUrl, prefix, 'subjects') });
  await client.connect();
  try {
    const counted = await client.query<{ entries: string; rows: string }>(
      'select (select count(*) from subjects.subject_access) as entries, (select count(*) from subjects.subject_access_subject) as rows',
    );
    const { entries, rows } = counted.rows[0]!;
    if (entries === '0' && rows === '0') return;
    await client.query('begin');
    for (const table of ACCESS_LOG_TABLES) await client.query(`alter table ${table} disable trigger user`);
    await client.query(`truncate ${ACCESS_LOG_TABLES.join(', ')}`);
    for (const table of ACCESS_LOG_TABLES) await client.query(`alter table ${table} enable trigger user`);
    await client.query('commit');
    log(`subjects: the access log of earlier runs emptied (${entries} entries, ${rows} by-subject rows; --keep-access-log keeps it)`);
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw new Error(`could not empty the bench's access log (${(error as Error).message}); run with --keep-access-log to measure over it`);
  } finally {
    await client.end();
  }
}

/**
 * The seed's writes flushed to disk now, at full speed: otherwise the checkpoint they trigger runs
 * spread over the next minutes, under the first gateway measured and not the others.
 */
async function checkpoint(serverUrl: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const t0 = performance.now();
    await client.query('checkpoint');
    log(`checkpoint after the seed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    log(`no checkpoint after the seed (${(error as Error).message}): the first cells may run under the one the seed set off`);
  } finally {
    await client.end();
  }
}
