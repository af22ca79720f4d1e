import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { PUBLIC_CALLER, signedCallerHeaders } from '@credit/http';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

/**
 * Calls one subgraph over kept-alive HTTP with a deadline, forwarding the verified caller signed
 * with that subgraph's secret. A subgraph that is down or too slow becomes an error naming it, so
 * the rest of the answer still arrives.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
    private readonly secret: string,
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
    try {
      return await super.process(options);
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'did not answer in time' : 'is unavailable';
      console.error(`subgraph ${this.name} ${reason}: ${(error as Error).message}`);
      throw new GraphQLError(`The ${this.name} subgraph ${reason}; its data is missing from this response`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
      });
    }
  }
}
