/**
 * `pnpm start`: the whole system on this machine. Seeds demo data on first run, starts every
 * registered subgraph (scripts/subgraphs.ts) and then the gateway as separate processes, waits
 * until all are healthy, restarts any that crashes (with backoff, logged), and stops them all on
 * Ctrl-C. `--subgraphs-in-one-process`: the subgraphs share one process (scripts/allSubgraphs.ts),
 * each still on its own port with its own database; the gateway is its own process as before.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SEED } from '@credit/demo-data';
import { readFileSync } from 'node:fs';
import { seedDemo } from './lib/seedDemo';
import { compileEntry, stopCompiler } from './lib/compile';
import { ServiceTokenFiles } from './lib/serviceTokens';
import { Supervisor, asOneProcess, stopAll, waitUntilHealthy, type Service } from './lib/processes';
import { SUBGRAPHS, loadAfterStart, subgraphPath } from './subgraphs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
const gatewayUrl = `http://${host}:${gatewayPort}/graphql`;
const DEMO_SUBJECTS = Number(process.env.DEMO_SUBJECTS ?? 2000);
/** `--tsx`: run the TypeScript sources through tsx instead of building them first (esbuild, a second or two each). */
const throughTsx = process.argv.includes('--tsx');
/** `--subgraphs-in-one-process`: every subgraph in one process, for small deployments. */
const subgraphsInOneProcess = process.argv.includes('--subgraphs-in-one-process');

/** Each process runs from a JavaScript build of its entry (less memory than tsx: README "Performance"). */
async function built(service: Service): Promise<Service> {
  if (throughTsx) return service;
  return { ...service, main: await compileEntry(root, service.main), compiled: true };
}

process.env.APOLLO_TELEMETRY_DISABLED = '1';
const supervisors: Supervisor[] = [];

async function stop(code: number): Promise<never> {
  await stopAll(supervisors);
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

/**
 * Development service tokens, in files under DATA_DIR re-minted every hour (each lives 12 hours,
 * the gateway's TOKEN_MAX_LIFETIME), for the subgraphs that read through the gateway and were
 * given neither `<NAME>_SERVICE_TOKEN` nor `<NAME>_SERVICE_TOKEN_FILE`.
 */
const serviceTokens = new ServiceTokenFiles(
  join(process.env.DATA_DIR ?? join(root, '.data'), 'service-tokens'),
  SUBGRAPHS.flatMap((entry) => {
    const NAME = entry.name.toUpperCase();
    const given = process.env[`${NAME}_SERVICE_TOKEN`] ?? process.env[`${NAME}_SERVICE_TOKEN_FILE`];
    return entry.serviceRoles && !given ? [{ name: entry.name, roles: [...entry.serviceRoles] }] : [];
  }),
);

/** A subgraph's own variables: its port, and its service token file if it reads through the gateway. */
function subgraphEnv(entry: (typeof SUBGRAPHS)[number], port: number): Record<string, string> {
  const NAME = entry.name.toUpperCase();
  const env: Record<string, string> = { [`${NAME}_PORT`]: String(port), GATEWAY_URL: gatewayUrl };
  const given = process.env[`${NAME}_SERVICE_TOKEN`] ?? process.env[`${NAME}_SERVICE_TOKEN_FILE`];
  if (entry.serviceRoles && !given) env[`${NAME}_SERVICE_TOKEN_FILE`] = serviceTokens.path(entry.name);
  return env;
}

/** The service token a subgraph's hook presents: the one it was given, or its token file's. */
function serviceToken(entry: (typeof SUBGRAPHS)[number]): string {
  const NAME = entry.name.toUpperCase();
  const file = process.env[`${NAME}_SERVICE_TOKEN_FILE`] ?? serviceTokens.path(entry.name);
  return (process.env[`${NAME}_SERVICE_TOKEN`] ?? readFileSync(file, 'utf8')).trim();
}

/** Runs every subgraph's after-start hook (scripts/subgraphs.ts) in turn; a failure is logged and the next runs. */
async function runAfterStartHooks(): Promise<void> {
  for (const entry of SUBGRAPHS) {
    const hook = entry.serviceRoles ? await loadAfterStart(entry) : null;
    if (!hook) continue;
    try {
      await hook({ gatewayUrl, token: serviceToken(entry), subjects: DEMO_SUBJECTS, seed: DEMO_SEED, log: (line) => console.log(line) });
    } catch (error) {
      console.error(`${entry.name}: after-start demo data failed: ${(error as Error).message}`);
    }
  }
}

try {
  await seedDemo({ subjects: DEMO_SUBJECTS, seed: DEMO_SEED, onlyIfEmpty: true });
  await serviceTokens.start();

  const subgraphs: Service[] = await Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const port = Number(process.env[`${entry.name.toUpperCase()}_PORT`] ?? entry.port);
      return {
        name: entry.name,
        main: subgraphPath(entry, 'src/main.ts'),
        healthUrl: `http://${host}:${port}/health`,
        env: subgraphEnv(entry, port),
      };
    }),
  );
  const gateway: Service = {
    name: 'gateway',
    main: 'gateway/src/main.ts',
    healthUrl: `http://${host}:${gatewayPort}/health`,
    env: {
      GATEWAY_PORT: String(gatewayPort),
      ...Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.healthUrl.replace(/\/health$/, '/graphql')])),
    },
  };

  if (subgraphsInOneProcess) {
    const supervisor = new Supervisor(await built(asOneProcess('subgraphs', 'scripts/allSubgraphs.ts', subgraphs)), root);
    supervisors.push(supervisor);
    await Promise.all(subgraphs.map((s) => waitUntilHealthy(supervisor, { url: s.healthUrl })));
  } else {
    for (const service of await Promise.all(subgraphs.map(built))) supervisors.push(new Supervisor(service, root));
    await Promise.all(supervisors.map((s) => waitUntilHealthy(s)));
  }
  const gatewaySupervisor = new Supervisor(await built(gateway), root);
  if (!throughTsx) await stopCompiler();
  supervisors.push(gatewaySupervisor);
  await waitUntilHealthy(gatewaySupervisor);

  console.log(`
The credit platform is running.
  GraphQL endpoint  ${gatewayUrl}
  Playground        http://${host}:${gatewayPort}/playground  (tokens: pnpm token --dept SCJGJ --roles DEPARTMENT)
  Health            http://${host}:${gatewayPort}/health
${subgraphs.map((s) => `  ${s.name.padEnd(17)} ${s.healthUrl.replace(/\/health$/, '/graphql')}`).join('\n')}

Try:
  curl -s ${gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ searchSubjects(query: \\"公司\\", first: 1) { edges { node { id name creditCode kind } } } }"}'

A process that crashes is restarted. Ctrl-C stops everything.`);

  // After start: demo data that is made through the gateway (sanctions' listings, then ratings'
  // evaluation), each subgraph's hook in registry order, while the system already serves.
  void runAfterStartHooks();
} catch (error) {
  console.error(`start failed: ${(error as Error).message}`);
  await stop(1);
}
