import { PUBLIC_CALLER, signedCallerHeaders, subgraphSecret, type Caller } from './caller';

export type GraphQLResult<TData> = {
  status: number;
  data?: TData;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  extensions?: Record<string, unknown>;
};

/** Posts a GraphQL operation and returns the parsed response, whatever its status. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: never[] };
  return { status: response.status, ...body };
}

/** Calls a subgraph directly as the gateway would, signed for `caller`. */
export function postAsGateway<TData = Record<string, unknown>>(
  subgraph: string,
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  caller: Caller = PUBLIC_CALLER,
): Promise<GraphQLResult<TData>> {
  return postGraphQL<TData>(url, query, variables, signedCallerHeaders(subgraphSecret(subgraph), caller, { query, variables }));
}
