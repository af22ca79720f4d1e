import cluster from 'node:cluster';
import { timingSafeEqual } from 'node:crypto';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { clusterMetricsOf } from './clusterMetrics';
import { watchLiveHeap } from './liveHeap';
import { scopeOf } from './requestScope';

/** Distinct operation names kept as labels unless configured (METRICS_MAX_OPERATIONS); further ones are `other`. */
const MAX_OPERATION_LABELS = 100;
/** An operation name kept as a label: a GraphQL name of at most 64 characters. */
const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface MetricsAccess {
  /** Bearer token that opens `/metrics` from anywhere. */
  token?: string | undefined;
  /** `loopback`: loopback addresses, or the token; `token`: the token only. */
  access?: 'loopback' | 'token';
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether a request may read `/metrics` (the socket's address, never a forwarded one). */
export function mayReadMetrics(req: Pick<express.Request, 'get' | 'socket'>, settings: MetricsAccess): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (settings.token && given) {
    const a = Buffer.from(given);
    const b = Buffer.from(settings.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  if ((settings.access ?? 'loopback') === 'token') return false;
  return LOOPBACK.has(req.socket.remoteAddress ?? '');
}
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export type SubgraphOutcome = 'ok' | 'timeout' | 'unavailable';

/**
 * Prometheus metrics of one gateway (its own registry, so several can run in one process):
 * requests, errors and latency by operation name, and the same by subgraph.
 */
export function createMetrics(maxOperationLabels = MAX_OPERATION_LABELS) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'gateway_' });
  // A worker of a cluster answers a scrape with every worker's metrics, summed (clusterMetrics.ts).
  const clusterWide = cluster.isWorker ? clusterMetricsOf(registry) : null;
  const registers = [registry];
  const requests = new Counter({
    name: 'gateway_requests_total',
    help: 'GraphQL requests by operation name and HTTP status',
    labelNames: ['operation', 'status'] as const,
    registers,
  });
  const errors = new Counter({
    name: 'gateway_errors_total',
    help: 'Errors in GraphQL responses by operation name and extensions.code',
    labelNames: ['operation', 'code'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'gateway_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const subgraphRequests = new Counter({
    name: 'gateway_subgraph_requests_total',
    help: 'Requests to subgraphs by subgraph and outcome (ok, timeout, unavailable)',
    labelNames: ['subgraph', 'outcome'] as const,
    registers,
  });
  const subgraphErrors = new Counter({
    name: 'gateway_subgraph_errors_total',
    help: 'Errors returned by or about subgraphs, by subgraph and extensions.code',
    labelNames: ['subgraph', 'code'] as const,
    registers,
  });
  const subgraphCoalesced = new Counter({
    name: 'gateway_subgraph_coalesced_total',
    help: 'Subgraph queries that went merged into another operation\'s request (coalescing), by subgraph',
    labelNames: ['subgraph'] as const,
    registers,
  });
  const subgraphLatency = new Histogram({
    name: 'gateway_subgraph_request_duration_seconds',
    help: 'Time a subgraph took to answer, by subgraph',
    labelNames: ['subgraph'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });

  const liveHeap = watchLiveHeap();
  new Gauge({
    name: 'gateway_heap_live_after_major_gc_bytes',
    help: 'V8 heap used right after the last mark-compact (0 before the first): what the process keeps alive; a leak raises it, garbage between collections does not',
    registers,
    collect() {
      this.set(liveHeap());
    },
  });

  const operations = new Set<string>();
  /**
   * The label of a request: its operation's name when the operation ran (unnamed: `anonymous`);
   * requests refused before (bad document, unknown operation, rate limit, ...) are `rejected` or
   * `unresolved`; names that are not plain GraphQL names, or past the cap, are `other`.
   */
  function operationLabel(name: string | undefined, rejected: string | undefined): string {
    if (!name) return rejected ? 'rejected' : 'unresolved';
    if (operations.has(name)) return name;
    if (!LABEL_NAME.test(name) || operations.size >= maxOperationLabels) return 'other';
    operations.add(name);
    return name;
  }

  return {
    registry,
    /** Counts each request to `/graphql` when its response has been sent. */
    middleware(): express.RequestHandler {
      return (_req, res, next) => {
        const end = latency.startTimer();
        res.once('finish', () => {
          const scope = scopeOf(res);
          const operation = operationLabel(scope?.operation, scope?.rejected);
          end({ operation });
          requests.inc({ operation, status: String(res.statusCode) });
          for (const code of scope?.errorCodes ?? []) errors.inc({ operation, code });
        });
        next();
      };
    },
    observeSubgraph(subgraph: string, seconds: number, outcome: SubgraphOutcome, errorCodes: readonly string[]) {
      subgraphLatency.observe({ subgraph }, seconds);
      subgraphRequests.inc({ subgraph, outcome });
      for (const code of errorCodes) subgraphErrors.inc({ subgraph, code });
    },
    /** `queries` queries went to `subgraph` as one merged request. */
    observeCoalesced(subgraph: string, queries: number) {
      subgraphCoalesced.inc({ subgraph }, queries - 1);
    },
    /** Distinct operation labels in use. */
    operationLabels: () => operations.size,
    /** `GET /metrics` in the Prometheus text format, to loopback or token holders only (`mayReadMetrics`). */
    handler(access: MetricsAccess = {}): express.RequestHandler {
      return async (req, res) => {
        if (!mayReadMetrics(req, access)) {
          res.status(403).json({ errors: [{ message: 'Metrics are for the platform operators', extensions: { code: 'FORBIDDEN' } }] });
          return;
        }
        let text: string;
        try {
          text = clusterWide ? await clusterWide() : await registry.metrics();
        } catch (error) {
          // Never one worker's share in place of the whole: the scrape fails and says why.
          res.status(503).type('text/plain').send(`The gateway's metrics could not be gathered from its workers: ${(error as Error).message}\n`);
          return;
        }
        res.type(registry.contentType).send(text);
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
