import { buildSubgraph, defineSubgraph, loadSubgraphSchema } from '@credit/kit';
import { inputGuard } from '@credit/http';
import { sql } from 'drizzle-orm';
import { createContext, type Context } from './context';
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
      // Control characters, unpaired surrogates and oversized strings refused at the edge (issue 8).
      plugins: [inputGuard<Context>()],
      healthy: async () => (await db.execute(sql`select 1`), true),
    }),
});
