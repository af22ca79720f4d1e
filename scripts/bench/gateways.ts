/** The gateways `pnpm bench` can put under test (`--gateways a,b,…`), each run as its own process. */
export interface GatewayUnderTest {
  /** TypeScript entry point, relative to the project root. */
  main: string;
  env: Record<string, string>;
  /** This project's gateway (health at /health; runs the ingestion). */
  ours: boolean;
  /** Runs through tsx even with --compiled (its bundle does not run). */
  tsxOnly?: boolean;
  /** Runs the subgraphs in its own process (GATEWAY_SUBGRAPHS=embedded) over the subgraphs' databases. */
  embedsSubgraphs?: boolean;
}

/**
 * What a gateway that embeds the subgraphs needs of their processes' environments: each one's
 * database and service token (not their ports, nor the gateway's URL: it is that gateway).
 */
export function embeddedSubgraphEnv(subgraphs: { env?: Record<string, string> }[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of subgraphs.flatMap((s) => Object.entries(s.env ?? {}))) if (!/_PORT$|^GATEWAY_URL$/.test(key)) env[key] = value;
  return env;
}

/** Rate limits out of the way: the benchmark is one caller at hundreds of requests a second. */
const OURS_ENV = { RATE_LIMIT_CALLER: '100000000', RATE_LIMIT_PUBLIC: '100000000', LOG_LEVEL: 'warn' };

/** Every optimisation of README "Performance" off: one audit call per read, fetch, no dedup, no coalescing, no token cache. */
const BASELINE = { AUDIT_BATCH_MAX: '1', SUBGRAPH_DEDUP: 'off', SUBGRAPH_COALESCE: '0', FOLD_FETCHES: 'off', SUBGRAPH_CONNECTIONS: '0', TOKEN_CACHE_SECONDS: '0' };

const ours = (env: Record<string, string> = {}): GatewayUnderTest => ({ main: 'gateway/src/main.ts', env: { ...OURS_ENV, ...env }, ours: true });

export const GATEWAYS: Record<string, GatewayUnderTest> = {
  ours: ours(),
  /** This gateway as it was before the optimisations (same duties). */
  'ours-baseline': ours(BASELINE),
  /** Each optimisation alone switched off, to see what it buys. */
  'ours-no-audit-batch': ours({ AUDIT_BATCH_MAX: '1' }),
  'ours-no-dedup': ours({ SUBGRAPH_DEDUP: 'off' }),
  'ours-no-coalesce': ours({ SUBGRAPH_COALESCE: '0' }),
  'ours-no-fold': ours({ FOLD_FETCHES: 'off' }),
  'ours-fetch': ours({ SUBGRAPH_CONNECTIONS: '0' }),
  'ours-no-token-cache': ours({ TOKEN_CACHE_SECONDS: '0' }),
  /** Cluster mode: a worker per core. */
  'ours-cluster': ours({ GATEWAY_WORKERS: '2' }),
  /**
   * The subgraphs in the gateway's process (no HTTP hops), alone and with a worker per core (each
   * embedding its own, with half the connections: the same 10 per database as the subgraph processes).
   */
  'ours-embedded': { ...ours({ GATEWAY_SUBGRAPHS: 'embedded' }), embedsSubgraphs: true },
  'ours-embedded-no-coalesce': { ...ours({ GATEWAY_SUBGRAPHS: 'embedded', SUBGRAPH_COALESCE: '0' }), embedsSubgraphs: true },
  'ours-embedded-no-fold': { ...ours({ GATEWAY_SUBGRAPHS: 'embedded', FOLD_FETCHES: 'off' }), embedsSubgraphs: true },
  'ours-embedded-2': { ...ours({ GATEWAY_SUBGRAPHS: 'embedded', GATEWAY_WORKERS: '2', EMBEDDED_POOL_SIZE: '5' }), embedsSubgraphs: true },
  apollo: { main: 'scripts/bench/apolloGateway.ts', env: {}, ours: false },
  // Hive Gateway's runtime does not survive bundling (its fetch import is lost): always through tsx.
  hive: { main: 'scripts/bench/hiveGateway.ts', env: {}, ours: false, tsxOnly: true },
};
