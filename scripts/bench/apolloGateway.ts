/**
 * Bare `@apollo/gateway` with default settings, for the benchmark: the same supergraph, each
 * subgraph request signed for the fixed benchmark caller (as this project's gateway signs the
 * verified caller), nothing else (no token check, limits, audit, logs or metrics).
 * Env: PORT, SUPERGRAPH_PATH, <NAME>_URL.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { signedCallerHeaders, stopWithParent, subgraphSecret } from '@credit/http';
import { BENCH_CALLER } from './callers';

class SigningDataSource extends RemoteGraphQLDataSource {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }
  override willSendRequest({ request }: GraphQLDataSourceProcessOptions) {
    const headers = signedCallerHeaders(this.secret, BENCH_CALLER, { query: request.query ?? '', variables: request.variables, operationName: request.operationName });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
  buildService: ({ name, url }) => new SigningDataSource(process.env[`${name.toUpperCase()}_URL`] ?? url!, subgraphSecret(name)),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
console.log(`apollo gateway ready at ${url}`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
// The benchmark stopped, even killed: stop too, rather than idle on beside its next run.
stopWithParent();
