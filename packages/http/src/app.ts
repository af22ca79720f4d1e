import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { verifyCallerHeaders, type Caller } from './caller';

export interface SubgraphAppOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Builds the per-request context (loaders, caller); called once per HTTP request. */
  context: (req: express.Request, caller: Caller) => Promise<TContext>;
  /** Shared with the gateway (see `subgraphSecret`): requests not signed with it get 401. */
  secret: string;
  /** Answers whether the subgraph's dependencies (its database) respond. */
  healthy: () => Promise<boolean>;
  /** Largest request body accepted, e.g. '10mb' for bulk pushes. */
  bodyLimit?: string;
}

/**
 * An express app serving `/graphql` and `GET /health`. The server must already be started. Only
 * requests signed by the gateway reach GraphQL (and so `_entities`); others get 401 and run nothing.
 */
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
    (req, res, next) => {
      const query = typeof req.body?.query === 'string' ? req.body.query : String(req.query.query ?? '');
      const caller = verifyCallerHeaders(options.secret, req.headers, query);
      if (!caller) {
        res.status(401).json({
          errors: [{ message: 'This subgraph answers only requests signed by the gateway', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        return;
      }
      res.locals.caller = caller;
      next();
    },
    expressMiddleware(options.server, { context: ({ req, res }) => options.context(req, res.locals.caller as Caller) }),
  );
  return app;
}
