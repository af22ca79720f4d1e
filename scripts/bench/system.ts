/**
 * The benchmarks' system: the five subgraphs as processes over the bench databases
 * (`credit_bench_<N>_<subgraph>`), each given the gateway's URL and its service token, and helpers
 * to start gateways in front of them (`pnpm bench`, `pnpm bench:evaluate`).
 */
import { developmentToken } from '../../gateway/src/identity';
import { compileEntry } from '../lib/compile';
import { Supervisor, asOneProcess, freePort, stopAll, waitUntilHealthy, type Service } from '../lib/processes';
import { SUBGRAPHS } from '../subgraphs';
import { benchDatabaseUrl } from './seed';

export const BENCH_HOST = '127.0.0.1';

export interface BenchSubgraphsOptions {
  root: string;
  serverUrl: string;
  /** `credit_bench_<N>`: the databases are `<prefix>_<subgraph>`. */
  prefix: string;
  /** Where this gateway will listen: the subgraphs that read through it are told so. */
  gatewayUrl: string;
  /** Run each subgraph from an esbuild build (as `pnpm start` does) instead of through tsx. */
  compiled: boolean;
  /** Variables every process gets (log level, DATA_DIR, ...). */
  env: Record<string, string>;
  /** Extra Node.js options of a subgraph's process (e.g. `--cpu-prof`). */
  execArgv?: (name: string) => string[];
  /** All five in one process (scripts/allSubgraphs.ts), as `pnpm start --subgraphs-in-one-process` runs them. */
  inOneProcess?: boolean;
  log?: (line: string) => void;
}

export interface BenchSubgraphs {
  supervisors: Supervisor[];
  /** `<NAME>_URL` of each subgraph's GraphQL endpoint, for a gateway's environment. */
  urls: Record<string, string>;
  ports: Record<string, number>;
}

/** Starts every registered subgraph as a process over its bench database and waits until each is healthy. */
export async function startBenchSubgraphs(options: BenchSubgraphsOptions): Promise<BenchSubgraphs> {
  const { root, serverUrl, prefix } = options;
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const)));
  const services: Service[] = await Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const NAME = entry.name.toUpperCase();
      const main = `subgraphs/${entry.name}/src/main.ts`;
      return {
        name: entry.name,
        main: options.compiled ? await compileEntry(root, main) : main,
        compiled: options.compiled,
        execArgv: options.execArgv?.(entry.name) ?? [],
        healthUrl: `http://${BENCH_HOST}:${ports[entry.name]}/health`,
        env: {
          ...options.env,
          [`${NAME}_PORT`]: String(ports[entry.name]),
          [`${NAME}_DATABASE_URL`]: benchDatabaseUrl(serverUrl, prefix, entry.name),
          GATEWAY_URL: options.gatewayUrl,
          ...(entry.serviceRoles ? { [`${NAME}_SERVICE_TOKEN`]: await developmentToken({ sub: `${entry.name}-service`, roles: entry.serviceRoles }, '8h') } : {}),
        },
      };
    }),
  );
  const allSubgraphs = 'scripts/allSubgraphs.ts';
  const processes = options.inOneProcess
    ? [{ ...asOneProcess('subgraphs', options.compiled ? await compileEntry(root, allSubgraphs) : allSubgraphs, services), compiled: options.compiled, execArgv: options.execArgv?.('subgraphs') ?? [] }]
    : services;
  const supervisors = processes.map((service) => new Supervisor(service, root, undefined, options.log));
  try {
    await Promise.all(services.map((s) => waitUntilHealthy(supervisors.find((p) => p.service.name === s.name) ?? supervisors[0]!, { url: s.healthUrl, timeoutMs: 120_000 })));
  } catch (error) {
    await stopAll(supervisors);
    throw error;
  }
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, `http://${BENCH_HOST}:${ports[s.name]}/graphql`]));
  return { supervisors, urls, ports };
}
