import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

/**
 * Calls one subgraph over kept-alive HTTP with a deadline. A subgraph that is down or too slow
 * becomes an error naming it, so the rest of the answer still arrives.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
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
