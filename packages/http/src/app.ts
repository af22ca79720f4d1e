import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

export interface SubgraphAppOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Builds the per-request context (loaders, caller); called once per HTTP request. */
  context: (req: express.Request) => Promise<TContext>;
  /** Answers whether the subgraph's dependencies (its database) respond. */
  healthy: () => Promise<boolean>;
  /** Largest request body accepted, e.g. '10mb' for bulk pushes. */
  bodyLimit?: string;
}

/** An express app serving `/graphql` and `GET /health`. The server must already be started. */
export function createSubgraphApp<TContext extends BaseContext>(
  options: SubgraphAppOptions<TContext>,
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const ok = await options.healthy().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '10mb' }),
    expressMiddleware(options.server, { context: ({ req }) => options.context(req) }),
  );
  return app;
}
