import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

const Env = z.object({
  RATINGS_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL for this subgraph only; falls back to DATABASE_URL, then the embedded database. */
  RATINGS_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(`${projectRoot}.data`),
  /** The gateway, through which evaluation runs read subjects, records, listings and commitments. */
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Credit-centre token ratings presents to the gateway; without it runs cannot read their inputs. */
  RATINGS_SERVICE_TOKEN: z.string().min(1).optional(),
  NODE_ENV: z.string().default('development'),
});

export interface RatingsConfig {
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
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RatingsConfig {
  const e = parseEnv('ratings', Env, env);
  return {
    port: e.RATINGS_PORT,
    host: e.HOST,
    databaseUrl: e.RATINGS_DATABASE_URL ?? e.DATABASE_URL,
    dataDir: `${e.DATA_DIR}/ratings`,
    gatewaySecret: subgraphSecret('ratings', env),
    gatewayUrl: e.GATEWAY_URL,
    serviceToken: e.RATINGS_SERVICE_TOKEN,
  };
}
