import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type DatabaseHandle } from '@credit/db';
import { schema } from './schema';

export type RecordsDb = Database<typeof schema>;
export type RecordsDatabase = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and migrates) the records database: PostgreSQL when `url` is set, else embedded. */
export function openRecordsDatabase(options: {
  url?: string | undefined;
  dataDir?: string | undefined;
}): Promise<RecordsDatabase> {
  return openDatabase({ schema, migrationsFolder, pgSchema: 'records', ...options });
}
