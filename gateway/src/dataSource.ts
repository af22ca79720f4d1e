import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { PUBLIC_CALLER, signedCallerHeaders } from '@credit/http';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { nulledEntities } from './entityFallback';
import type { Logger } from './logging';
import type { Metrics } from './metrics';

export interface SubgraphTelemetry {
  logger: Logger;
  metrics: Metrics;
}

/**
 * Calls one subgraph with a deadline, forwarding the verified caller signed with that subgraph's
 * secret. Node's fetch keeps connections to each subgraph alive and reuses them. A subgraph that is
 * down or too slow becomes an error naming it, so the rest of the answer still arrives (an entity
 * fetch's fields arrive null, see entityFallback.ts); nothing is
 * remembered, so the next request reaches the subgraph again as soon as it is back.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly secret: string,
    private readonly telemetry?: SubgraphTelemetry,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = signedCallerHeaders(this.secret, context?.caller ?? PUBLIC_CALLER, request.query ?? '');
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await super.process(options);
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), 'ok', codes);
      return response;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unavailable';
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), timedOut ? 'timeout' : 'unavailable', ['SUBGRAPH_UNAVAILABLE']);
      this.telemetry?.logger.warn({ subgraph: this.name, err: error }, `subgraph ${this.name} ${reason}`);
      const unavailable = new GraphQLError(`The ${this.name} subgraph ${reason}; its data is missing from this response`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
      });
      // An entity fetch answers its fields as null, so fields that @require them still run and fail safe.
      const entities = nulledEntities(options.request.query, options.request.variables);
      if (entities) return { data: { _entities: entities }, errors: [unavailable.toJSON()] };
      throw unavailable;
    }
  }
}
