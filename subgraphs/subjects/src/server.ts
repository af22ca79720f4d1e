import { buildSubgraph, databaseHealthy, defineSubgraph, loadSubgraphSchema } from '@credit/kit';
import { createContext } from './context';
import { schema } from './db/schema';
import { resolvers } from './resolvers';

export const typeDefs = loadSubgraphSchema('subjects');

/** The subjects subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'subjects',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  build: ({ db }, runtime) =>
    buildSubgraph({
      name: 'subjects',
      typeDefs,
      resolvers,
      gatewaySecret: runtime.gatewaySecret,
      createContext: (caller) => createContext(db, caller, runtime.pseudonymKey),
      healthy: databaseHealthy(db),
    }),
});
