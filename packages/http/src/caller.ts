import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

import { isRole, type Caller } from '@credit/authz';

// Roles and the caller live in the authorization core; the signing of callers lives here.
export { GATEWAY_SERVICE_CALLER, PUBLIC_CALLER, ROLES, hasRole, isGatewayService, type Caller, type Role } from '@credit/authz';

export const CALLER_HEADER = 'x-credit-caller';
export const SIGNATURE_HEADER = 'x-credit-signature';
export const TIMESTAMP_HEADER = 'x-credit-timestamp';

/** How far a signed request's timestamp may be from the receiver's clock. */
const MAX_SKEW_MS = 60_000;

function sign(secret: string, caller: string, timestamp: string, query: string): string {
  const queryHash = createHash('sha256').update(query).digest('base64url');
  return createHmac('sha256', secret).update(`${caller}.${timestamp}.${queryHash}`).digest('base64url');
}

/** Headers the gateway adds to a subgraph request: the caller, signed with that subgraph's secret. */
export function signedCallerHeaders(secret: string, caller: Caller, query: string, now = Date.now()): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(caller)).toString('base64url');
  const timestamp = String(now);
  return {
    [CALLER_HEADER]: encoded,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: sign(secret, encoded, timestamp, query),
  };
}

/**
 * The caller a subgraph request carries, or null when the request was not signed by the gateway
 * with this subgraph's secret (missing, altered, or older than a minute).
 */
export function verifyCallerHeaders(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  query: string,
  now = Date.now(),
): Caller | null {
  const encoded = headers[CALLER_HEADER];
  const timestamp = headers[TIMESTAMP_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof encoded !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string') return null;
  if (!(Math.abs(now - Number(timestamp)) <= MAX_SKEW_MS)) return null;
  const expected = Buffer.from(sign(secret, encoded, timestamp, query));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const caller = JSON.parse(Buffer.from(encoded, 'base64url').toString()) as Caller;
    if (typeof caller.id !== 'string' || !Array.isArray(caller.roles)) return null;
    return {
      id: caller.id,
      department: caller.department ?? null,
      roles: caller.roles.filter(isRole),
      purpose: caller.purpose ?? null,
      subjectId: typeof caller.subjectId === 'string' ? caller.subjectId : null,
      ...(caller.service === 'gateway' ? { service: 'gateway' as const } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * The secret shared by the gateway and one subgraph: `GATEWAY_SECRET_<NAME>` when set; otherwise,
 * outside production, a development secret derived from the name, so that a fresh checkout runs.
 */
export function subgraphSecret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[`GATEWAY_SECRET_${name.toUpperCase()}`];
  if (configured) return configured;
  if (env.NODE_ENV === 'production') {
    throw new Error(`GATEWAY_SECRET_${name.toUpperCase()} must be set in production`);
  }
  return createHash('sha256').update(`credit-platform-development-secret:${name}`).digest('base64url');
}
