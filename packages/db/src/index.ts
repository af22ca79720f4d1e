import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

/** A drizzle database over either backend; code above this package never needs to know which. */
export type Database<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  schema: TSchema;
  /** PostgreSQL connection string; without it the embedded database is used. */
  url?: string | undefined;
  /** Where the embedded database keeps its files; without it, in memory (tests). */
  dataDir?: string | undefined;
  /** The subgraph's generated SQL migrations, applied on open. */
  migrationsFolder: string;
  /** The subgraph's own PostgreSQL schema; names its migrations journal too. */
  pgSchema: string;
  /** Connections in the pool (PostgreSQL only). */
  poolSize?: number;
}

export interface DatabaseHandle<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  backend: 'pglite' | 'postgres';
  /** Counts every statement sent through `db`: tests use it to prove batching. */
  queries: { count: number };
  /**
   * The same connections, its statements not counted in `queries`: for work that no request asked
   * for and that runs when it will (the access log's projection), so that a test counting what a
   * request costs does not count it too.
   */
  background: Database<TSchema>;
  close(): Promise<void>;
}

export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  const queries = { count: 0 };
  const logger = { logQuery: () => void queries.count++ };
  // Each subgraph keeps its own journal, so several can share one PostgreSQL database.
  const migrations = {
    migrationsFolder: options.migrationsFolder,
    migrationsSchema: 'drizzle',
    migrationsTable: `${options.pgSchema}_migrations`,
  };

  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server drops (a restart, a failover) is replaced on the next query; it
    // must not crash the process. After close, the server ending connections is expected.
    let closing = false;
    pool.on('error', (error) => {
      if (!closing) console.error(`${options.pgSchema}: idle database connection lost: ${error.message}`);
    });
    const db = drizzlePg({ client: pool, schema: options.schema, logger });
    await migratePg(db, migrations);
    const close = async () => {
      closing = true;
      await pool.end();
    };
    return { db, background: drizzlePg({ client: pool, schema: options.schema }), backend: 'postgres', queries, close };
  }

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(options.dataDir);
  const db = drizzlePglite({ client, schema: options.schema, logger });
  await migratePglite(db, migrations);
  return { db, background: drizzlePglite({ client, schema: options.schema }), backend: 'pglite', queries, close: () => client.close() };
}

export { queryRows, unnestInsert } from './bulk';
export { connectionLimit, type ConnectionLimit } from './connections';
export { prepared, prepareSql, tableRows, type PreparedSql } from './prepared';
