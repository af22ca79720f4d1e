import './telemetry';
import cluster from 'node:cluster';
import { stopWithParent } from '@credit/http';
import { loadConfig } from './env';
import { serveClusterMetrics } from './clusterMetrics';
import { buildGateway } from './server';
import { listenGracefully } from './shutdown';

const config = loadConfig();
if (config.subgraphMode === 'embedded' && cluster.isPrimary) {
  try {
    const embedded = await import('./embedded');
    embedded.checkEmbeddedWorkers(config.performance.workers);
    await embedded.checkConnectionBudget(config.performance.workers, config.embeddedPoolSize);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (config.performance.workers > 1 && cluster.isPrimary) {
  // Cluster mode: workers share the port (the primary hands out connections), one per core.
  // Each worker has its own plan cache, audit batches and rate-limit counts; /metrics sums them all.
  serveClusterMetrics();
  let stopping = false;
  const fork = () => cluster.fork().on('exit', (code, signal) => {
    if (stopping) return;
    console.error(JSON.stringify({ level: 'error', msg: `gateway worker exited (${signal ?? code}); starting another` }));
    setTimeout(fork, 500);
  });
  for (let i = 0; i < config.performance.workers; i++) fork();
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker?.once('exit', () => --left === 0 && process.exit(0));
      worker?.process.kill(signal);
    }
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  stopWithParent();
} else {
  // Embedded subgraphs that read through the gateway (records, ratings) reach this one.
  let url = `http://${config.host}:${config.port}/graphql`;
  const gateway = await buildGateway(config, { url: () => url });
  const serving = await listenGracefully(gateway.app, {
    port: config.port,
    host: config.host,
    graceMs: config.shutdownGraceMs,
    logger: gateway.logger,
    onDrain: gateway.drain,
    onClosed: gateway.stop,
  });
  url = `${serving.url}/graphql`;
  gateway.logger.info({ url, subgraphs: config.subgraphMode, mode: config.mode }, 'gateway ready');

  async function shutdown(signal: string) {
    gateway.logger.info({ signal }, 'signal received');
    try {
      await serving.shutdown();
      process.exit(0);
    } catch (error) {
      gateway.logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // A worker stops with its primary through node:cluster's channel; a lone gateway with its supervisor.
  if (!cluster.isWorker) stopWithParent();
}
