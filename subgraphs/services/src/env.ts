import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const Env = z.object({
  SERVICES_PORT: z.coerce.number().int().min(0).max(65535).default(4005),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL for this subgraph only; falls back to DATABASE_URL, then the embedded database. */
  SERVICES_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(`${projectRoot}.data`),
});

export interface ServicesConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Shared with the gateway, which signs every request it forwards. */
  gatewaySecret: string;
}

/** Reads the environment once, failing with a message that names the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServicesConfig {
  const e = parseEnv('services', Env, env);
  return {
    port: e.SERVICES_PORT,
    host: e.HOST,
    databaseUrl: e.SERVICES_DATABASE_URL ?? e.DATABASE_URL,
    dataDir: `${e.DATA_DIR}/services`,
    gatewaySecret: subgraphSecret('services', env),
  };
}
