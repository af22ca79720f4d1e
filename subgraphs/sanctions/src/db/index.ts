import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type DatabaseHandle } from '@credit/db';
import { schema } from './schema';

export type SanctionsDb = Database<typeof schema>;
export type SanctionsDatabase = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and migrates) the sanctions database: PostgreSQL when `url` is set, else embedded. */
export function openSanctionsDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<SanctionsDatabase> {
  return openDatabase({ schema, migrationsFolder, pgSchema: 'sanctions', ...options });
}
