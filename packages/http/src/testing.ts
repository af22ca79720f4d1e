/** Posts a GraphQL operation and returns the parsed response, whatever its status. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; data?: TData; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: never[] };
  return { status: response.status, ...body };
}
