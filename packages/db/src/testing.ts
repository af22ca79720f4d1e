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

function postgres(serverUrl: string): TestBackend {
  return {
    name: 'postgres',
    async create() {
      const name = `test_${Date.now()}_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        async drop() {
          const client = new pg.Client({ connectionString: serverUrl });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
        },
      };
    },
  };
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const serverUrl = env.DATABASE_URL;
  return serverUrl ? [pglite, postgres(serverUrl)] : [pglite];
}
