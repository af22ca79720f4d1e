import express from 'express';
import { subgraphHealth, type HealthCheck } from './health';

export interface Readiness {
  /** The supergraph is loaded and the gateway serves requests. */
  started: boolean;
  /** Shutting down: in-flight requests finish, load balancers should send no more. */
  draining: boolean;
}

/**
 * `GET /health`: the gateway and each subgraph (200 when all answer, 503 otherwise).
 * `GET /ready`: 200 only when the supergraph is loaded, the gateway is not shutting down and every
 * subgraph answers; a load balancer sends traffic only then.
 */
export function operationsRoutes(subgraphs: ReadonlyMap<string, HealthCheck>, readiness: Readiness): express.Router {
  const router = express.Router();
  router.get('/health', async (_req, res) => {
    const status = await subgraphHealth(subgraphs);
    const ok = Object.values(status).every((s) => s === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', subgraphs: status });
  });
  router.get('/ready', async (_req, res) => {
    const status = await subgraphHealth(subgraphs);
    const reasons = [
      ...(readiness.started ? [] : ['the supergraph is not loaded yet']),
      ...(readiness.draining ? ['the gateway is shutting down'] : []),
      ...Object.entries(status)
        .filter(([, s]) => s !== 'ok')
        .map(([name]) => `the ${name} subgraph does not answer`),
    ];
    const ready = reasons.length === 0;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', reasons, subgraphs: status });
  });
  return router;
}
