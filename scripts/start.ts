/**
 * `pnpm start`: the whole system on this machine. Seeds demo data on first run, starts every
 * subgraph and then the gateway as separate processes, waits until all are healthy, and stops
 * them all on Ctrl-C.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO_SEED } from '@credit/demo-data';
import { developmentToken } from '../gateway/src/identity';
import { seedDemo } from './lib/seedDemo';
import { startProcess, stopAll, waitUntilHealthy, type Service } from './lib/processes';
import { SUBGRAPHS } from './subgraphs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
const DEMO_SUBJECTS = 2000;

process.env.APOLLO_TELEMETRY_DISABLED = '1';
const children: ChildProcess[] = [];
let stopping = false;

async function stop(code: number): Promise<never> {
  stopping = true;
  await stopAll(children);
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

try {
  await seedDemo({ subjects: DEMO_SUBJECTS, seed: DEMO_SEED, onlyIfEmpty: true });

  // Records matches parties to subjects through the gateway, as a credit-centre service.
  const clientEnv: Record<string, Record<string, string>> = {
    records: {
      GATEWAY_URL: `http://${host}:${gatewayPort}/graphql`,
      RECORDS_SERVICE_TOKEN:
        process.env.RECORDS_SERVICE_TOKEN ?? (await developmentToken({ sub: 'records-service', roles: ['CREDIT_CENTRE'] }, '30d')),
    },
  };

  const subgraphs: Service[] = SUBGRAPHS.map((subgraph) => {
    const port = Number(process.env[`${subgraph.name.toUpperCase()}_PORT`] ?? subgraph.port);
    return {
      name: subgraph.name,
      main: subgraph.main,
      healthUrl: `http://${host}:${port}/health`,
      env: { [`${subgraph.name.toUpperCase()}_PORT`]: String(port), ...clientEnv[subgraph.name] },
    };
  });
  const gateway: Service = {
    name: 'gateway',
    main: 'gateway/src/main.ts',
    healthUrl: `http://${host}:${gatewayPort}/health`,
    env: Object.fromEntries(
      subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.healthUrl.replace(/\/health$/, '/graphql')]),
    ),
  };

  for (const service of [...subgraphs, gateway]) {
    const child = startProcess(service, root);
    children.push(child);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`${service.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest`);
      void stop(1);
    });
    if (service === gateway) await Promise.all([...subgraphs, gateway].map((s, i) => waitUntilHealthy(s, children[i]!)));
  }

  console.log(`
The credit platform is running.
  GraphQL endpoint  http://${host}:${gatewayPort}/graphql
  Playground        http://${host}:${gatewayPort}/playground  (tokens: pnpm token --dept SCJGJ --roles DEPARTMENT)
  Health            http://${host}:${gatewayPort}/health
${subgraphs.map((s) => `  ${s.name.padEnd(17)} ${s.healthUrl.replace(/\/health$/, '/graphql')}`).join('\n')}

Try:
  curl -s http://${host}:${gatewayPort}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ searchSubjects(query: \\"公司\\", first: 1) { edges { node { id name creditCode kind } } } }"}'

Ctrl-C stops everything.`);
} catch (error) {
  console.error(`start failed: ${(error as Error).message}`);
  await stop(1);
}
