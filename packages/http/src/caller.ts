import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

import { isRole, type Caller } from '@credit/authz';

// Roles and the caller live in the authorization core; the signing of callers lives here.
export { GATEWAY_SERVICE_CALLER, PUBLIC_CALLER, ROLES, hasRole, isGatewayService, type Caller, type Role } from '@credit/authz';

export const CALLER_HEADER = 'x-credit-caller';
export const SIGNATURE_HEADER = 'x-credit-signature';
export const TIMESTAMP_HEADER = 'x-credit-timestamp';
export const NONCE_HEADER = 'x-credit-nonce';

/** How far a signed request's timestamp may be from the receiver's clock. */
export const MAX_SKEW_MS = 60_000;

/** What the signature covers of a GraphQL request: the whole operation, variables included. */
export interface SignedOperation {
  query: string;
  variables?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

/** A stable text of the operation (JSON of query, variables, operation name), hashed into the signature. */
export function operationDigest(operation: SignedOperation | string): string {
  const op = typeof operation === 'string' ? { query: operation } : operation;
  const text = JSON.stringify([op.query ?? '', op.variables ?? null, op.operationName ?? null]);
  return createHash('sha256').update(text).digest('base64url');
}

function sign(secret: string, caller: string, timestamp: string, nonce: string, digest: string): string {
  return createHmac('sha256', secret).update(`v2.${caller}.${timestamp}.${nonce}.${digest}`).digest('base64url');
}

/**
 * Headers the gateway adds to a subgraph request: the caller, a timestamp and a fresh nonce, signed
 * with that subgraph's secret over the whole operation (query, variables and operation name).
 */
export function signedCallerHeaders(
  secret: string,
  caller: Caller,
  operation: SignedOperation | string,
  now = Date.now(),
): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(caller)).toString('base64url');
  const timestamp = String(now);
  // randomUUID draws from a cached pool of random bytes: 122 random bits without a system call per request.
  const nonce = randomUUID();
  return {
    [CALLER_HEADER]: encoded,
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: sign(secret, encoded, timestamp, nonce, operationDigest(operation)),
  };
}

/**
 * Signatures a subgraph process has already accepted, until they fall out of the signing window:
 * the same signed request arriving twice is a replay. Bounded: when it holds `capacity` live
 * entries it refuses new requests (fails closed) rather than forgetting one still in its window.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(
    readonly capacity = 200_000,
    private readonly windowMs = 2 * MAX_SKEW_MS,
  ) {}

  get size(): number {
    return this.seen.size;
  }

  /** True the first time `signature` is presented within the window; false for a replay or when full. */
  accept(signature: string, now = Date.now()): boolean {
    if (this.seen.has(signature)) return false;
    if (this.seen.size >= this.capacity) this.prune(now);
    if (this.seen.size >= this.capacity) return false;
    this.seen.set(signature, now + this.windowMs);
    return true;
  }

  private prune(now: number): void {
    // Insertion order is arrival order, so expired entries are at the front.
    for (const [signature, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(signature);
    }
  }
}

export type VerifyFailure = 'unsigned' | 'expired' | 'forged' | 'replayed';

/**
 * The caller a subgraph request carries, or why it is refused: not signed by the gateway with this
 * subgraph's secret (missing, altered: query, variables or operation name), older than the window,
 * or a signature already seen (`guard`).
 */
export function verifySignedRequest(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  operation: SignedOperation | string,
  guard?: ReplayGuard,
  now = Date.now(),
): Caller | VerifyFailure {
  const encoded = headers[CALLER_HEADER];
  const timestamp = headers[TIMESTAMP_HEADER];
  const nonce = headers[NONCE_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof encoded !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string' || typeof nonce !== 'string') {
    return 'unsigned';
  }
  if (!/^\d{1,16}$/.test(timestamp) || !(Math.abs(now - Number(timestamp)) <= MAX_SKEW_MS)) return 'expired';
  const expected = Buffer.from(sign(secret, encoded, timestamp, nonce, operationDigest(operation)));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'forged';
  if (guard && !guard.accept(signature, now)) return 'replayed';
  try {
    const caller = JSON.parse(Buffer.from(encoded, 'base64url').toString()) as Caller;
    if (typeof caller.id !== 'string' || !Array.isArray(caller.roles)) return 'forged';
    return {
      id: caller.id,
      department: typeof caller.department === 'string' ? caller.department : null,
      roles: caller.roles.filter(isRole),
      purpose: typeof caller.purpose === 'string' ? caller.purpose : null,
      subjectId: typeof caller.subjectId === 'string' ? caller.subjectId : null,
      ...(caller.service === 'gateway' ? { service: 'gateway' as const } : {}),
    };
  } catch {
    return 'forged';
  }
}

/** `verifySignedRequest` as the caller, or null when refused for any reason. */
export function verifyCallerHeaders(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  operation: SignedOperation | string,
  now = Date.now(),
): Caller | null {
  const result = verifySignedRequest(secret, headers, operation, undefined, now);
  return typeof result === 'string' ? null : result;
}

/** Whether `env` says the platform runs in production: NODE_ENV or the gateway's mode setting. */
export function isProductionEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' || env.GATEWAY_MODE === 'production' || env.CREDIT_MODE === 'production';
}

/** The development secret of a subgraph: derived from its name, so it is no secret at all. */
export function developmentSubgraphSecret(name: string): string {
  return createHash('sha256').update(`credit-platform-development-secret:${name}`).digest('base64url');
}

/**
 * The secret shared by the gateway and one subgraph: `GATEWAY_SECRET_<NAME>` when set; otherwise,
 * outside production, a development secret derived from the name, so that a fresh checkout runs.
 * In production (NODE_ENV=production or GATEWAY_MODE=production, see `isProductionEnv`) the secret
 * must be set, and never the development one.
 */
export function subgraphSecret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const variable = `GATEWAY_SECRET_${name.toUpperCase()}`;
  const configured = env[variable];
  const production = isProductionEnv(env);
  if (production) {
    if (!configured) throw new Error(`${variable} must be set in production`);
    if (configured === developmentSubgraphSecret(name)) {
      throw new Error(`${variable} must be a real secret in production, not the development secret`);
    }
  }
  return configured || developmentSubgraphSecret(name);
}
