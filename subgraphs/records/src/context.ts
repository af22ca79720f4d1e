import type { Caller } from '@credit/kit';
import { RecordAccess } from './access';
import { chinaDate } from '@credit/calendar';
import type { RecordsDb } from './db';
import type { SubjectDirectory } from './directory';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: RecordsDb;
  loaders: Loaders;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
  /** The caller's policy applied to this request (src/policy.ts), and the subjects it disclosed. */
  access: RecordAccess;
  /** Matches parties to subjects (through the gateway in production). */
  directory: SubjectDirectory;
  /** The request's instant, and its date in China Standard Time. */
  now: Date;
  today: string;
}

export function createContext(db: RecordsDb, caller: Caller, directory: SubjectDirectory, now: Date, pseudonymKey: string): Context {
  const today = chinaDate(now);
  const access = new RecordAccess(caller, pseudonymKey);
  return { db, loaders: createLoaders(db, access, today), caller, access, directory, now, today };
}
