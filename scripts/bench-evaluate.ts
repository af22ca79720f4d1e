/**
 * `pnpm bench:evaluate [--subjects 100000]`: an evaluation run through the gateway. Starts the whole
 * system in this process (every registered subgraph on a fresh database, the gateway in front),
 * seeds N demo subjects and their records, then runs the credit centre's evaluation: pages of
 * subjects with their records summaries (and whatever listings and commitments the supergraph
 * offers) read through the gateway, scored and stored set-based. Prints the seeding and run times
 * and subjects/s. PostgreSQL with DATABASE_URL (recommended), else the embedded database.
 */
import { parseArgs } from 'node:util';
import { createDatabase, type TestBackend } from '@credit/db/testing';
import { DEMO_SEED } from '@credit/demo-data';
import type { RecordsSchema } from '@credit/records/db';
import { seedRecords } from '@credit/records/seed';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { startSystem } from '../gateway/test/system';
import { evaluateThroughGateway } from '@credit/ratings/evaluateThroughGateway';
import { developmentToken } from '../gateway/src/identity';
import { progressBar } from './lib/progress';

process.env.APOLLO_TELEMETRY_DISABLED = '1';
const { values } = parseArgs({ options: { subjects: { type: 'string', default: '100000' } } });
const subjects = Number(values.subjects);
const serverUrl = process.env.DATABASE_URL;
const backend: TestBackend = serverUrl
  ? { name: 'postgres', create: () => createDatabase(serverUrl, 'bench_evaluate') }
  : { name: 'pglite', create: async () => ({ url: undefined, drop: async () => {} }) };

const system = await startSystem(backend, {
  gateway: { subgraphTimeoutMs: 60_000, rateLimits: { windowMs: 60_000, perCaller: 1_000_000, perPublicAddress: 1_000 } },
});
try {
  let started = performance.now();
  let bar = progressBar('subjects', subjects);
  await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: subjects, seed: DEMO_SEED, onProgress: bar.update });
  bar.stop();
  bar = progressBar('records', subjects);
  await seedRecords(system.subgraph<RecordsSchema>('records').database.db, { count: subjects, seed: DEMO_SEED, onProgress: bar.update });
  bar.stop();
  console.log(`seeded ${subjects} subjects and their records on ${backend.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  bar = progressBar('evaluated', subjects);
  started = performance.now();
  const outcome = await evaluateThroughGateway({ gatewayUrl: system.url, token: await developmentToken({ sub: 'evaluation', dept: 'XYZX', roles: ['CREDIT_CENTRE'] }, '12h'), asOf: '2026-11-20', onProgress: bar.update, pollMs: 1000, timeoutMs: 3 * 3600_000 });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `evaluation run ${outcome.status}: ${outcome.subjectsDone} subjects through the gateway in ${seconds.toFixed(1)} s ` +
      `(${Math.round(outcome.subjectsDone / seconds)} subjects/s); unknown inputs: ${outcome.unknownInputs.join(', ') || 'none'}`,
  );
} finally {
  await system.close();
}
