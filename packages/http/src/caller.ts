import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who is asking, as verified by the gateway and forwarded to the subgraphs. Subgraphs enforce
 * authorization in their data access from this, never from anything else the client sends.
 */
export const ROLES = ['PUBLIC', 'DEPARTMENT', 'CREDIT_CENTRE', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Caller id from the token's subject; `anonymous` without a token. */
  id: string;
  /** Department code (e.g. `SCJGJ`) for department callers. */
  department: string | null;
  roles: Role[];
  /** Why the caller reads credit information (audit), from the `purpose` header. */
  purpose: string | null;
  /**
   * Set only when the gateway calls a subgraph for itself (recording accesses), never from a token:
   * the gateway builds token callers without it, and a subgraph trusts it only under the signature.
   */
  service?: 'gateway';
}

export const PUBLIC_CALLER: Caller = { id: 'anonymous', department: null, roles: ['PUBLIC'], purpose: null };

/** The gateway's own identity on its internal calls to subgraphs; it has no role in the public API. */
export const GATEWAY_SERVICE_CALLER: Caller = {
  id: 'service:gateway',
  department: null,
  roles: [],
  purpose: 'audit',
  service: 'gateway',
};

export function isGatewayService(caller: Caller): boolean {
  return caller.service === 'gateway';
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return roles.some((role) => caller.roles.includes(role));
}

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
      roles: caller.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
      purpose: caller.purpose ?? null,
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
