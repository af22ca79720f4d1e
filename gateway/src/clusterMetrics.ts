import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * `/metrics` in cluster mode (`GATEWAY_WORKERS`): the workers share the port, so a scrape reaches
 * one of them at random. The worker that takes it asks the primary, which collects every worker's
 * registry and sums them (prom-client's `AggregatorRegistry.aggregate`), so each scrape counts the
 * whole gateway, never one worker's share.
 *
 * A worker that exits takes its counts with it, and a sum that falls looks like a reset to
 * Prometheus (`rate()` would then count the whole total again). So the primary keeps the counters
 * and histograms each worker last reported and goes on adding those of the workers that exited:
 * the sums never fall (what a worker counted after its last scrape is lost).
 */
const ASK = 'gateway:cluster-metrics';
const ANSWER = 'gateway:cluster-metrics-answer';
const COLLECT = 'gateway:worker-metrics';
const COLLECTED = 'gateway:worker-metrics-answer';
/** The primary's wait for every worker's registry. */
const COLLECT_TIMEOUT_MS = 5_000;
/** A worker's wait for the primary: past the primary's own wait, so its reason arrives. */
const TIMEOUT_MS = 6_000;
/** Exited workers' counts kept apart before they are summed into one. */
const RETIRED_MAX = 8;

type MetricsJson = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

interface Collected {
  type: typeof COLLECTED;
  id: number;
  metrics?: MetricsJson;
  error?: string;
}

const isMessage = (message: unknown, type: string): message is { type: string; id: number } =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type && typeof (message as { id?: unknown }).id === 'number';

/**
 * What of a worker's metrics still counts once it has exited: counters and histograms (not gauges).
 * prom-client's JSON names the type as text (`counter`), though its typings declare a numeric enum.
 */
const countsOf = (metrics: MetricsJson): MetricsJson =>
  metrics.filter((metric) => ['counter', 'histogram'].includes(String(metric.type as unknown)));

/**
 * The counts of workers that exited, as of their last scrape: counters and histograms (gauges go
 * with the worker). Kept apart, and summed into one once there are more than `max`.
 */
export class RetiredCounts {
  private parts: MetricsJson[] = [];
  private compacting: Promise<void> | null = null;

  constructor(private readonly max = RETIRED_MAX) {}

  /** What to add to the live workers' metrics. */
  get all(): readonly MetricsJson[] {
    return this.parts;
  }

  /** Keeps an exited worker's counts; resolves when any summing it started is done. */
  add(metrics: MetricsJson): Promise<void> {
    this.parts.push(countsOf(metrics));
    if (this.parts.length <= this.max || this.compacting) return this.compacting ?? Promise.resolve();
    // Summed into one and swapped in at once (with those that exited meanwhile): no scrape sees them missing.
    const merged = this.parts.slice();
    this.compacting = AggregatorRegistry.aggregate(merged)
      .getMetricsAsJSON()
      .then((sum) => {
        this.parts = [sum, ...this.parts.slice(merged.length)];
      })
      // Unsummed, they still count: nothing is lost, the list is only longer.
      .catch(() => undefined)
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }
}

/** In the primary: answers the workers' requests with the metrics of all of them, and of those that exited. */
export function serveClusterMetrics(): void {
  /** Each live worker's metrics as of the last scrape. */
  const latest = new Map<number, MetricsJson>();
  const retired = new RetiredCounts();
  let next = 0;
  const collecting = new Map<number, { waiting: Set<number>; done(error?: Error): void }>();

  cluster.on('exit', (worker) => {
    const last = latest.get(worker.id);
    latest.delete(worker.id);
    for (const gathering of collecting.values()) {
      gathering.waiting.delete(worker.id);
      if (gathering.waiting.size === 0) gathering.done();
    }
    if (last) void retired.add(last);
  });

  /** Brings `latest` up to date from every live worker (rejected when one does not answer within 5 s). */
  function collect(): Promise<void> {
    const id = next++;
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker?.isConnected());
    return new Promise((resolve, reject) => {
      const gathering = {
        waiting: new Set(workers.map((worker) => worker!.id)),
        done(error?: Error) {
          clearTimeout(timer);
          collecting.delete(id);
          if (error) reject(error);
          else resolve();
        },
      };
      const timer = setTimeout(() => gathering.done(new Error(`worker ${[...gathering.waiting].join(', ')} did not report its metrics within ${COLLECT_TIMEOUT_MS} ms`)), COLLECT_TIMEOUT_MS);
      collecting.set(id, gathering);
      for (const worker of workers) {
        try {
          worker!.send({ type: COLLECT, id });
        } catch {
          gathering.waiting.delete(worker!.id); // it is exiting: its counts go to `retired`
        }
      }
      if (gathering.waiting.size === 0) gathering.done();
    });
  }

  cluster.on('message', (worker, message: unknown) => {
    if (isMessage(message, COLLECTED)) {
      const gathering = collecting.get(message.id);
      if (!gathering || !gathering.waiting.has(worker.id)) return;
      const collected = message as Collected;
      if (!collected.metrics) return gathering.done(new Error(`worker ${worker.id} could not report its metrics: ${collected.error ?? 'no answer'}`));
      // A worker is in `latest` while it lives and in `retired` once it has exited, never in both.
      latest.set(worker.id, collected.metrics);
      gathering.waiting.delete(worker.id);
      if (gathering.waiting.size === 0) gathering.done();
      return;
    }
    if (!isMessage(message, ASK)) return;
    const reply = (answer: Omit<Answer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer });
    };
    collect()
      .then(() => AggregatorRegistry.aggregate([...latest.values(), ...retired.all]).metrics())
      .then(
        (text) => reply({ text }),
        (error: Error) => reply({ error: error.message }),
      );
  });
}

/**
 * In a worker: reports `registry` to the primary when it collects, and returns what fetches the
 * whole cluster's metrics in the Prometheus text format (rejected after 6 s without an answer).
 */
export function clusterMetricsOf(registry: Registry): () => Promise<string> {
  const pending = new Map<number, { resolve(text: string): void; reject(error: Error): void; timer: NodeJS.Timeout }>();
  let next = 0;
  process.on('message', (message: unknown) => {
    if (isMessage(message, COLLECT)) {
      const answer = (rest: Omit<Collected, 'type' | 'id'>) => process.send?.({ type: COLLECTED, id: message.id, ...rest });
      registry.getMetricsAsJSON().then(
        (metrics) => answer({ metrics }),
        (error: Error) => answer({ error: error.message }),
      );
      return;
    }
    if (!isMessage(message, ANSWER)) return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    const answer = message as Answer;
    if (typeof answer.text === 'string') waiting.resolve(answer.text);
    else waiting.reject(new Error(answer.error ?? 'no metrics in the answer'));
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`the primary did not answer within ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      process.send!({ type: ASK, id });
    });
}
