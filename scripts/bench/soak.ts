/**
 * `pnpm bench --soak SECONDS`: one operation against one gateway at a fixed rate for a long while,
 * sampling every process's RSS (and this gateway's V8 heap, from its /metrics: in use, and alive
 * after the last mark-compact) every two seconds,
 * with a progress line every thirty; then errors, latency, and per process whether memory grew
 * (`memoryTrend.ts`).
 */
import { loadavg } from 'node:os';
import type { Supervisor } from '../lib/processes';
import type { DriveInput, DriveResult } from './drive';
import { memoryTrend, trendLine, type MemorySample, type MemoryTrend } from './memoryTrend';
import type { PacedProgress } from './paced';
import { rssMb } from './procs';
import { runDrive } from './runDrive';

const SAMPLE_SECONDS = 2;
const PROGRESS_SECONDS = 30;

export interface SoakPlan {
  root: string;
  gateway: string;
  /** The gateway's process, then every subgraph process. */
  processes: Supervisor[];
  /** Where the gateway's Prometheus metrics are (this gateway's heap), if it has them. */
  metricsUrl?: string;
  rate: number;
  /** How the rate was chosen, for the report. */
  basis: string;
  /** The drive: the soak runs `input.warmupSeconds` at the rate first, then `input.seconds` measured. */
  input: Omit<DriveInput, 'rate' | 'progress'>;
  log(line: string): void;
}

export interface SoakSample {
  seconds: number;
  rssMb: Record<string, number>;
  heapMb: number | null;
  /** The gateway's heap right after its last mark-compact (`gateway_heap_live_after_major_gc_bytes`). */
  liveHeapMb: number | null;
}

export interface SoakReport {
  operation: string;
  gateway: string;
  rate: number;
  basis: string;
  seconds: number;
  sampleSeconds: number;
  loadAverage: { start: number[]; end: number[] };
  result: DriveResult;
  rss: Record<string, MemoryTrend>;
  heap: MemoryTrend | null;
  liveHeap: MemoryTrend | null;
  samples: SoakSample[];
}

const loadAverage = () => loadavg().map((l) => Math.round(l * 10) / 10);

const megabytes = (text: string, metric: RegExp): number | null => {
  const bytes = metric.exec(text)?.[1];
  return bytes ? Math.round(Number(bytes) / 2 ** 20) : null;
};

/** The gateway's V8 heap in use, and alive after its last mark-compact, from its /metrics. */
async function heapMb(metricsUrl: string | undefined): Promise<Pick<SoakSample, 'heapMb' | 'liveHeapMb'>> {
  if (!metricsUrl) return { heapMb: null, liveHeapMb: null };
  try {
    const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(1000) })).text();
    return {
      heapMb: megabytes(text, /^\w*nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m),
      liveHeapMb: megabytes(text, /^\w*heap_live_after_major_gc_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m),
    };
  } catch {
    return { heapMb: null, liveHeapMb: null };
  }
}

export async function runSoak(plan: SoakPlan): Promise<SoakReport> {
  const { processes, log, rate, input } = plan;
  log(`soak: ${input.operation} against ${plan.gateway} at ${rate} req/s (${plan.basis}) for ${input.seconds} s after ${input.warmupSeconds} s warm-up`);
  if (input.warmupSeconds > 0) await runDrive(plan.root, { ...input, seconds: input.warmupSeconds, warmupSeconds: 0, rate, run: `${input.run}-w` });

  // The clock starts when the load does (the load generator reports its start), not when its
  // process is spawned: starting it takes seconds on a busy machine.
  let start = 0;
  let loadAtStart = loadAverage();
  const samples: SoakSample[] = [];
  let progress: PacedProgress | undefined;
  const sample = async () => {
    const seconds = Math.round((performance.now() - start) / 100) / 10;
    const rss = Object.fromEntries(processes.map((s) => [s.service.name, rssMb(s.child.pid)]));
    samples.push({ seconds, rssMb: rss, ...(await heapMb(plan.metricsUrl)) });
  };
  let lastProgressLine = 0;
  const progressLine = () => {
    const latest = samples.at(-1)!;
    const heap = latest.heapMb === null ? '' : `; ${plan.gateway} heap ${latest.heapMb} MB`;
    const requests = progress ? `${progress.requests} sent, ${progress.answered} answered, ${progress.errors} errors` : 'starting';
    log(`soak ${Math.round(latest.seconds)}/${input.seconds} s: ${requests}; RSS MB ${Object.entries(latest.rssMb).map(([n, mb]) => `${n} ${mb}`).join(', ')}${heap}; load average ${loadAverage().join(' ')}`);
  };
  let timer: NodeJS.Timeout | undefined;
  const startSampling = () => {
    start = performance.now();
    loadAtStart = loadAverage();
    void sample();
    timer = setInterval(() => {
      void sample().then(() => {
        if (samples.at(-1)!.seconds - lastProgressLine >= PROGRESS_SECONDS) {
          lastProgressLine = samples.at(-1)!.seconds;
          progressLine();
        }
      });
    }, SAMPLE_SECONDS * 1000);
  };
  let result: DriveResult;
  try {
    result = await runDrive(plan.root, { ...input, warmupSeconds: 0, rate, progress: true }, (p) => {
      if (timer === undefined) startSampling();
      progress = p;
    });
  } finally {
    // No sample after the load: a process that has just gone idle may hand memory back at once.
    clearInterval(timer);
  }
  if (samples.length === 0) throw new Error('the soak took no memory sample');

  const series = (pick: (s: SoakSample) => number | null): MemorySample[] =>
    samples.flatMap((s) => {
      const mb = pick(s);
      return mb === null || mb === 0 ? [] : [{ seconds: s.seconds, mb }];
    });
  const rss = Object.fromEntries(processes.map((s) => [s.service.name, memoryTrend(series((x) => x.rssMb[s.service.name] ?? null))]));
  const heapSeries = series((s) => s.heapMb);
  const liveHeapSeries = series((s) => s.liveHeapMb);
  return {
    operation: input.operation,
    gateway: plan.gateway,
    rate,
    basis: plan.basis,
    seconds: input.seconds,
    sampleSeconds: SAMPLE_SECONDS,
    loadAverage: { start: loadAtStart, end: loadAverage() },
    result,
    rss,
    heap: heapSeries.length > 0 ? memoryTrend(heapSeries) : null,
    liveHeap: liveHeapSeries.length > 0 ? memoryTrend(liveHeapSeries) : null,
    samples,
  };
}

/** The soak's part of the printed report. */
export function soakLines(report: SoakReport): string[] {
  const r = report.result;
  return [
    `Soak: ${report.operation} against ${report.gateway}, ${report.rate} req/s offered (${report.basis}) for ${report.seconds} s, load average ${report.loadAverage.start.join(' ')} at start, ${report.loadAverage.end.join(' ')} at end`,
    `served ${r.rps.toFixed(1)} req/s, ${r.requests} requests, errors ${r.errors}, p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms${r.firstErrors.length ? `\n  ${r.firstErrors.join('\n  ')}` : ''}`,
    `memory, sampled every ${report.sampleSeconds} s from the end of the warm-up:`,
    ...Object.entries(report.rss).map(([name, trend]) => `  ${trendLine(name, 'RSS', trend)}`),
    ...(report.heap ? [`  ${trendLine(report.gateway, 'V8 heap used', report.heap)}`] : []),
    ...(report.liveHeap ? [`  ${trendLine(report.gateway, 'V8 heap alive after mark-compacts', report.liveHeap)}`] : []),
  ];
}
