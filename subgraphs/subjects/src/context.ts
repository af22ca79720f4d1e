import type { Caller } from '@credit/http';
import type { SubjectsDb } from './db';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: SubjectsDb;
  loaders: Loaders;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
}

export function createContext(db: SubjectsDb, caller: Caller): Context {
  return { db, loaders: createLoaders(db), caller };
}
