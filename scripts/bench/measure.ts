/**
 * One cell of the benchmark: a drive of one operation against one gateway, with what it cost the
 * database (committed transactions per subgraph database, and blocks read from outside its shared
 * buffers, from `pg_stat_database`), the machine (page-cache refaults) and each process, the
 * PostgreSQL server's included when it runs here (CPU from /proc), per request, warm-up included.
 */
import type pg from 'pg';
import type { Supervisor } from '../lib/processes';
import type { DriveInput, DriveResult } from './drive';
import type { Load } from './loadPlan';
import { cpuSeconds, pageCacheRefaults } from './procs';
import { gcDelta, gcTotals, type GcTotals } from './gc';
import { runDrive } from './runDrive';

export interface Cell extends DriveResult {
  gateway: string;
  /** What was offered: closed loop, a fixed rate, or a fraction of the closed-loop maximum. */
  load: Load;
  /** Transactions per request by subgraph (pg_stat_database deltas; the audit write counts under subjects). */
  sqlPerRequest: Record<string, number>;
  /** CPU milliseconds per request of the gateway, each subgraph and the PostgreSQL server when it is local (from /proc, 10 ms ticks). */
  cpuMsPerRequest: Record<string, number>;
  /** This gateway's garbage collection during the cell, warm-up included (null for the peers). */
  gc?: GcTotals | null;
  /** Where the database's reads came from, per request. */
  reads: Reads;
}

/**
 * Blocks PostgreSQL read from outside its shared buffers (8 kB each, summed over the subgraph
 * databases: from the page cache, or from disk), and pages the whole machine read back into the
 * page cache after the kernel evicted them (null where /proc/vmstat does not say): the second, set
 * against the first, tells a machine whose reclaim (DAMON's, say) turns cache hits into disk reads.
 */
export interface Reads {
  blocksOutsideSharedBuffers: number;
  pageCacheRefaults: number | null;
}

/**
 * A LIKE pattern for the bench databases of `prefix` (`<prefix>_<subgraph>`), with LIKE's own `_`
 * and `%` escaped: unescaped, `credit_bench_100000_%` also matches `credit_bench_1000000_subjects`.
 */
export function databasesOf(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, '\\$&')}\\_%`;
}

/** PostgreSQL's shared buffers, and the size of the subgraph databases, in MB. */
export interface BufferFit {
  sharedBuffersMb: number;
  databasesMb: number;
}

/** The server's shared buffers, and the bench databases of `prefix` summed. */
export async function bufferFit(client: pg.Client, prefix: string): Promise<BufferFit> {
  const { rows } = await client.query<{ buffers: string; databases: string | null }>(
    `select (select setting::bigint * 8192 from pg_settings where name = 'shared_buffers') as buffers,
            (select sum(pg_database_size(datname)) from pg_database where datname like $1) as databases`,
    [databasesOf(prefix)],
  );
  const mb = (bytes: string | null | undefined) => Math.round(Number(bytes ?? 0) / 2 ** 20);
  return { sharedBuffersMb: mb(rows[0]?.buffers), databasesMb: mb(rows[0]?.databases) };
}

/**
 * What the subgraph databases have done so far, in one read of `pg_stat_database`: committed
 * transactions per database (each autocommit statement is one), and the blocks they read from
 * outside shared buffers, summed.
 */
export interface DatabaseCounters {
  transactions: Record<string, number>;
  blocksRead: number;
}

export async function databaseCounters(client: pg.Client, prefix: string): Promise<DatabaseCounters> {
  const { rows } = await client.query<{ datname: string; n: string; blocks: string }>(
    `select datname, xact_commit + xact_rollback as n, blks_read as blocks from pg_stat_database where datname like $1`,
    [databasesOf(prefix)],
  );
  const transactions: Record<string, number> = {};
  let blocksRead = 0;
  for (const row of rows) {
    transactions[row.datname.slice(prefix.length + 1)] = Number(row.n);
    blocksRead += Number(row.blocks);
  }
  return { transactions, blocksRead };
}

export interface CellContext {
  root: string;
  stats: pg.Client;
  prefix: string;
  databases: readonly string[];
  /** The gateway under test, then every subgraph process. */
  processes: Supervisor[];
  /** The PostgreSQL server's main process, when it runs on this machine (`postgresServerPid`). */
  postgresPid?: number | null;
  /** The gateway's /metrics, when it is this project's. */
  metricsUrl?: string;
}

export async function measureCell(context: CellContext, gateway: string, load: Load, input: DriveInput): Promise<Cell> {
  const { stats, prefix, processes } = context;
  const cpuOf = (): Record<string, number> => ({
    ...Object.fromEntries(processes.map((s) => [s.service.name, cpuSeconds(s.child.pid)])),
    ...(context.postgresPid ? { PostgreSQL: cpuSeconds(context.postgresPid) } : {}),
  });
  const before = await databaseCounters(stats, prefix);
  const refaultsBefore = pageCacheRefaults();
  const cpuBefore = cpuOf();
  const gcBefore = await gcTotals(context.metricsUrl);
  const result = await runDrive(context.root, input);
  const gcAfter = await gcTotals(context.metricsUrl);
  await new Promise((resolve) => setTimeout(resolve, 1200)); // backends report their statistics about once a second
  const after = await databaseCounters(stats, prefix);
  const refaultsAfter = pageCacheRefaults();
  const cpuAfter = cpuOf();
  // Warm-up requests reach the database and use CPU too: per request over both.
  const requestsSeen = Math.max(1, result.requests + result.warmupRequests);
  const perRequest = (n: number) => Math.round((n / requestsSeen) * 100) / 100;
  const sqlPerRequest: Record<string, number> = {};
  for (const db of context.databases) sqlPerRequest[db] = perRequest((after.transactions[db] ?? 0) - (before.transactions[db] ?? 0));
  const cpuMsPerRequest: Record<string, number> = {};
  for (const name of Object.keys(cpuAfter)) cpuMsPerRequest[name] = Math.round(((cpuAfter[name]! - cpuBefore[name]!) / requestsSeen) * 1e4) / 10;
  const reads: Reads = {
    blocksOutsideSharedBuffers: perRequest(after.blocksRead - before.blocksRead),
    pageCacheRefaults: refaultsBefore === null || refaultsAfter === null ? null : perRequest(refaultsAfter - refaultsBefore),
  };
  return { ...result, gateway, load, sqlPerRequest, cpuMsPerRequest, gc: gcDelta(gcBefore, gcAfter), reads };
}
