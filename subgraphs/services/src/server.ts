import { defineSubgraph } from '@credit/kit';
import { createContext } from './context';
import { schema } from './db/schema';
import { ReferenceCache } from './loaders';
import { REFERENCE_DATA } from './referenceData';
import { resolvers } from './resolvers';

export interface ServicesOptions {
  /** How long the catalogues (matters, rule sets, incentives) are kept in memory; 60 s by default. */
  referenceTtlMs?: number;
}

/** The services subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'services',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  resolvers,
  referenceData: REFERENCE_DATA,
  setUp({ db }, _runtime, options: ServicesOptions = {}, clock) {
    const reference = new ReferenceCache(db, options.referenceTtlMs ?? 60_000);
    return {
      createContext: (caller) => createContext(db, reference, caller, clock()),
    };
  },
});
