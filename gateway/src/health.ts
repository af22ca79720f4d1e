/** Asks each subgraph's `/health`; the gateway is healthy when all of them answer 200. */
export async function subgraphHealth(
  urls: ReadonlyMap<string, string>,
  timeoutMs = 2000,
): Promise<Record<string, 'ok' | 'unavailable'>> {
  const entries = await Promise.all(
    [...urls].map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
