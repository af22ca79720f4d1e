import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { subgraphSecret } from '@credit/http';
import { z } from 'zod';
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
});

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Subgraph name → URL, from `<NAME>_URL` variables; others keep the supergraph's URL. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  tokenKeys: TokenKeys;
  /** The secret shared with a subgraph, to sign the caller forwarded to it. */
  secretFor: (subgraph: string) => string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`gateway: bad configuration: ${problems.join('; ')}`);
  }
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^([A-Z]+)_URL$/.exec(key);
    if (match && value && key !== 'DATABASE_URL') subgraphUrls[match[1]!.toLowerCase()] = value;
  }
  return {
    port: parsed.data.GATEWAY_PORT,
    host: parsed.data.HOST,
    supergraphPath: parsed.data.SUPERGRAPH_PATH,
    subgraphUrls,
    subgraphTimeoutMs: parsed.data.SUBGRAPH_TIMEOUT_MS,
    tokenKeys: tokenKeys(parsed.data.JWT_JWKS_FILE, parsed.data.NODE_ENV),
    secretFor: (subgraph) => subgraphSecret(subgraph, env),
  };
}

function tokenKeys(jwksFile: string | undefined, nodeEnv: string): TokenKeys {
  if (jwksFile) return { jwks: JSON.parse(readFileSync(jwksFile, 'utf8')) };
  if (nodeEnv === 'production') throw new Error('gateway: JWT_JWKS_FILE must be set in production');
  return { secret: DEVELOPMENT_KEY };
}
