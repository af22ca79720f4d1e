import { chinaDate } from '@credit/calendar';
import type { Caller } from '@credit/kit';
import { createCheckLoader } from './checks';
import type { ServicesDb } from './db';
import { createLoaders, type Loaders, type ReferenceCache } from './loaders';

export interface Context {
  db: ServicesDb;
  loaders: Loaders;
  /** Makes or finds checks, batched per request (see checks.ts). */
  checks: ReturnType<typeof createCheckLoader>;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
  /** Subjects whose information this response discloses, for the gateway's access log. */
  access: { disclosed: Set<string> };
  /** Checks the caller asked for in this request (a retry from another department sees its log too). */
  asked: Set<string>;
  /** The request's instant, and its date in China Standard Time. */
  now: Date;
  today: string;
}

export function createContext(db: ServicesDb, reference: ReferenceCache, caller: Caller, now: Date): Context {
  const today = chinaDate(now);
  const loaders = createLoaders(db, today, reference);
  return { db, loaders, checks: createCheckLoader({ db, loaders, caller, now, today }), caller, access: { disclosed: new Set() }, asked: new Set(), now, today };
}
