import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type DatabaseHandle } from '@credit/db';
import { schema } from './schema';

export type ServicesDb = Database<typeof schema>;
export type ServicesDatabase = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and migrates) the services database: PostgreSQL when `url` is set, else embedded. */
export function openServicesDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<ServicesDatabase> {
  return openDatabase({ schema, migrationsFolder, pgSchema: 'services', ...options });
}
