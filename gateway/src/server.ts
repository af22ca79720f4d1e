import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { contextFor, type GatewayContext } from './context';
import { SubgraphDataSource } from './dataSource';
import type { GatewayConfig } from './env';
import { subgraphHealth } from './health';
import { createAuthenticator } from './identity';
import { supergraphFromFile } from './supergraph';

/** Builds and starts the gateway; the caller listens on the returned express app. */
export async function buildGateway(config: Omit<GatewayConfig, 'port' | 'host'>) {
  const subgraphs = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath),
    buildService({ name, url }) {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}: set ${name.toUpperCase()}_URL`);
      subgraphs.set(name, target);
      return new SubgraphDataSource(name, target, config.subgraphTimeoutMs, config.secretFor(name));
    },
  });
  const server = new ApolloServer<GatewayContext>({ gateway, includeStacktraceInErrorResponses: false });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const status = await subgraphHealth(subgraphs);
    const ok = Object.values(status).every((s) => s === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', subgraphs: status });
  });
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(server, { context: contextFor(createAuthenticator(config.tokenKeys)) }),
  );
  return { app, stop: () => server.stop() };
}
