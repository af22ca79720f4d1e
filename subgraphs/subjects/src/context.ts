import type { Caller } from '@credit/kit';
import { SubjectAccess } from './access';
import type { AccessProjection } from './accessProjection';
import type { SubjectsDb } from './db';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: SubjectsDb;
  loaders: Loaders;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
  /** The caller's policy applied to this request (src/policy.ts), and what it disclosed. */
  access: SubjectAccess;
  /** Writes the access log's by-subject rows after the entries (src/accessProjection.ts). */
  accessProjection: AccessProjection;
}

export function createContext(db: SubjectsDb, caller: Caller, pseudonymKey: string, accessProjection: AccessProjection): Context {
  const access = new SubjectAccess(caller, pseudonymKey);
  return { db, loaders: createLoaders(db, access), caller, access, accessProjection };
}
