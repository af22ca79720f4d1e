/**
 * The benchmark's table: the rounds of each operation, gateway and load combined into one row
 * (medians of rates and latencies, sums of errors, means of the per-request costs), in the order
 * operation, gateway, then closed loop before the fraction of it.
 */
import { loadLabel, type Load } from './loadPlan';
import type { Cell } from './measure';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Latencies to 0.1 ms, as each cell reports them (a median of two is their mean). */
const tenth = (ms: number) => Math.round(ms * 10) / 10;

const LOAD_ORDER: Load['kind'][] = ['closed', 'rate', 'fraction'];

/** The mean to 0.01. */
const meanOf = (values: number[]) => Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 100) / 100;

function combined(mine: Cell[]): Cell {
  const mean = (pick: (c: Cell) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const key of Object.keys(pick(mine[0]!))) out[key] = meanOf(mine.map((c) => pick(c)[key] ?? 0));
    return out;
  };
  const first = mine[0]!;
  // A fraction's rate follows each round's maximum: the row shows their median.
  const load: Load = first.load.kind === 'closed' ? first.load : { ...first.load, rate: median(mine.map((c) => (c.load.kind === 'closed' ? 0 : c.load.rate))) };
  return {
    ...first,
    load,
    requests: mine.reduce((sum, c) => sum + c.requests, 0),
    rps: median(mine.map((c) => c.rps)),
    p50: tenth(median(mine.map((c) => c.p50))),
    p90: tenth(median(mine.map((c) => c.p90))),
    p99: tenth(median(mine.map((c) => c.p99))),
    max: Math.max(...mine.map((c) => c.max)),
    errors: mine.reduce((sum, c) => sum + c.errors, 0),
    firstErrors: mine.flatMap((c) => c.firstErrors).slice(0, 3),
    sqlPerRequest: mean((c) => c.sqlPerRequest),
    cpuMsPerRequest: mean((c) => c.cpuMsPerRequest),
    reads: {
      blocksOutsideSharedBuffers: meanOf(mine.map((c) => c.reads.blocksOutsideSharedBuffers)),
      pageCacheRefaults: mine.some((c) => c.reads.pageCacheRefaults === null) ? null : meanOf(mine.map((c) => c.reads.pageCacheRefaults ?? 0)),
    },
  };
}

/** One row per operation, gateway and kind of load, in the order given. */
export function tableRows(cells: Cell[], operations: string[], gateways: string[]): Cell[] {
  return operations.flatMap((operation) =>
    gateways.flatMap((gateway) =>
      LOAD_ORDER.flatMap((kind) => {
        const mine = cells.filter((c) => c.operation === operation && c.gateway === gateway && c.load.kind === kind);
        return mine.length ? [combined(mine)] : [];
      }),
    ),
  );
}

/**
 * The table's lines. `offered` is the load (closed loop: as fast as answered; a rate; a fraction of
 * the closed-loop rate above it), `served/s` what was answered; the ratio to the first gateway
 * compares rows of the same load, and is left out for fractions (their offered rates differ).
 */
export function tableLines(rows: Cell[], firstGateway: string, databases: readonly string[]): string[] {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  const lines = [
    `${'operation'.padEnd(12)} ${'gateway'.padEnd(16)} ${'offered'.padEnd(20)} ${pad('served/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('errors', 6)} ${pad(`vs ${firstGateway}`, 9)}  SQL transactions per request (${databases.join('/')})`,
  ];
  for (const cell of rows) {
    const base = rows.find((c) => c.gateway === firstGateway && c.operation === cell.operation && c.load.kind === cell.load.kind);
    const ratio = cell.load.kind !== 'fraction' && base && base.rps > 0 ? `${(cell.rps / base.rps).toFixed(2)}x` : '-';
    lines.push(
      `${cell.operation.padEnd(12)} ${cell.gateway.padEnd(16)} ${loadLabel(cell.load).padEnd(20)} ${pad(cell.rps.toFixed(cell.load.kind === 'closed' ? 0 : 1), 8)} ${pad(cell.p50, 7)} ${pad(cell.p99, 7)} ${pad(cell.errors, 6)} ${pad(ratio, 9)}  ${databases.map((db) => cell.sqlPerRequest[db]).join(' / ')}`,
    );
  }
  return lines;
}
