import type { Caller } from '@credit/http';
import type express from 'express';
import type { createAuthenticator } from './identity';

export interface GatewayContext {
  caller: Caller;
}

/** The `purpose` header, percent-decoded (HTTP headers carry Chinese text that way). */
function purposeOf(req: express.Request): string | null {
  const raw = req.get('purpose');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).trim() || null;
  } catch {
    return raw.trim() || null;
  }
}

/**
 * The verified caller of a request, computed once per request (the rate limiter and the GraphQL
 * context both ask); rejects with UNAUTHENTICATED for a bad token.
 */
export function callerResolver(authenticate: ReturnType<typeof createAuthenticator>) {
  const callers = new WeakMap<express.Request, Promise<Caller>>();
  return (req: express.Request): Promise<Caller> => {
    let caller = callers.get(req);
    if (!caller) {
      caller = authenticate(req.get('authorization'), purposeOf(req));
      caller.catch(() => {});
      callers.set(req, caller);
    }
    return caller;
  };
}

export function contextFor(callerOf: (req: express.Request) => Promise<Caller>) {
  return async ({ req }: { req: express.Request }): Promise<GatewayContext> => ({
    caller: await callerOf(req),
  });
}
