import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const Env = z.object({
  SANCTIONS_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL for this subgraph only; falls back to DATABASE_URL, then the embedded database. */
  SANCTIONS_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(`${projectRoot}.data`),
  /** The gateway, through which the seed reads serious penalties (as a client). */
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Bearer token sanctions presents to the gateway (a credit-centre service token). */
  SANCTIONS_SERVICE_TOKEN: z.string().min(1).optional(),
});

export interface SanctionsConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Shared with the gateway, which signs every request it forwards. */
  gatewaySecret: string;
  gatewayUrl: string;
  serviceToken: string | undefined;
}

/** Reads the environment once, failing with a message that names the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SanctionsConfig {
  const e = parseEnv('sanctions', Env, env);
  return {
    port: e.SANCTIONS_PORT,
    host: e.HOST,
    databaseUrl: e.SANCTIONS_DATABASE_URL ?? e.DATABASE_URL,
    dataDir: `${e.DATA_DIR}/sanctions`,
    gatewaySecret: subgraphSecret('sanctions', env),
    gatewayUrl: e.GATEWAY_URL,
    serviceToken: e.SANCTIONS_SERVICE_TOKEN,
  };
}
