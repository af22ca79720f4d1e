import type { Database, DatabaseHandle } from '@credit/kit';
import type { schema } from './schema';

export type RecordsDb = Database<typeof schema>;
export type RecordsDatabase = DatabaseHandle<typeof schema>;
export type RecordsSchema = typeof schema;
