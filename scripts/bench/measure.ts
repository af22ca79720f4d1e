/**
 * One cell of the benchmark: a drive of one operation against one gateway, with what it cost the
 * database (committed transactions per subgraph database, from `pg_stat_database`) and each process
 * (CPU from /proc), per request, warm-up included.
 */
import type pg from 'pg';
import type { Supervisor } from '../lib/processes';
import type { DriveInput, DriveResult } from './drive';
import type { Load } from './loadPlan';
import { cpuSeconds } from './procs';
import { gcDelta, gcTotals, type GcTotals } from './gc';
import { runDrive } from './runDrive';

export interface Cell extends DriveResult {
  gateway: string;
  /** What was offered: closed loop, a fixed rate, or a fraction of the closed-loop maximum. */
  load: Load;
  /** Transactions per request by subgraph (pg_stat_database deltas; the audit write counts under subjects). */
  sqlPerRequest: Record<string, number>;
  /** CPU milliseconds per request of the gateway and each subgraph (from /proc, 10 ms ticks). */
  cpuMsPerRequest: Record<string, number>;
  /** This gateway's garbage collection during the cell, warm-up included (null for the peers). */
  gc?: GcTotals | null;
}

/** Committed transactions per subgraph database so far (each autocommit statement is one). */
export async function transactions(client: pg.Client, prefix: string): Promise<Record<string, number>> {
  const { rows } = await client.query<{ datname: string; n: string }>(
    `select datname, xact_commit + xact_rollback as n from pg_stat_database where datname like $1`,
    [`${prefix}_%`],
  );
  const out: Record<string, number> = {};
  for (const row of rows) out[row.datname.slice(prefix.length + 1)] = Number(row.n);
  return out;
}

export interface CellContext {
  root: string;
  stats: pg.Client;
  prefix: string;
  databases: readonly string[];
  /** The gateway under test, then every subgraph process. */
  processes: Supervisor[];
  /** The gateway's /metrics, when it is this project's. */
  metricsUrl?: string;
}

export async function measureCell(context: CellContext, gateway: string, load: Load, input: DriveInput): Promise<Cell> {
  const { stats, prefix, processes } = context;
  const cpuOf = () => Object.fromEntries(processes.map((s) => [s.service.name, cpuSeconds(s.child.pid)]));
  const before = await transactions(stats, prefix);
  const cpuBefore = cpuOf();
  const gcBefore = await gcTotals(context.metricsUrl);
  const result = await runDrive(context.root, input);
  const gcAfter = await gcTotals(context.metricsUrl);
  await new Promise((resolve) => setTimeout(resolve, 1200)); // backends report their statistics about once a second
  const after = await transactions(stats, prefix);
  const cpuAfter = cpuOf();
  // Warm-up requests reach the database and use CPU too: per request over both.
  const requestsSeen = Math.max(1, result.requests + result.warmupRequests);
  const sqlPerRequest: Record<string, number> = {};
  for (const db of context.databases) sqlPerRequest[db] = Math.round((((after[db] ?? 0) - (before[db] ?? 0)) / requestsSeen) * 100) / 100;
  const cpuMsPerRequest: Record<string, number> = {};
  for (const name of Object.keys(cpuAfter)) cpuMsPerRequest[name] = Math.round(((cpuAfter[name]! - cpuBefore[name]!) / requestsSeen) * 1e4) / 10;
  return { ...result, gateway, load, sqlPerRequest, cpuMsPerRequest, gc: gcDelta(gcBefore, gcAfter) };
}
