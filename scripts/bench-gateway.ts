/**
 * `pnpm bench:gateway [--requests 2000] [--concurrency 8] [--subjects 2000]`: what the gateway adds
 * to a query. Runs the subjects subgraph (embedded database, seeded) and the gateway with its
 * default protections (limits, rate limit raised out of the way, logging at warn, metrics) in this
 * process, then sends the same search directly to the subgraph (signed as the gateway would) and
 * through the gateway, and prints requests/s and latency percentiles for each, how many query
 * plans the gateway built and how many TCP connections it opened to the subgraph.
 * Load generator, gateway and subgraph share this process and the machine's cores.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { composeServices } from '@apollo/composition';
import { DEMO_SEED } from '@credit/demo-data';
import { postAsGateway, postGraphQL } from '@credit/http/testing';
import { seedSubjects } from '@credit/subjects/seed';
import { subgraph as subjectsSubgraph } from '@credit/subjects/server';
import { openSubgraphDatabase, subgraphConfig } from '@credit/kit';
import { parse } from 'graphql';
import { loadConfig } from '../gateway/src/env';
import { buildGateway } from '../gateway/src/server';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    subjects: { type: 'string', default: '2000' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

interface Listening {
  url: string;
  server: Server;
  connections: () => number;
  requests: () => number;
}

function listen(app: Awaited<ReturnType<typeof buildGateway>>['app']): Promise<Listening> {
  return new Promise((resolve) => {
    let connections = 0;
    let requests = 0;
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/graphql`, server, connections: () => connections, requests: () => requests });
    });
    server.on('connection', () => connections++);
    server.on('request', () => requests++);
  });
}

async function run(label: string, send: (i: number) => Promise<{ status: number; errors?: unknown[] }>) {
  for (let i = 0; i < 50; i++) await send(i); // warm-up
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        const begin = performance.now();
        const result = await send(i);
        latencies.push(performance.now() - begin);
        if (result.status !== 200 || result.errors) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(22)} ${(requests / seconds).toFixed(0).padStart(6)} req/s   p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms   failures ${failures}`,
  );
}

const database = await openSubgraphDatabase(subjectsSubgraph);
await seedSubjects(database.db, { count: Number(values.subjects), seed: DEMO_SEED });
const subjectsApp = await subjectsSubgraph.build(database, subgraphConfig('subjects', 0, {}, {}));
const subjects = await listen(subjectsApp.app);

const composed = composeServices([
  {
    name: 'subjects',
    url: subjects.url,
    typeDefs: parse(readFileSync(new URL('../schema/subjects.graphql', import.meta.url), 'utf8')),
  },
]);
if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
const supergraphPath = join(mkdtempSync(join(tmpdir(), 'bench-gateway-')), 'supergraph.graphql');
writeFileSync(supergraphPath, composed.supergraphSdl);

const config = loadConfig({ LOG_LEVEL: 'warn' });
const gateway = await buildGateway({
  ...config,
  supergraphPath,
  subgraphUrls: { subjects: subjects.url },
  rateLimits: { ...config.rateLimits, perPublicAddress: 1e9 },
});
const front = await listen(gateway.app);

const planner = gateway.gateway.__testing().queryPlanner!;
let plans = 0;
const buildQueryPlan = planner.buildQueryPlan.bind(planner);
planner.buildQueryPlan = (...args) => {
  plans++;
  return buildQueryPlan(...args);
};

const query = `query Search($q: String!) { searchSubjects(query: $q, first: 10) { edges { node { id name kind creditCode } } } }`;
const terms = ['公司', '有限', '科技', '贸易', '商行', '合作社'];
const connectionsBefore = subjects.connections();
const subgraphRequestsBefore = subjects.requests();

console.log(`${requests} requests, ${concurrency} at a time, ${values.subjects} subjects (PGlite in memory)`);
// The gateway runs first, so the connections it opens are its own (both clients share Node's fetch pool).
await run('through the gateway', (i) => postGraphQL(front.url, query, { q: terms[i % terms.length] }));
const gatewayConnections = subjects.connections() - connectionsBefore;
const subgraphRequests = subjects.requests() - subgraphRequestsBefore;
await run('subgraph directly', (i) => postAsGateway('subjects', subjects.url, query, { q: terms[i % terms.length] }));
console.log(`query plans built: ${plans} for ${requests + 50} gateway requests of one operation`);
console.log(
  `the gateway made ${subgraphRequests} HTTP requests to the subgraph over ${gatewayConnections} TCP connections for ${requests + 50} requests`,
);

front.server.close();
front.server.closeAllConnections();
await gateway.stop();
subjects.server.close();
subjects.server.closeAllConnections();
await subjectsApp.stop();
await database.close();
