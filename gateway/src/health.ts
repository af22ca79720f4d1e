/** Whether one subgraph answers: its `/health` over HTTP, or an embedded subgraph's own check (its database). */
export type HealthCheck = (timeoutMs: number) => Promise<boolean>;

/** A subgraph's `GET /health` (beside its GraphQL URL) answers 200. */
export function httpHealth(url: string): HealthCheck {
  return async (timeoutMs) => (await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) })).ok;
}

/** Asks each subgraph; the gateway is healthy when all of them answer. */
export async function subgraphHealth(
  checks: ReadonlyMap<string, HealthCheck>,
  timeoutMs = 2000,
): Promise<Record<string, 'ok' | 'unavailable'>> {
  const entries = await Promise.all(
    [...checks].map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const ok = await Promise.race([check(timeoutMs).catch(() => false), late]).finally(() => clearTimeout(timer));
      return [name, ok ? 'ok' : 'unavailable'] as const;
    }),
  );
  return Object.fromEntries(entries);
}
