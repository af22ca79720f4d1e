/**
 * Test databases: the embedded one always, the PostgreSQL server too when DATABASE_URL is set.
 * Each PostgreSQL test database is created for one suite and dropped after it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** Creates an empty database and returns its URL (undefined: in-memory PGlite) and a disposer. */
  create(): Promise<{ url: string | undefined; drop(): Promise<void> }>;
}

const pglite: TestBackend = {
  name: 'pglite',
  create: async () => ({ url: undefined, drop: async () => {} }),
};

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database on the PostgreSQL server at `serverUrl`, named `<prefix>_<time>_<random>`:
 * its name, its URL and a disposer that drops it (closing any connection left open).
 */
export async function createDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function postgres(serverUrl: string): TestBackend {
  return { name: 'postgres', create: () => createDatabase(serverUrl, 'test') };
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const serverUrl = env.DATABASE_URL;
  // CI never skips the PostgreSQL runs silently: without a server the tests fail.
  if (!serverUrl && env.CI === 'true') {
    throw new Error('CI=true but DATABASE_URL is not set: the tests must run on PostgreSQL in CI');
  }
  return serverUrl ? [pglite, postgres(serverUrl)] : [pglite];
}
