import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { ReplayGuard, verifySignedRequest, type Caller, type SignedOperation } from './caller';

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
  /** Signatures already accepted, refused if presented again within the window (one per process by default). */
  replayGuard?: ReplayGuard;
}

const REFUSALS = {
  unsigned: 'This subgraph answers only requests signed by the gateway',
  expired: 'The gateway signature is outside its time window',
  forged: 'The gateway signature does not match this request',
  replayed: 'This signed request was already received: a replay is refused',
} as const;

/** What the gateway signed of a request: query, variables and operation name, from the body or the URL. */
function operationOf(req: express.Request): SignedOperation {
  if (req.method === 'POST' && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
    const body = req.body as Record<string, unknown>;
    return {
      query: typeof body.query === 'string' ? body.query : '',
      variables: (body.variables as Record<string, unknown> | undefined) ?? null,
      operationName: typeof body.operationName === 'string' ? body.operationName : null,
    };
  }
  let variables: Record<string, unknown> | null = null;
  try {
    variables = typeof req.query.variables === 'string' ? (JSON.parse(req.query.variables) as Record<string, unknown>) : null;
  } catch {
    variables = null;
  }
  return {
    query: typeof req.query.query === 'string' ? req.query.query : '',
    variables,
    operationName: typeof req.query.operationName === 'string' ? req.query.operationName : null,
  };
}

/**
 * An express app serving `/graphql` and `GET /health`. The server must already be started. Only
 * requests signed by the gateway reach GraphQL (and so `_entities`); others get 401 and run nothing.
 */
export function createSubgraphApp<TContext extends BaseContext>(
  options: SubgraphAppOptions<TContext>,
): express.Express {
  const guard = options.replayGuard ?? new ReplayGuard();
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
      const caller = verifySignedRequest(options.secret, req.headers, operationOf(req), guard);
      if (typeof caller === 'string') {
        res.status(401).json({ errors: [{ message: REFUSALS[caller], extensions: { code: 'UNAUTHENTICATED', reason: caller.toUpperCase() } }] });
        return;
      }
      res.locals.caller = caller;
      next();
    },
    expressMiddleware(options.server, { context: ({ req, res }) => options.context(req, res.locals.caller as Caller) }),
  );
  // A body that is not JSON, or too large, is the client's mistake: a JSON error, never a page with a stack.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal error' : 'The request body is not acceptable JSON', extensions: { code } }] });
  });
  return app;
}
