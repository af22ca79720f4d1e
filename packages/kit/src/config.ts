import { fileURLToPath } from 'node:url';
import { parseEnv, subgraphSecret } from '@credit/http';
import { pseudonymKeyFor } from '@credit/identifiers';
import { z } from 'zod';
import { TokenFile, type ServiceToken } from './serviceToken';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  /** `<NAME>_DATABASE_URL`, else `DATABASE_URL`; without either the embedded database. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files: `DATA_DIR/<name>`. */
  dataDir: string;
  /** Shared with the gateway, which signs every request it forwards. */
  gatewaySecret: string;
  /** The gateway, for subgraphs that read other subgraphs' data as its clients. */
  gatewayUrl: string;
  /**
   * Bearer token the subgraph presents to the gateway: `<NAME>_SERVICE_TOKEN`, else the file
   * `<NAME>_SERVICE_TOKEN_FILE` names (re-read when it is rewritten, so the token can be renewed
   * within the gateway's TOKEN_MAX_LIFETIME without a restart).
   */
  serviceToken: ServiceToken;
  /** Key of the keyed hash that pseudonymises natural persons for analysts, the same in every subgraph. */
  pseudonymKey: string;
  production: boolean;
}

/**
 * A subgraph's environment, read once at start-up (`<NAME>_PORT`, `<NAME>_DATABASE_URL` ??
 * `DATABASE_URL`, `DATA_DIR/<name>`, `GATEWAY_URL`, `<NAME>_SERVICE_TOKEN` or `<NAME>_SERVICE_TOKEN_FILE`, `PSEUDONYM_KEY`),
 * with the subgraph's own variables (`extra`, a zod shape) parsed alongside. Fails with a message
 * naming every bad variable.
 */
export function subgraphConfig<TExtra extends z.ZodRawShape = {}>(
  name: string,
  defaultPort: number,
  extra?: TExtra,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphConfig & z.infer<z.ZodObject<TExtra>> {
  const NAME = name.toUpperCase();
  const base = z.object({
    [`${NAME}_PORT`]: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    [`${NAME}_DATABASE_URL`]: z.string().url().optional(),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default(`${projectRoot}.data`),
    GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
    [`${NAME}_SERVICE_TOKEN`]: z.string().min(1).optional(),
    [`${NAME}_SERVICE_TOKEN_FILE`]: z.string().min(1).optional(),
    PSEUDONYM_KEY: z.string().min(16).optional(),
    NODE_ENV: z.string().default('development'),
  });
  const e = parseEnv(name, base.extend(extra ?? {}), env) as Record<string, unknown>;
  const string = (key: string) => e[key] as string | undefined;
  const extras = Object.fromEntries(Object.keys(extra ?? {}).map((key) => [key, e[key]]));
  return {
    ...(extras as z.infer<z.ZodObject<TExtra>>),
    name,
    port: e[`${NAME}_PORT`] as number,
    host: string('HOST')!,
    databaseUrl: string(`${NAME}_DATABASE_URL`) ?? string('DATABASE_URL'),
    dataDir: `${string('DATA_DIR')}/${name}`,
    gatewaySecret: subgraphSecret(name, env),
    gatewayUrl: string('GATEWAY_URL')!,
    serviceToken: serviceToken(string(`${NAME}_SERVICE_TOKEN`), string(`${NAME}_SERVICE_TOKEN_FILE`)),
    pseudonymKey: pseudonymKeyFor(name, string('PSEUDONYM_KEY'), string('NODE_ENV')!),
    production: string('NODE_ENV') === 'production',
  };
}

/** An explicit token wins; else the token file, when one is named. */
function serviceToken(token: string | undefined, file: string | undefined): ServiceToken {
  if (token) return token;
  return file ? new TokenFile(file) : undefined;
}
