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

export function contextFor(authenticate: ReturnType<typeof createAuthenticator>) {
  return async ({ req }: { req: express.Request }): Promise<GatewayContext> => ({
    caller: await authenticate(req.get('authorization'), purposeOf(req)),
  });
}
