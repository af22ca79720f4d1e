import { defineSubgraph } from '@credit/kit';
import { ensureCatalogue } from './catalogue';
import { createContext } from './context';
import { schema } from './db/schema';
import { resolvers } from './resolvers';

/** The sanctions subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'sanctions',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  resolvers,
  async setUp({ db }, _runtime, _options, clock) {
    const catalogue = await ensureCatalogue(db);
    return {
      // A cross-check of 10,000 codes is about 250 kB.
      bodyLimit: '10mb',
      createContext: (caller) => createContext(db, catalogue, caller, clock()),
    };
  },
});
