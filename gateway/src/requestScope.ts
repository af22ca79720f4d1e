import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { GatewayContext } from './context';

/**
 * What is known about one HTTP request as it goes through the gateway: filled in by the GraphQL
 * layer, read by the access log, the metrics and error masking.
 */
export interface RequestScope {
  requestId: string;
  /** The operation's name once resolved; `anonymous` for an unnamed one. */
  operation?: string;
  callerId?: string;
  /** `extensions.code` of every error in the response. */
  errorCodes: string[];
  /** Why the gateway refused the request before GraphQL ran (rate limit, body size, ...). */
  rejected?: string;
  /** `performance.now()` when the request arrived: the origin of `steps`. */
  startedAt: number;
  /** What the request waited for, in the order each began (the slow-request log shows them). */
  steps: TimedStep[];
}

/** One piece of a request's time: GraphQL's work, a subgraph call, the access-log write. */
export interface TimedStep {
  step: string;
  /** Milliseconds from the request's arrival to the step's start. */
  atMs: number;
  /** How long it took; null while it runs (a request that timed out names what it still waited for). */
  ms: number | null;
  /** How it ended, when not well (a subgraph's refusal code, `timeout`, `unavailable`, `failed`). */
  outcome?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

const tenths = (ms: number) => Math.round(ms * 10) / 10;

/** Starts a step of the current request's time; the function returned ends it (with its outcome when not ok). */
export function startStep(step: string): (outcome?: string) => void {
  const scope = storage.getStore();
  if (!scope) return () => {};
  const started = performance.now();
  const timed: TimedStep = { step, atMs: tenths(started - scope.startedAt), ms: null };
  scope.steps.push(timed);
  return (outcome) => {
    timed.ms = tenths(performance.now() - started);
    if (outcome) timed.outcome = outcome;
  };
}

/** A request id given by a proxy in front (`X-Request-Id`) is kept when it looks like one. */
const GIVEN_ID = /^[\w.:-]{8,128}$/;

/**
 * Gives each request an id, sent back as `X-Request-Id`, and a scope (`res.locals.scope`) that
 * what follows runs inside, so that logs and masked errors carry the id.
 */
export function requestScope(): express.RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const scope: RequestScope = {
      requestId: given && GIVEN_ID.test(given) ? given : randomUUID(),
      errorCodes: [],
      startedAt: performance.now(),
      steps: [],
    };
    res.locals.scope = scope;
    res.setHeader('x-request-id', scope.requestId);
    storage.run(scope, next);
  };
}

/** Re-enters the request's scope (body parsers call `next` from stream events, outside it). */
export function resumeRequestScope(): express.RequestHandler {
  return (_req, res, next) => {
    const scope = scopeOf(res);
    if (scope && storage.getStore() !== scope) storage.run(scope, next);
    else next();
  };
}

export function scopeOf(res: express.Response): RequestScope | undefined {
  return res.locals.scope as RequestScope | undefined;
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/**
 * Records the operation name and caller of each GraphQL request in its scope (error codes: see
 * formatError), and the time from the start of GraphQL's work to its answer (step `graphql`).
 */
export function requestScopePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const executed = startStep('graphql');
      const scope = currentScope();
      if (scope) scope.callerId = contextValue.caller.id;
      return {
        async didResolveOperation({ operationName }) {
          if (scope) scope.operation = operationName ?? 'anonymous';
        },
        async executionDidStart() {
          return { executionDidEnd: async () => executed() };
        },
      };
    },
  };
}
