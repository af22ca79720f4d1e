import { fileURLToPath } from 'node:url';
import { openDatabase, type DatabaseHandle } from '@credit/db';
import { sql, type SQL } from 'drizzle-orm';

export interface SubgraphDatabaseOptions<TSchema extends Record<string, unknown>> {
  /** The subgraph's name: its PostgreSQL schema and its migrations journal. */
  name: string;
  /** Its drizzle tables. */
  schema: TSchema;
  /** Its generated migrations folder, e.g. `new URL('./db/migrations', import.meta.url)`. */
  migrationsUrl: URL;
  /** PostgreSQL connection string; without it the embedded database. */
  url?: string | undefined;
  /** Where the embedded database keeps its files; without it, in memory (tests). */
  dataDir?: string | undefined;
  /** Most PostgreSQL connections held at once (10 by default). */
  poolSize?: number | undefined;
}

/** Opens (and migrates) a subgraph's database: PostgreSQL when `url` is set, else embedded. */
export function openSubgraphDatabase<TSchema extends Record<string, unknown>>(
  options: SubgraphDatabaseOptions<TSchema>,
): Promise<DatabaseHandle<TSchema>> {
  return openDatabase({
    schema: options.schema,
    migrationsFolder: fileURLToPath(options.migrationsUrl),
    pgSchema: options.name,
    url: options.url,
    dataDir: options.dataDir,
    poolSize: options.poolSize,
  });
}

/** `buildSubgraph`'s `healthy` for a subgraph over a database: healthy while it answers `select 1`. */
export function databaseHealthy(db: { execute(query: SQL): PromiseLike<unknown> }): () => Promise<boolean> {
  return async () => (await db.execute(sql`select 1`), true);
}
