import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createSubgraphApp, inputGuard, maskSubgraphError } from '@credit/http';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { reportDisclosures } from './audit';
import { createContext, type Context } from './context';
import type { SubjectsDb } from './db';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@credit/identifiers';
import { resolvers } from './resolvers';

export const typeDefs = parse(
  readFileSync(new URL('../../../schema/subjects.graphql', import.meta.url), 'utf8'),
);

/** Builds and starts the subjects subgraph over an open database; the caller listens. */
export async function buildSubjectsApp(db: SubjectsDb, options: { gatewaySecret: string; pseudonymKey?: string }) {
  const pseudonymKey = options.pseudonymKey ?? DEVELOPMENT_PSEUDONYM_KEY;
  const server = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
    includeStacktraceInErrorResponses: false,
    formatError: maskSubgraphError,
    plugins: [ApolloServerPluginInlineTraceDisabled(), inputGuard<Context>(), reportDisclosures()],
  });
  await server.start();
  const app = createSubgraphApp({
    server,
    context: async (_req, caller) => createContext(db, caller, pseudonymKey),
    secret: options.gatewaySecret,
    healthy: async () => {
      await db.execute(sql`select 1`);
      return true;
    },
  });
  return { app, stop: () => server.stop() };
}
