import type { SubjectsDb } from './db';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: SubjectsDb;
  loaders: Loaders;
}

export function createContext(db: SubjectsDb): Context {
  return { db, loaders: createLoaders(db) };
}
