import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { pseudonymKeyFor } from '@credit/identifiers';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const Env = z.object({
  RECORDS_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL for this subgraph only; falls back to DATABASE_URL, then the embedded database. */
  RECORDS_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(`${projectRoot}.data`),
  /** The gateway, through which records matches parties to subjects (as a client). */
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Bearer token records presents to the gateway; without it ingestion cannot match parties. */
  RECORDS_SERVICE_TOKEN: z.string().min(1).optional(),
  /** Key of the keyed hash that pseudonymises natural persons for analysts; the same as the subjects subgraph's. */
  PSEUDONYM_KEY: z.string().min(16).optional(),
  NODE_ENV: z.string().default('development'),
});

export interface RecordsConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Shared with the gateway, which signs every request it forwards. */
  gatewaySecret: string;
  gatewayUrl: string;
  serviceToken: string | undefined;
  pseudonymKey: string;
}

/** Reads the environment once, failing with a message that names the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RecordsConfig {
  const e = parseEnv('records', Env, env);
  const pseudonymKey = pseudonymKeyFor('records', e.PSEUDONYM_KEY, e.NODE_ENV);
  return {
    port: e.RECORDS_PORT,
    host: e.HOST,
    databaseUrl: e.RECORDS_DATABASE_URL ?? e.DATABASE_URL,
    dataDir: `${e.DATA_DIR}/records`,
    gatewaySecret: subgraphSecret('records', env),
    gatewayUrl: e.GATEWAY_URL,
    serviceToken: e.RECORDS_SERVICE_TOKEN,
    pseudonymKey,
  };
}
