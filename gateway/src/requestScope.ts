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
  /** What the request waited for, in the order each ended (the slow-request log shows them). */
  steps: TimedStep[];
}

/** One piece of a request's time: a subgraph call, GraphQL execution, the access-log write. */
export interface TimedStep {
  step: string;
  /** Milliseconds from the request's arrival to the step's start. */
  atMs: number;
  ms: number;
  /** How a subgraph call ended, when not `ok`. */
  outcome?: string;
}

/** Adds to the current request's steps one that began at `started` (`performance.now()`) and ends now. */
export function timeStep(step: string, started: number, outcome?: string): void {
  const scope = storage.getStore();
  if (!scope) return;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  scope.steps.push({ step, atMs: round(started - scope.startedAt), ms: round(performance.now() - started), ...(outcome ? { outcome } : {}) });
}

const storage = new AsyncLocalStorage<RequestScope>();

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
      const started = performance.now();
      const scope = currentScope();
      if (scope) scope.callerId = contextValue.caller.id;
      return {
        async didResolveOperation({ operationName }) {
          if (scope) scope.operation = operationName ?? 'anonymous';
        },
        async executionDidStart() {
          return { executionDidEnd: async () => timeStep('graphql', started) };
        },
      };
    },
  };
}
