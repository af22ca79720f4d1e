import { defineSubgraph } from '@credit/kit';
import { createContext } from './context';
import { schema } from './db/schema';
import { resolvers } from './resolvers';

/** The subjects subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'subjects',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  resolvers,
  setUp: ({ db }, runtime) => ({
    createContext: (caller) => createContext(db, caller, runtime.pseudonymKey),
  }),
});
