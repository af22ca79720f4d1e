import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { z } from 'zod';
import type { CoalescingSettings } from './dataSource';
import { DEVELOPMENT_KEY, type TokenKeys } from './identity';

const Env = z.object({
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z
    .string()
    .default(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))),
  /** Per-request timeout towards a subgraph, in milliseconds. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** A JSON Web Key Set file with the public keys that sign callers' tokens. */
  JWT_JWKS_FILE: z.string().optional(),
  NODE_ENV: z.string().default('development'),
  /** `production` hides introspection from non-analysts, field suggestions and internal error details. */
  GATEWAY_MODE: z.enum(['development', 'production']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_DEPTH: z.coerce.number().int().positive().default(10),
  MAX_ALIASES: z.coerce.number().int().nonnegative().default(20),
  MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(20),
  MAX_TOKENS: z.coerce.number().int().positive().default(3000),
  /** graphql-armor's cost: fields weighted by depth and multiplied by literal `first`/`last`. */
  MAX_COST: z.coerce.number().int().positive().default(100_000),
  /** Largest `first`/`last`/`limit` argument, and longest list argument, the gateway forwards. */
  MAX_PAGE_SIZE: z.coerce.number().int().positive().default(500),
  MAX_LIST_ITEMS: z.coerce.number().int().positive().default(5000),
  /** Largest product of page sizes along one path of a query (e.g. 100 subjects × 100 related). */
  MAX_RESULT_ITEMS: z.coerce.number().int().positive().default(20_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  /**
   * Larger bodies accepted only for a bulk mutation alone in its operation (submitRecords,
   * registerSubjects) from a caller with a token: 5,000 records of the national template fit.
   */
  BULK_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
  /** Deadline of a bulk mutation (submitRecords, registerSubjects of up to 5,000 rows), towards the subgraph and overall. */
  BULK_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** Longest token lifetime accepted (exp - iat): `12h`, `30m`, `3600` (seconds). */
  TOKEN_MAX_LIFETIME: z
    .string()
    .regex(/^\d+[smhd]?$/, 'a duration such as 12h, 30m or 3600')
    .default('12h'),
  /** Longest `purpose` header, in characters (after percent-decoding). */
  PURPOSE_MAX_LENGTH: z.coerce.number().int().positive().max(2000).default(200),
  /** Bearer token for `GET /metrics`; without it, `/metrics` answers only loopback addresses. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** `loopback` (default): /metrics from 127.0.0.1/::1 or with METRICS_TOKEN; `token`: with the token only. */
  METRICS_ACCESS: z.enum(['loopback', 'token']).default('loopback'),
  /** Distinct operation names kept as metric labels; further ones are counted as `other`. */
  METRICS_MAX_OPERATIONS: z.coerce.number().int().positive().max(10_000).default(100),
  /** Deadline for a whole GraphQL request; past it the client gets 504. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** A request taking this long or longer is logged at warn with what it waited for; 0: never. */
  SLOW_REQUEST_MS: z.coerce.number().int().nonnegative().default(1000),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  /** Requests per window for each verified caller. */
  RATE_LIMIT_CALLER: z.coerce.number().int().positive().default(3000),
  /** Requests per window for each IP address without a token. */
  RATE_LIMIT_PUBLIC: z.coerce.number().int().positive().default(300),
  /** How many proxies in front of the gateway to trust for the client address (`X-Forwarded-For`). */
  TRUST_PROXY_HOPS: z.coerce.number().int().nonnegative().default(0),
  /** On SIGTERM, how long in-flight requests may take before their connections are closed. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** Access entries written in one call to the subjects subgraph at most (1: one call per read). */
  AUDIT_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(200),
  /** Identical in-flight subgraph queries of one caller share one request. */
  SUBGRAPH_DEDUP: z.enum(['on', 'off']).default('on'),
  /** Queries of one text and caller to a subgraph merged into one request when it is busy, at most this many; 0 or 1: off. */
  SUBGRAPH_COALESCE: z.coerce.number().int().min(0).max(100).default(16),
  /** Requests of one query text and caller in flight to a subgraph before the next ones wait to go merged. */
  SUBGRAPH_COALESCE_IN_FLIGHT: z.coerce.number().int().min(1).max(64).default(1),
  /** Longest a query waits to go merged, in milliseconds. */
  SUBGRAPH_COALESCE_WAIT_MS: z.coerce.number().int().min(0).max(50).default(5),
  /** A plan's two calls to one subgraph at one path made one when nothing reads the first in between (foldFetches.ts). */
  FOLD_FETCHES: z.enum(['on', 'off']).default('on'),
  /** Keep-alive connections per subgraph (undici Agent); 0: Node's fetch. */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(0).max(1024).default(64),
  /** How long a verified token's caller is remembered (never past its expiry); 0: verify every request. */
  TOKEN_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /**
   * `http`: each subgraph is its own server, called over HTTP with a signed caller. `embedded`: the
   * gateway runs every registered subgraph in its own process over its database (embedded.ts).
   */
  GATEWAY_SUBGRAPHS: z.enum(['http', 'embedded']).default('http'),
  /** Embedded mode: PostgreSQL connections per subgraph database in each gateway process (workers multiply it). */
  EMBEDDED_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Gateway processes (node:cluster workers sharing the port); 1: a single process. */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** A persisted-query manifest (JSON: `{ operations: [{ id, name, body }] }`, ids the body's SHA-256). */
  PERSISTED_OPERATIONS_FILE: z.string().optional(),
  /** Token subjects (`sub`) of front ends held to the manifest, comma-separated: they run its operations only. */
  SAFELIST_CALLERS: z.string().default(''),
  /** Automatic persisted queries (a client sends a query's hash, its text only once). */
  APQ: z.enum(['on', 'off']).default('on'),
});

export interface PerformanceConfig {
  auditBatchMax: number;
  subgraphDedup: boolean;
  /** Merging of concurrent subgraph queries (null: off). */
  subgraphCoalesce: CoalescingSettings | null;
  foldFetches: boolean;
  subgraphConnections: number;
  tokenCacheSeconds: number;
  workers: number;
  persistedOperationsFile: string | undefined;
  safelistCallers: string[];
  apq: boolean;
}

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxPageSize: number;
  maxListItems: number;
  maxResultItems: number;
}

export interface RateLimits {
  windowMs: number;
  perCaller: number;
  perPublicAddress: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Where the subgraphs run: their own servers over HTTP, or in the gateway's process (`GATEWAY_SUBGRAPHS`). */
  subgraphMode: 'http' | 'embedded';
  /** Embedded mode: connections per subgraph database in each gateway process. */
  embeddedPoolSize: number;
  /** Subgraph name → URL, from `<NAME>_URL` variables; others keep the supergraph's URL. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  /** Per-subgraph deadlines from `<NAME>_TIMEOUT_MS`, overriding `subgraphTimeoutMs`. */
  subgraphTimeouts: Record<string, number>;
  tokenKeys: TokenKeys;
  /** The secret shared with a subgraph, to sign the caller forwarded to it. */
  secretFor: (subgraph: string) => string;
  mode: 'development' | 'production';
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  limits: OperationLimits;
  bodyLimitBytes: number;
  bulkBodyLimitBytes: number;
  /** Deadline of a bulk mutation, towards the subgraph and for the whole request. */
  bulkTimeoutMs: number;
  /** Longest token lifetime (exp - iat) accepted, in seconds. */
  tokenMaxLifetimeSeconds: number;
  purposeMaxLength: number;
  metrics: { token: string | undefined; access: 'loopback' | 'token'; maxOperations: number };
  requestTimeoutMs: number;
  /** A request this long or longer is logged as slow, with its steps (0: never). */
  slowRequestMs: number;
  rateLimits: RateLimits;
  trustProxyHops: number;
  shutdownGraceMs: number;
  performance: PerformanceConfig;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const e = parseEnv('gateway', Env, env);
  const mode = e.GATEWAY_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'development');
  // Production by either setting: the development secrets and key are then impossible.
  const production = mode === 'production' || e.NODE_ENV === 'production';
  const secretEnv = production ? { ...env, GATEWAY_MODE: 'production' } : env;
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^([A-Z]+)_URL$/.exec(key);
    if (match && value && key !== 'DATABASE_URL') subgraphUrls[match[1]!.toLowerCase()] = value;
  }
  const subgraphTimeouts: Record<string, number> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^([A-Z]+)_TIMEOUT_MS$/.exec(key);
    if (!match || key === 'SUBGRAPH_TIMEOUT_MS' || key === 'REQUEST_TIMEOUT_MS') continue;
    const ms = Number(value);
    if (!Number.isInteger(ms) || ms <= 0) throw new Error(`gateway: bad configuration: ${key} must be a positive number of milliseconds`);
    subgraphTimeouts[match[1]!.toLowerCase()] = ms;
  }
  return {
    port: e.GATEWAY_PORT,
    host: e.HOST,
    supergraphPath: e.SUPERGRAPH_PATH,
    subgraphMode: e.GATEWAY_SUBGRAPHS,
    embeddedPoolSize: e.EMBEDDED_POOL_SIZE,
    subgraphUrls,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    subgraphTimeouts,
    tokenKeys: tokenKeys(e.JWT_JWKS_FILE, production),
    secretFor: (subgraph) => subgraphSecret(subgraph, secretEnv),
    mode: production ? 'production' : 'development',
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxListItems: e.MAX_LIST_ITEMS,
      maxResultItems: e.MAX_RESULT_ITEMS,
    },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    bulkBodyLimitBytes: Math.max(e.BULK_BODY_LIMIT_BYTES, e.BODY_LIMIT_BYTES),
    bulkTimeoutMs: e.BULK_TIMEOUT_MS,
    tokenMaxLifetimeSeconds: durationSeconds(e.TOKEN_MAX_LIFETIME),
    purposeMaxLength: e.PURPOSE_MAX_LENGTH,
    metrics: { token: e.METRICS_TOKEN, access: e.METRICS_ACCESS, maxOperations: e.METRICS_MAX_OPERATIONS },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    slowRequestMs: e.SLOW_REQUEST_MS,
    rateLimits: {
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      perCaller: e.RATE_LIMIT_CALLER,
      perPublicAddress: e.RATE_LIMIT_PUBLIC,
    },
    trustProxyHops: e.TRUST_PROXY_HOPS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    performance: {
      auditBatchMax: e.AUDIT_BATCH_MAX,
      subgraphDedup: e.SUBGRAPH_DEDUP === 'on',
      subgraphCoalesce:
        e.SUBGRAPH_COALESCE > 1 ? { maxCopies: e.SUBGRAPH_COALESCE, maxInFlight: e.SUBGRAPH_COALESCE_IN_FLIGHT, maxWaitMs: e.SUBGRAPH_COALESCE_WAIT_MS } : null,
      foldFetches: e.FOLD_FETCHES === 'on',
      subgraphConnections: e.SUBGRAPH_CONNECTIONS,
      tokenCacheSeconds: e.TOKEN_CACHE_SECONDS,
      workers: e.GATEWAY_WORKERS,
      persistedOperationsFile: e.PERSISTED_OPERATIONS_FILE,
      safelistCallers: e.SAFELIST_CALLERS.split(',').map((s) => s.trim()).filter(Boolean),
      apq: e.APQ === 'on',
    },
  };
}

function tokenKeys(jwksFile: string | undefined, production: boolean): TokenKeys {
  if (jwksFile) return { jwks: JSON.parse(readFileSync(jwksFile, 'utf8')) };
  if (production) throw new Error('gateway: JWT_JWKS_FILE must be set in production (NODE_ENV or GATEWAY_MODE): the development key is refused');
  return { secret: DEVELOPMENT_KEY };
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** `12h` → 43200; a bare number is seconds. */
export function durationSeconds(text: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(text);
  if (!match) throw new Error(`gateway: bad configuration: ${text} is not a duration`);
  return Number(match[1]) * UNIT_SECONDS[(match[2] || 's') as keyof typeof UNIT_SECONDS];
}
