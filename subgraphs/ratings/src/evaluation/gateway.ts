/**
 * A GraphQL client for batch reads through the gateway that keeps partial answers: the evaluation
 * reader needs the data of the sources that answered and the errors of those that did not (the
 * kit's GatewayClient throws on any error, which would make one failing subgraph fail the run).
 */
import { currentServiceToken, type ServiceToken } from '@credit/kit';

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** The gateway could not be reached or answered with no GraphQL response at all. */
export class GatewayUnavailable extends Error {
  override name = 'GatewayUnavailable';
}

/**
 * Posts to the gateway with a bearer token and the `purpose` header every batch read must give; a
 * token file (RATINGS_SERVICE_TOKEN_FILE) is read afresh when it is rewritten.
 */
export function gatewayClient(url: string | (() => string), serviceToken: ServiceToken, purpose: string): GraphQLClient {
  return {
    async request<T>(query: string, variables?: Record<string, unknown>) {
      const target = typeof url === 'function' ? url() : url;
      const token = currentServiceToken(serviceToken);
      let response: Response;
      try {
        response = await fetch(target, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            purpose: encodeURIComponent(purpose),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw new GatewayUnavailable(`gateway at ${target} unreachable: ${(error as Error).message}`);
      }
      const text = await response.text();
      try {
        return JSON.parse(text) as GraphQLResponse<T>;
      } catch {
        throw new GatewayUnavailable(`gateway at ${target} answered ${response.status} without a GraphQL response`);
      }
    },
  };
}
