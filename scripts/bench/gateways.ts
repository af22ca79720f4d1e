/** The gateways `pnpm bench` can put under test (`--gateways a,b,…`), each run as its own process. */
export interface GatewayUnderTest {
  /** TypeScript entry point, relative to the project root. */
  main: string;
  env: Record<string, string>;
  /** This project's gateway (health at /health; runs the ingestion). */
  ours: boolean;
}

/** Rate limits out of the way: the benchmark is one caller at hundreds of requests a second. */
const OURS_ENV = { RATE_LIMIT_CALLER: '100000000', RATE_LIMIT_PUBLIC: '100000000', LOG_LEVEL: 'warn' };

export const GATEWAYS: Record<string, GatewayUnderTest> = {
  ours: { main: 'gateway/src/main.ts', env: OURS_ENV, ours: true },
  apollo: { main: 'scripts/bench/apolloGateway.ts', env: {}, ours: false },
  hive: { main: 'scripts/bench/hiveGateway.ts', env: {}, ours: false },
};
