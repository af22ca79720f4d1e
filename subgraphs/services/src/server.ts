import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createSubgraphApp, reportDisclosedSubjects } from '@credit/http';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { createContext, type Context } from './context';
import type { ServicesDb } from './db';
import { ReferenceCache } from './loaders';
import { ensureReferenceData } from './referenceData';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(new URL('../../../schema/services.graphql', import.meta.url), 'utf8'));

export interface ServicesAppOptions {
  gatewaySecret: string;
  /** The current instant; tests pass a fixed clock. */
  clock?: () => Date;
  /** How long the catalogues (matters, rule sets, incentives) are kept in memory; 60 s by default. */
  referenceTtlMs?: number;
}

/** Builds and starts the services subgraph over an open database; the caller listens. */
export async function buildServicesApp(db: ServicesDb, options: ServicesAppOptions) {
  await ensureReferenceData(db);
  const clock = options.clock ?? (() => new Date());
  const reference = new ReferenceCache(db, options.referenceTtlMs ?? 60_000);
  const server = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), reportDisclosedSubjects<Context>((context) => context.access.disclosed)],
  });
  await server.start();
  const app = createSubgraphApp({
    server,
    context: async (_req, caller) => createContext(db, reference, caller, clock()),
    secret: options.gatewaySecret,
    healthy: async () => {
      await db.execute(sql`select 1`);
      return true;
    },
  });
  return { app, stop: () => server.stop() };
}
