import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createSubgraphApp, reportDisclosedSubjects } from '@credit/http';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import type { Caller } from './access';
import { ensureCatalogue } from './catalogue';
import { createContext, type Context } from './context';
import type { SanctionsDb } from './db';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(new URL('../../../schema/sanctions.graphql', import.meta.url), 'utf8'));

export interface SanctionsAppOptions {
  gatewaySecret: string;
  /** The current instant; tests pass a moving clock. */
  clock?: () => Date;
}

/** Builds and starts the sanctions subgraph over an open database; the caller listens. */
export async function buildSanctionsApp(db: SanctionsDb, options: SanctionsAppOptions) {
  const catalogue = await ensureCatalogue(db);
  const clock = options.clock ?? (() => new Date());
  const server = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
    includeStacktraceInErrorResponses: false,
    // The subjects of the listings a response returns, for the gateway's access log.
    plugins: [ApolloServerPluginInlineTraceDisabled(), reportDisclosedSubjects<Context>((context) => context.access.disclosed)],
  });
  await server.start();
  const app = createSubgraphApp({
    server,
    context: async (_req, caller) => createContext(db, catalogue, caller, clock()),
    secret: options.gatewaySecret,
    bodyLimit: '10mb',
    healthy: async () => {
      await db.execute(sql`select 1`);
      return true;
    },
  });
  /** Runs an operation in-process as `caller` (tests, tools): the same schema, context and rules. */
  const execute = async (query: string, variables: Record<string, unknown> | undefined, caller: Caller) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, catalogue, caller, clock()) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
    return response.body.singleResult;
  };
  return { app, stop: () => server.stop(), catalogue, execute };
}
