import { chinaDate } from '@credit/calendar';
import type { Caller } from '@credit/kit';
import { RatingAccess } from './access';
import type { RatingsDb } from './db';
import type { Evaluator } from './evaluation/evaluator';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: RatingsDb;
  loaders: Loaders;
  /** Verified by the gateway; authorization decisions start from it. */
  caller: Caller;
  access: RatingAccess;
  /** Starts evaluation runs (reading through the gateway in production). */
  evaluator: Evaluator;
  now: Date;
  /** The request's date in China Standard Time. */
  today: string;
}

export function createContext(db: RatingsDb, caller: Caller, evaluator: Evaluator, now: Date): Context {
  return { db, loaders: createLoaders(db), caller, access: new RatingAccess(caller), evaluator, now, today: chinaDate(now) };
}
