import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { pseudonymKeyFor } from '@credit/identifiers';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const Env = z.object({
  SUBJECTS_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL for this subgraph only; falls back to DATABASE_URL, then the embedded database. */
  SUBJECTS_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(`${projectRoot}.data`),
  /** Key of the keyed hash that pseudonymises natural persons for analysts; the records subgraph uses the same. */
  PSEUDONYM_KEY: z.string().min(16).optional(),
  NODE_ENV: z.string().default('development'),
});

export interface SubjectsConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Shared with the gateway, which signs every request it forwards. */
  gatewaySecret: string;
  pseudonymKey: string;
}

/** Reads the environment once, failing with a message that names the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SubjectsConfig {
  const e = parseEnv('subjects', Env, env);
  const pseudonymKey = pseudonymKeyFor('subjects', e.PSEUDONYM_KEY, e.NODE_ENV);
  return {
    port: e.SUBJECTS_PORT,
    host: e.HOST,
    databaseUrl: e.SUBJECTS_DATABASE_URL ?? e.DATABASE_URL,
    dataDir: `${e.DATA_DIR}/subjects`,
    gatewaySecret: subgraphSecret('subjects', env),
    pseudonymKey,
  };
}
