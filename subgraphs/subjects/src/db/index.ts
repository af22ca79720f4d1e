import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type DatabaseHandle } from '@credit/db';
import { schema } from './schema';

export type SubjectsDb = Database<typeof schema>;
export type SubjectsDatabase = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens (and migrates) the subjects database: PostgreSQL when `url` is set, else embedded. */
export function openSubjectsDatabase(options: {
  url?: string | undefined;
  dataDir?: string | undefined;
}): Promise<SubjectsDatabase> {
  return openDatabase({ schema, migrationsFolder, pgSchema: 'subjects', ...options });
}
