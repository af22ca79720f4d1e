/**
 * `pnpm bench:creditcheck [--rate 100] [--seconds 10] [--subjects 10000] [--gateway URL]`: the
 * credit check through the gateway at a fixed arrival rate (open loop: request i is due at i/rate
 * seconds whether or not earlier ones have answered, and its latency counts from when it was due),
 * printing p50/p90/p99/max and errors. Each request is a new application, so each stores a check
 * and a log entry.
 *
 * With `--gateway` it loads a running system (`pnpm start`, the five subgraphs) with a department
 * token. Without it, it runs the system in this process: subjects (seeded with `--subjects` demo
 * subjects) and services on PGlite, or on PostgreSQL when DATABASE_URL is set (fresh databases,
 * dropped after), ratings and sanctions as contract stubs, and the gateway in front. Load generator,
 * gateway and subgraphs then share this process and the machine's cores.
 */
import { parseArgs } from 'node:util';
import { createDatabase } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { listen } from '@credit/http';
import { postGraphQL } from '@credit/http/testing';
import { openSubgraphDatabase, subgraphConfig } from '@credit/kit';
import { subgraph as servicesSubgraph } from '@credit/services/server';
import { seedSubjects } from '@credit/subjects/seed';
import { subgraph as subjectsSubgraph } from '@credit/subjects/server';
import { loadConfig } from '../gateway/src/env';
import { developmentToken } from '../gateway/src/identity';
import { buildGateway } from '../gateway/src/server';
import { startRatingsStub, startSanctionsStub, type StubMeasure, type StubRating } from '../gateway/test/contractStubs';
import { composeWithContractStubs } from '../gateway/test/servicesSystem';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    subjects: { type: 'string', default: '10000' },
    gateway: { type: 'string' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const population = Number(values.subjects);

const QUERY = `query Check($code: String!, $matter: String!, $app: String!) {
  subjectByCode(code: $code) { creditCheck(matterCode: $matter, applicationId: $app) { id decision missingInputs } } }`;
const MATTERS = ['SZ-ZJ-001', 'SZ-SCJG-002', 'SZ-ZJ-003', 'SZ-CZ-001', 'SZ-FGW-001'];

const cleanup: (() => Promise<void>)[] = [];
let url = values.gateway;
if (!url) {
  const serverUrl = process.env.DATABASE_URL;
  const subjectsTarget = serverUrl ? await createDatabase(serverUrl, 'bench_subjects') : undefined;
  const servicesTarget = serverUrl ? await createDatabase(serverUrl, 'bench_services') : undefined;
  const subjectsDb = await openSubgraphDatabase({ ...subjectsSubgraph, url: subjectsTarget?.url });
  const started = performance.now();
  await seedSubjects(subjectsDb.db, { count: population, seed: DEMO_SEED });
  console.log(`seeded ${population} subjects on ${subjectsDb.backend} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const subjectsApp = await subjectsSubgraph.build(subjectsDb, subgraphConfig('subjects', 0, {}, {}));
  const subjects = await listen(subjectsApp.app, 0);
  const servicesDb = await openSubgraphDatabase({ ...servicesSubgraph, url: servicesTarget?.url });
  const servicesApp = await servicesSubgraph.build(servicesDb, subgraphConfig('services', 0, {}, {}));
  const services = await listen(servicesApp.app, 0);
  // Grades spread over A to D by position, one subject in ten on the serious dishonesty list.
  const ratings = new Map<string, StubRating>();
  const measures = new Map<string, StubMeasure[]>();
  for (let i = 0; i < Math.min(population, 20_000); i++) {
    const s = demoSubject(DEMO_SEED, i);
    ratings.set(s.id, { grade: (['A', 'B', 'B', 'C', 'D'] as const)[i % 5]!, score: 90 - (i % 5) * 15 });
    if (i % 10 === 7) {
      measures.set(s.id, [
        { code: 'JC-ZB-01', name: '限制参与招标投标', effect: 'PUNISHMENT', legalBasis: '发改财金〔2016〕141号', matters: ['BIDDING'], listType: 'SERIOUS_DISHONESTY', department: 'FY' },
      ]);
    }
  }
  const [ratingsStub, sanctionsStub] = await Promise.all([startRatingsStub(ratings), startSanctionsStub(measures)]);
  const config = loadConfig({ LOG_LEVEL: 'warn' });
  const gateway = await buildGateway({
    ...config,
    supergraphPath: composeWithContractStubs(),
    subgraphUrls: {
      subjects: `${subjects.url}/graphql`,
      records: 'http://127.0.0.1:9/graphql',
      ratings: ratingsStub.url,
      sanctions: sanctionsStub.url,
      services: `${services.url}/graphql`,
    },
    rateLimits: { ...config.rateLimits, perPublicAddress: 1e9 },
  });
  const front = await listen(gateway.app, 0);
  url = `${front.url}/graphql`;
  cleanup.push(async () => {
    await front.close();
    await gateway.stop();
    await Promise.all([ratingsStub.close(), sanctionsStub.close()]);
    await services.close();
    await servicesApp.stop();
    await servicesDb.close();
    await subjects.close();
    await subjectsApp.stop();
    await subjectsDb.close();
    await subjectsTarget?.drop();
    await servicesTarget?.drop();
  });
}

const token = await developmentToken({ sub: 'bench-portal', dept: 'ZJJ', roles: ['DEPARTMENT'] });
const headers = { authorization: `Bearer ${token}`, purpose: encodeURIComponent('逢办必查') };
const sample = Math.min(population, 20_000);
const run = Date.now().toString(36);
const codes = Array.from({ length: sample }, (_, i) => demoSubject(DEMO_SEED, i).code);
const send = (i: number, prefix = 'BENCH') =>
  postGraphQL<{ subjectByCode: { creditCheck: { decision: string } | null } | null }>(
    url!,
    QUERY,
    { code: codes[(i * 7919) % sample], matter: MATTERS[i % MATTERS.length], app: `${prefix}-${run}-${i}` },
    headers,
  );

for (let i = 0; i < 50; i++) await send(i, 'WARM'); // warm-up: plans, connections, JIT

const total = Math.round(rate * seconds);
const latencies: number[] = [];
const decisions = new Map<string, number>();
let errors = 0;
const firstErrors: string[] = [];
const start = performance.now();
await Promise.all(
  Array.from({ length: total }, async (_, i) => {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      const result = await send(i);
      const decision = result.data?.subjectByCode?.creditCheck?.decision;
      if (result.status !== 200 || result.errors || !decision) {
        errors++;
        if (firstErrors.length < 3) firstErrors.push(JSON.stringify(result.errors ?? result.status).slice(0, 300));
      } else decisions.set(decision, (decisions.get(decision) ?? 0) + 1);
    } catch (error) {
      errors++;
      if (firstErrors.length < 3) firstErrors.push(String(error));
    }
    latencies.push(performance.now() - due);
  }),
);
const elapsed = (performance.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
console.log(
  `creditCheck through the gateway: ${total} requests at ${rate}/s over ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)}/s achieved), ${values.gateway ? values.gateway : `in-process, ${population} subjects, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`}`,
);
console.log(`latency from due time: p50 ${at(0.5)} ms   p90 ${at(0.9)} ms   p99 ${at(0.99)} ms   max ${at(1)} ms   errors ${errors}`);
console.log(`decisions: ${[...decisions].map(([d, n]) => `${d} ${n}`).join(', ')}`);
if (firstErrors.length) console.log(`first errors:\n  ${firstErrors.join('\n  ')}`);
for (const close of cleanup) await close();
