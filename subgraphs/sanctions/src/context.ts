import { ListingAccess, type Caller } from './access';
import type { Catalogue } from './catalogue';
import { chinaDate } from '@credit/calendar';
import type { SanctionsDb } from './db';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: SanctionsDb;
  catalogue: Catalogue;
  loaders: Loaders;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
  /** The caller's view of listings, and the subjects this request disclosed. */
  access: ListingAccess;
  /** The request's instant, and its date in China Standard Time. */
  now: Date;
  today: string;
}

export function createContext(db: SanctionsDb, catalogue: Catalogue, caller: Caller, now: Date): Context {
  const today = chinaDate(now);
  const access = new ListingAccess(caller, catalogue);
  return { db, catalogue, loaders: createLoaders(db, access, today), caller, access, now, today };
}
