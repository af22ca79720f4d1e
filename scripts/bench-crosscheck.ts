/**
 * `DATABASE_URL=postgres://… pnpm bench:crosscheck [--subjects 1000000] [--share 0.05] [--codes 10000]
 * [--rounds 5] [--keep]`: the red/black list cross-check benchmark. On a fresh PostgreSQL database it
 * lists a deterministic share of the demo population (sanctions' offline seed), then cross-checks
 * batches of codes drawn from the whole population (1% malformed) and prints the time of the
 * check itself (validation + one SQL query) and of the whole GraphQL call to the sanctions subgraph.
 */
import { parseArgs } from 'node:util';
import { createDatabase } from '@credit/db/testing';
import { DEMO_SEED, demoSubject, Random } from '@credit/demo-data';
import { listen, subgraphSecret } from '@credit/http';
import { postAsGateway } from '@credit/http/testing';
import { ensureCatalogue } from '@credit/sanctions/catalogue';
import { crossCheckCodes } from '@credit/sanctions/crossCheck';
import { openSanctionsDatabase } from '@credit/sanctions/db';
import { countListings, seedListingsOffline } from '@credit/sanctions/demoListings';
import { subgraph } from '@credit/sanctions/server';
import pg from 'pg';
import { progressBar } from './lib/progress';

const { values } = parseArgs({
  options: {
    subjects: { type: 'string', default: '1000000' },
    share: { type: 'string', default: '0.05' },
    codes: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl?.startsWith('postgres')) {
  console.error('bench:crosscheck measures PostgreSQL: set DATABASE_URL=postgres://…');
  process.exit(2);
}
const subjects = Number(values.subjects);
const share = Number(values.share);
const codeCount = Number(values.codes);
const rounds = Number(values.rounds);
const LISTS = ['SERIOUS_DISHONESTY', 'KEY_ATTENTION', 'RED_LIST'] as const;
// The subgraph's own today (China Standard Time), so both paths answer the same.
const TODAY = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const target = await createDatabase(serverUrl, 'bench_crosscheck');
const database = await openSanctionsDatabase({ url: target.url });
try {
  await ensureCatalogue(database.db);
  console.error(`listing ${share * 100}% of ${subjects} demo subjects in ${target.name}`);
  const bar = progressBar('sanctions', subjects);
  let started = performance.now();
  await seedListingsOffline(database.db, { subjects, seed: DEMO_SEED, share, onProgress: bar.update });
  bar.stop();
  const listings = await countListings(database.db);
  console.log(`seed: ${listings} listings for ${subjects} subjects in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const batch = (round: number) => {
    const random = new Random(round + 7);
    return Array.from({ length: codeCount }, (_, i) => (i % 100 === 99 ? `91320594MA${String(i).padStart(8, '0')}` : demoSubject(DEMO_SEED, random.int(0, subjects - 1)).code));
  };
  const batches = Array.from({ length: rounds + 1 }, (_, r) => batch(r));

  const { app, stop } = await subgraph.build(database, { gatewaySecret: subgraphSecret('sanctions'), gatewayUrl: 'http://127.0.0.1:9/graphql', serviceToken: undefined, pseudonymKey: 'benchmark-pseudonym-key' });
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  const caller = { id: 'bench', department: 'CZJ', roles: ['DEPARTMENT' as const], purpose: 'benchmark', subjectId: null };
  const query = `query ($input: CrossCheckInput!) { crossCheck(input: $input) { checked invalid listed results { index valid listed listTypes error { code } } } }`;

  // Warm-up (plans, connections), not measured.
  await crossCheckCodes(database.db, batches[rounds]!, LISTS, TODAY);
  await postAsGateway('sanctions', url, query, { input: { codes: batches[rounds] } }, caller);

  const direct: number[] = [];
  const http: number[] = [];
  let last = { checked: 0, invalid: 0, listed: 0 };
  for (let r = 0; r < rounds; r++) {
    started = performance.now();
    const view = await crossCheckCodes(database.db, batches[r]!, LISTS, TODAY);
    direct.push(performance.now() - started);
    started = performance.now();
    const result = await postAsGateway<{ crossCheck: typeof last }>('sanctions', url, query, { input: { codes: batches[r] } }, caller);
    http.push(performance.now() - started);
    if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
    last = { checked: view.checked, invalid: view.invalid, listed: view.listed };
    if (result.data!.crossCheck.listed !== view.listed) throw new Error('the GraphQL answer differs from the direct check');
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `min ${sorted[0]!.toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`;
  };
  console.log(`batch: ${last.checked} codes (${last.invalid} malformed), ${last.listed} listed`);
  console.log(`cross-check (validation + one SQL query): ${stats(direct)}`);
  console.log(`cross-check through GraphQL (sanctions subgraph over HTTP, signed caller): ${stats(http)}`);
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const plan = await client.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) select id, subject_id, subject_code, list_type from sanctions.listing where subject_code = any($1::text[]) and status = 'ACTIVE' and listed_from <= $2 and (listed_until is null or listed_until > $2)`,
    [batches[0], TODAY],
  );
  await client.end();
  console.log(plan.rows.map((row) => `  ${row['QUERY PLAN'].replace(/'\{[^}]*\}'/, `'{…${codeCount} codes…}'`)}`).join('\n'));
  await listening.close();
  await stop();
} finally {
  await database.close();
  if (!values.keep) await target.drop();
  else console.error(`kept database ${target.name}`);
}
