import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { Caller } from '@credit/authz';
import { createSubgraphApp, inputGuard, reportDisclosedSubjects, subgraphSecret } from '@credit/http';
import type express from 'express';
import type { DocumentNode } from 'graphql';
import { maskErrors } from './masking';

/** What every subgraph context carries: the caller and what the request disclosed. */
export interface SubgraphContext extends BaseContext {
  caller: Caller;
  /** The caller's access for this request; `disclosed` lists the subjects it disclosed. */
  access: { readonly disclosed: ReadonlySet<string> };
}

export interface SubgraphOptions<TContext extends SubgraphContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The subgraph's resolvers (codegen's `Resolvers`, typed with its context). */
  resolvers: object;
  /** Builds the per-request context from the caller the gateway signed. */
  createContext(caller: Caller, req: express.Request): TContext | Promise<TContext>;
  /** Whether the subgraph's dependencies (its database) respond; `/health` answers 503 when not. */
  healthy?: () => Promise<boolean>;
  /** Largest request body accepted (default 10mb). */
  bodyLimit?: string;
  /** More Apollo plugins; the input guard (`inputGuard` of @credit/http) is always installed first. */
  plugins?: ApolloServerPlugin<TContext>[];
  /** Shared with the gateway; `GATEWAY_SECRET_<NAME>` (or the development secret) by default. */
  gatewaySecret?: string;
  /** Where internal errors are logged (stderr by default). */
  log?: (line: string) => void;
}

export interface BuiltSubgraph {
  app: express.Express;
  stop(): Promise<void>;
}

/**
 * Builds and starts a subgraph's server; the caller listens. `/health`, `/graphql` for requests
 * the gateway signed (401 otherwise, before anything runs), the input guard (control characters,
 * unpaired surrogates and over-long strings refused with INVALID_CHARACTERS / VALUE_TOO_LONG before
 * any resolver runs, so a direct signed call is held to the gateway's rule), errors masked
 * (src/masking.ts), and the subjects a response disclosed reported to the gateway's audit.
 */
export async function buildSubgraph<TContext extends SubgraphContext>(options: SubgraphOptions<TContext>): Promise<BuiltSubgraph> {
  const server = new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<TContext> }]),
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors(options.name, options.log),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      inputGuard<TContext>(),
      reportDisclosedSubjects<TContext>((context) => context.access.disclosed),
      ...(options.plugins ?? []),
    ],
  });
  await server.start();
  const app = createSubgraphApp<TContext>({
    server,
    context: async (req, caller) => options.createContext(caller, req),
    secret: options.gatewaySecret ?? subgraphSecret(options.name),
    healthy: options.healthy ?? (async () => true),
    bodyLimit: options.bodyLimit,
  });
  return { app, stop: () => server.stop() };
}
