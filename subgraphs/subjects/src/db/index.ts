import type { Database, DatabaseHandle } from '@credit/kit';
import type { schema } from './schema';

export type SubjectsDb = Database<typeof schema>;
export type SubjectsDatabase = DatabaseHandle<typeof schema>;
export type SubjectsSchema = typeof schema;
