import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createSubgraphApp, inputGuard, maskSubgraphError, reportDisclosedSubjects } from '@credit/http';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@credit/identifiers';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { createContext, type Context } from './context';
import type { RecordsDb } from './db';
import type { SubjectDirectory } from './directory';
import { ensureReferenceData } from './referenceData';
import { resolvers } from './resolvers';

export const typeDefs = parse(
  readFileSync(new URL('../../../schema/records.graphql', import.meta.url), 'utf8'),
);

export interface RecordsAppOptions {
  gatewaySecret: string;
  directory: SubjectDirectory;
  /** The current instant; tests pass a fixed clock. */
  clock?: () => Date;
  /** Key of the natural persons' pseudonyms (`PSEUDONYM_KEY`); the development key by default. */
  pseudonymKey?: string;
}

/** Builds and starts the records subgraph over an open database; the caller listens. */
export async function buildRecordsApp(db: RecordsDb, options: RecordsAppOptions) {
  await ensureReferenceData(db);
  const clock = options.clock ?? (() => new Date());
  const pseudonymKey = options.pseudonymKey ?? DEVELOPMENT_PSEUDONYM_KEY;
  const server = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<Context> }]),
    includeStacktraceInErrorResponses: false,
    formatError: maskSubgraphError,
    // The subjects of the records a response returns, for the gateway's access log.
    plugins: [ApolloServerPluginInlineTraceDisabled(), inputGuard<Context>(), reportDisclosedSubjects<Context>((context) => context.access.disclosed)],
  });
  await server.start();
  const app = createSubgraphApp({
    server,
    context: async (_req, caller) => createContext(db, caller, options.directory, clock(), pseudonymKey),
    secret: options.gatewaySecret,
    bodyLimit: '50mb',
    healthy: async () => {
      await db.execute(sql`select 1`);
      return true;
    },
  });
  return { app, stop: () => server.stop() };
}
