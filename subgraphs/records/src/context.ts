import type { Caller } from '@credit/http';
import { chinaDate } from './calendar';
import type { RecordsDb } from './db';
import type { SubjectDirectory } from './directory';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: RecordsDb;
  loaders: Loaders;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
  /** Matches parties to subjects (through the gateway in production). */
  directory: SubjectDirectory;
  /** The request's instant, and its date in China Standard Time. */
  now: Date;
  today: string;
}

export function createContext(db: RecordsDb, caller: Caller, directory: SubjectDirectory, now: Date): Context {
  const today = chinaDate(now);
  return { db, loaders: createLoaders(db, caller, today), caller, directory, now, today };
}
