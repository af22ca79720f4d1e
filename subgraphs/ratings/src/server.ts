import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createSubgraphApp, reportDisclosedSubjects } from '@credit/http';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { createContext, type Context } from './context';
import type { RatingsDb } from './db';
import { Evaluator } from './evaluation/evaluator';
import type { InputReader } from './evaluation/inputs';
import type { RunProgress } from './evaluation/run';
import { ensureReferenceData } from './model/referenceData';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(new URL('../../../schema/ratings.graphql', import.meta.url), 'utf8'));

export interface RatingsAppOptions {
  gatewaySecret: string;
  /** A reader of the evaluation inputs (through the gateway in production). */
  reader: () => InputReader;
  /** The current instant; tests pass a fixed clock. */
  clock?: () => Date;
  onProgress?: (progress: RunProgress) => void;
}

/** Builds and starts the ratings subgraph over an open database; the caller listens. */
export async function buildRatingsApp(db: RatingsDb, options: RatingsAppOptions) {
  await ensureReferenceData(db);
  const clock = options.clock ?? (() => new Date());
  const evaluator = new Evaluator(db, options.reader, options.onProgress);
  const server = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), reportDisclosedSubjects<Context>((context) => context.access.disclosed)],
  });
  await server.start();
  const app = createSubgraphApp({
    server,
    context: async (_req, caller) => createContext(db, caller, evaluator, clock()),
    secret: options.gatewaySecret,
    healthy: async () => {
      await db.execute(sql`select 1`);
      return true;
    },
  });
  return { app, evaluator, stop: () => server.stop() };
}
