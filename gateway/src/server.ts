import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { developmentSubgraphSecret, inputGuard } from '@credit/http';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Agent } from 'undici';
import { auditing, auditPlugin } from './accessTrail';
import { subjectsAccessRecorder, subjectsInProcess, subjectsOverHttp } from './audit';
import { callerResolver, contextFor, type GatewayContext } from './context';
import { keepAliveAgent, SubgraphDataSource } from './dataSource';
import type { EmbeddedSubgraphs } from './embedded';
import { EmbeddedDataSource } from './embeddedDataSource';
import { foldingPlans } from './foldFetches';
import { httpHealth, type HealthCheck } from './health';
import type { GatewayConfig } from './env';
import { formatError, jsonErrorHandler } from './errors';
import { jsonBody, refuseBatches, requestDeadline } from './httpLimits';
import { createAuthenticator, DEVELOPMENT_KEY } from './identity';
import { introspectionForAnalystsOnly } from './introspection';
import { operationLimits } from './limits';
import { loadManifest, persistedOperations } from './persisted';
import { cachedAuthenticator } from './tokenCache';
import { accessLog, createLogger, type Logger } from './logging';
import { createMetrics } from './metrics';
import { operationResolution } from './operationResolution';
import { operationsRoutes, type Readiness } from './operations';
import { playgroundRoutes } from './playground';
import { rateLimiter } from './rateLimit';
import { requestScope, requestScopePlugin, resumeRequestScope } from './requestScope';
import { supergraphFromFile } from './supergraph';

export interface GatewayOptions {
  /** Where logs go; by default JSON lines on stdout at `config.logLevel`. */
  logger?: Logger;
  /**
   * With `subgraphMode` embedded: the subgraphs to run in this process (tests build them over their
   * own databases); by default every registered one is opened from the environment (embedded.ts).
   */
  embedded?: EmbeddedSubgraphs;
  /** This gateway's GraphQL URL once it listens, for embedded subgraphs that read through it. */
  url?: () => string;
}

/** Builds and starts the gateway; the caller listens on the returned express app. */
export async function buildGateway(config: Omit<GatewayConfig, 'port' | 'host'>, options: GatewayOptions = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = createMetrics(config.metrics?.maxOperations);
  const readiness: Readiness = { started: false, draining: false };
  const production = config.mode === 'production';
  if (production && 'secret' in config.tokenKeys && config.tokenKeys.secret === DEVELOPMENT_KEY) {
    throw new Error('gateway: the development token key cannot be used in production mode: configure JWT_JWKS_FILE');
  }
  const secretFor = (name: string) => {
    const secret = config.secretFor(name);
    if (production && secret === developmentSubgraphSecret(name)) {
      throw new Error(`gateway: the development secret of ${name} cannot be used in production mode: set GATEWAY_SECRET_${name.toUpperCase()}`);
    }
    return secret;
  };

  const perf = config.performance;
  const manifest = perf.persistedOperationsFile ? loadManifest(perf.persistedOperationsFile) : null;
  if (perf.safelistCallers.length > 0 && !manifest) throw new Error('gateway: SAFELIST_CALLERS needs PERSISTED_OPERATIONS_FILE (the manifest they are held to)');
  // Embedded mode loads the subgraphs' code only now: a gateway in front of subgraph servers never does.
  const embedded =
    config.subgraphMode === 'embedded'
      ? (options.embedded ??
        (await (await import('./embedded')).openEmbeddedSubgraphs({ gatewayUrl: options.url, poolSize: config.embeddedPoolSize })))
      : null;
  /** Each subgraph's health check, by name, once the supergraph names it. */
  const subgraphs = new Map<string, HealthCheck>();
  /** The subjects subgraph's URL (HTTP mode), where access entries go, over its keep-alive pool. */
  let subjectsUrl: string | undefined;
  let subjectsAgent: Agent | undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, logger),
    logger,
    __exposeQueryPlanExperimental: !production,
    experimental_didResolveQueryPlan: perf.foldFetches ? foldingPlans() : undefined,
    buildService({ name, url }) {
      const timeoutMs = config.subgraphTimeouts[name] ?? config.subgraphTimeoutMs;
      if (embedded) {
        const subgraph = embedded.subgraphs.get(name);
        if (!subgraph) throw new Error(`the supergraph names subgraph ${name}, which is not registered (scripts/subgraphs.ts): it cannot be embedded`);
        subgraphs.set(name, () => subgraph.healthy());
        const transport = { dedupe: perf.subgraphDedup, coalesce: perf.subgraphCoalesce ?? undefined };
        return auditing(new EmbeddedDataSource(name, subgraph, timeoutMs, { logger, metrics }, config.bulkTimeoutMs, transport));
      }
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}: set ${name.toUpperCase()}_URL`);
      subgraphs.set(name, httpHealth(target));
      const agent = perf.subgraphConnections > 0 ? keepAliveAgent(perf.subgraphConnections) : undefined;
      if (name === 'subjects') [subjectsUrl, subjectsAgent] = [target, agent];
      const transport = { dedupe: perf.subgraphDedup, coalesce: perf.subgraphCoalesce ?? undefined, agent };
      return auditing(new SubgraphDataSource(name, target, timeoutMs, secretFor(name), { logger, metrics }, config.bulkTimeoutMs, transport));
    },
  });
  const embeddedSubjects = embedded?.subgraphs.get('subjects');
  if (embedded && !embeddedSubjects) throw new Error('gateway: the subjects subgraph, which keeps the access log, is not registered');

  const limits = operationLimits(config.limits, config.mode);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries: Apollo Server's bounded in-memory cache of query texts by hash.
    persistedQueries: perf.apq ? {} : false,
    formatError: formatError(config.mode, logger),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // No usage or schema reporting to Apollo, whatever the environment says (APOLLO_KEY included).
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operationResolution(),
      inputGuard<GatewayContext>(),
      requestScopePlugin(),
      ...limits.plugins,
      ...(production ? [introspectionForAnalystsOnly()] : []),
      auditPlugin(
        subjectsAccessRecorder({
          call: embeddedSubjects
            ? subjectsInProcess(embeddedSubjects)
            : subjectsOverHttp({ url: () => subjectsUrl, agent: () => subjectsAgent, secret: secretFor('subjects'), timeoutMs: config.subgraphTimeoutMs }),
          maxBatch: perf.auditBatchMax,
        }),
        (message, err, requestId) => logger.error({ err, requestId }, message),
      ),
    ],
  });
  try {
    await server.start();
  } catch (error) {
    if (embedded && !options.embedded) await embedded.close().catch(() => {});
    throw error;
  }
  readiness.started = true;

  const callerOf = callerResolver(
    cachedAuthenticator(createAuthenticator(config.tokenKeys, config.tokenMaxLifetimeSeconds), perf.tokenCacheSeconds),
    config.purposeMaxLength,
  );
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxyHops);
  app.use(requestScope(), accessLog(logger, config.slowRequestMs));
  app.use(operationsRoutes(subgraphs, readiness));
  app.use(playgroundRoutes('/graphql'));
  app.get('/metrics', metrics.handler(config.metrics));
  app.use(
    '/graphql',
    metrics.middleware(),
    rateLimiter(config.rateLimits, callerOf),
    jsonBody(config.bodyLimitBytes, config.bulkBodyLimitBytes),
    refuseBatches(),
    ...(manifest ? [persistedOperations({ manifest, safelistCallers: perf.safelistCallers, callerOf })] : []),
    requestDeadline(config.requestTimeoutMs, config.bulkTimeoutMs),
    resumeRequestScope(),
    expressMiddleware(server, { context: contextFor(callerOf) }),
  );
  app.use(jsonErrorHandler(logger));

  return {
    app,
    logger,
    metrics,
    /** The Apollo Gateway, for tests that look at its query planner. */
    gateway,
    /** The Apollo Server, for tests that look at its plugins. */
    server,
    /** Marks the gateway as shutting down: `/ready` answers 503 from now on. */
    drain: () => {
      readiness.draining = true;
    },
    /** Stops serving GraphQL, then the embedded subgraphs it opened (not those it was given). */
    stop: async () => {
      await server.stop();
      if (embedded && !options.embedded) await embedded.close();
    },
  };
}
