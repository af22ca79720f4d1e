import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * `/metrics` in cluster mode (`GATEWAY_WORKERS`): the workers share the port, so a scrape reaches
 * one of them at random. The worker that takes it asks the primary, which gathers every worker's
 * registry and sums them (prom-client's `AggregatorRegistry`), so each scrape counts the whole
 * gateway, never one worker's share.
 */
const ASK = 'gateway:cluster-metrics';
const ANSWER = 'gateway:cluster-metrics-answer';
/** A worker's wait for the primary: past the primary's own 5 s for every worker's answer (prom-client), so its reason arrives. */
const TIMEOUT_MS = 6_000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

const isMessage = (message: unknown, type: string): message is { type: string; id: number } =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type && typeof (message as { id?: unknown }).id === 'number';

/** In the primary: answers the workers' requests with the metrics of all of them. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage(message, ASK)) return;
    const reply = (answer: Omit<Answer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer });
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}

/**
 * In a worker: hands `registry` to the primary's aggregation and returns what fetches the whole
 * cluster's metrics in the Prometheus text format (rejected after 6 s without an answer).
 */
export function clusterMetricsOf(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one installs the worker's answer to the primary's requests for its registries.
  new AggregatorRegistry();
  const pending = new Map<number, { resolve(text: string): void; reject(error: Error): void; timer: NodeJS.Timeout }>();
  let next = 0;
  process.on('message', (message: unknown) => {
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
