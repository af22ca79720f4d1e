import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type DatabaseHandle } from '@credit/db';
import { schema } from './schema';

export type RatingsDb = Database<typeof schema>;
export type RatingsDatabase = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and migrates) the ratings database: PostgreSQL when `url` is set, else embedded. */
export function openRatingsDatabase(options: {
  url?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
}): Promise<RatingsDatabase> {
  return openDatabase({ schema, migrationsFolder, pgSchema: 'ratings', ...options });
}
