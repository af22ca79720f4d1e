import { fileURLToPath } from 'node:url';
import { openDatabase } from '@credit/db';
import type { Database, DatabaseHandle } from '@credit/kit';
import { schema } from './schema';

export type RatingsDb = Database<typeof schema>;
export type RatingsDatabase = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and migrates) the ratings database outside a running subgraph (benchmarks, unit tests). */
export function openRatingsDatabase(options: { url?: string | undefined; dataDir?: string | undefined; poolSize?: number }): Promise<RatingsDatabase> {
  return openDatabase({ schema, migrationsFolder, pgSchema: 'ratings', ...options });
}
export type RatingsSchema = typeof schema;
