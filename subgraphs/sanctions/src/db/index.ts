import { openSubgraphDatabase, type Database, type DatabaseHandle } from '@credit/kit';
import { schema } from './schema';

export type SanctionsSchema = typeof schema;
export type SanctionsDb = Database<typeof schema>;
export type SanctionsDatabase = DatabaseHandle<typeof schema>;

/** Opens (and migrates) the sanctions database: PostgreSQL when `url` is set, else embedded. */
export function openSanctionsDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<SanctionsDatabase> {
  return openSubgraphDatabase({ name: 'sanctions', schema, migrationsUrl: new URL('./migrations', import.meta.url), ...options });
}
