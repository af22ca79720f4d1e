import { openSubgraphDatabase, type Database, type DatabaseHandle } from '@credit/kit';
import { schema } from './schema';

export type ServicesSchema = typeof schema;
export type ServicesDb = Database<ServicesSchema>;
export type ServicesDatabase = DatabaseHandle<ServicesSchema>;

/** Opens (and migrates) the services database: PostgreSQL when `url` is set, else embedded. */
export function openServicesDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<ServicesDatabase> {
  return openSubgraphDatabase({ name: 'services', schema, migrationsUrl: new URL('./migrations', import.meta.url), ...options });
}
