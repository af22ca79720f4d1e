import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { Caller } from '@credit/authz';
import { createSubgraphApp, inputGuard, reportDisclosedSubjects, subgraphSecret } from '@credit/http';
import type express from 'express';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
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
  /** Builds the per-request context from the caller: the one the gateway signed, or handed over in process. */
  createContext(caller: Caller): TContext | Promise<TContext>;
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

/** An operation as the gateway sends it to a subgraph. */
export interface SubgraphRequest {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
}

/** A subgraph's answer to an operation run in process: the body it would send over HTTP, and that status. */
export interface SubgraphResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export interface BuiltSubgraph {
  app: express.Express;
  /**
   * Runs an operation in this process for a caller the gateway verified (its embedded mode): the
   * same Apollo Server pipeline as `/graphql` (input guard, error masking, disclosed subjects),
   * without the HTTP hop and so without the signature, which only guards that hop.
   */
  execute(request: SubgraphRequest, caller: Caller): Promise<SubgraphResponse>;
  /** Whether its dependencies (its database) respond, as `/health` answers. */
  healthy(): Promise<boolean>;
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
      // No cache hints: none of the schemas declares one, and the plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      inputGuard<TContext>(),
      reportDisclosedSubjects<TContext>((context) => context.access.disclosed),
      ...(options.plugins ?? []),
    ],
  });
  await server.start();
  const healthy = options.healthy ?? (async () => true);
  const app = createSubgraphApp<TContext>({
    server,
    context: async (_req, caller) => options.createContext(caller),
    secret: options.gatewaySecret ?? subgraphSecret(options.name),
    healthy,
    bodyLimit: options.bodyLimit,
  });
  async function execute(request: SubgraphRequest, caller: Caller): Promise<SubgraphResponse> {
    const response = await server.executeOperation(request, { contextValue: await options.createContext(caller) });
    // A subgraph's operations are single results (no @defer/@stream in federation fetches).
    if (response.body.kind !== 'single') throw new Error(`${options.name}: an incremental result cannot be embedded`);
    const { data, errors, extensions } = response.body.singleResult;
    return { status: response.http.status ?? 200, data, errors, extensions };
  }
  return { app, execute, healthy, stop: () => server.stop() };
}
