/**
 * The embedded deployment (`GATEWAY_SUBGRAPHS=embedded`): a second gateway runs the five subgraphs
 * in its own process over the same databases as the subgraph servers of the HTTP system, and
 * answers the README's first example (the Credit profile with a credit check) as the HTTP gateway
 * does: the same data, the access-log entry, errors masked alike, and a subgraph that fails
 * answered null with SUBGRAPH_UNAVAILABLE.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionLimit } from '@credit/db';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { listen, type Listening } from '@credit/http';
import { postGraphQL } from '@credit/http/testing';
import { INTERNAL_ERROR_MESSAGE, subgraphConfig, type BuiltSubgraph } from '@credit/kit';
import type { RatingsSchema } from '@credit/ratings/db';
import { seedEvaluations } from '@credit/ratings/seed';
import type { SanctionsSchema } from '@credit/sanctions/db';
import { seedListingsOffline } from '@credit/sanctions/demoListings';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPHS, loadSubgraph } from '../../scripts/subgraphs';
import { checkConnectionBudget, checkEmbeddedWorkers, openEmbeddedSubgraphs, type EmbeddedSubgraphs } from '../src/embedded';
import { loadConfig } from '../src/env';
import { developmentToken } from '../src/identity';
import { EXAMPLES } from '../src/playground/examples';
import { buildGateway } from '../src/server';
import { withTableHeld } from './locks';
import { SUPERGRAPH, startSystem, type RunningSystem } from './system';

const SUBJECTS = 60;
const PROFILE = EXAMPLES[0]!;
const company = demoSubject(DEMO_SEED, 0);

/** What differs between two asks of one profile: the check's id and when it was asked. */
function withoutAskTimes(profile: any) {
  const { creditCheck, ...rest } = profile;
  const { id: _id, log, ...check } = creditCheck;
  return { ...rest, creditCheck: { ...check, log: log.map(({ askedAt: _at, ...entry }: any) => entry) } };
}

/** A response's errors without their request ids (each request has its own). */
const errorsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.map(({ extensions: { requestId: _id, ...extensions } = {}, ...error }) => ({ ...error, extensions }));

const embeddedGateway = (embedded: EmbeddedSubgraphs) =>
  buildGateway({ ...loadConfig({ LOG_LEVEL: 'silent' }), subgraphTimeoutMs: 5000, supergraphPath: SUPERGRAPH, subgraphMode: 'embedded' }, { embedded });

describe.each(testBackends())('the gateway with embedded subgraphs on $name', (backend) => {
  let system: RunningSystem;
  let gateway: Awaited<ReturnType<typeof buildGateway>>;
  let served: Listening;
  let embeddedUrl: string;
  /** Subgraphs whose in-process execution throws, as a crashed subgraph would. */
  const failing = new Set<string>();
  const built: BuiltSubgraph[] = [];
  const officer = async (sub: string) => ({
    authorization: `Bearer ${await developmentToken({ sub, dept: 'ZJJ', roles: ['DEPARTMENT'] })}`,
    purpose: encodeURIComponent('逢办必查'),
  });

  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    await seedEvaluations(system.subgraph<RatingsSchema>('ratings').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    await seedListingsOffline(system.subgraph<SanctionsSchema>('sanctions').database.db, { subjects: SUBJECTS, seed: DEMO_SEED, share: 0.2 });
    // The same subgraphs again, in this process, over the HTTP system's open databases.
    const subgraphs = new Map<string, BuiltSubgraph>();
    for (const entry of SUBGRAPHS) {
      const definition = await loadSubgraph(entry);
      const subgraph = await definition.build(system.subgraph(entry.name).database, {
        ...subgraphConfig(entry.name, 0, {}, {}),
        gatewayUrl: () => embeddedUrl,
        serviceToken: entry.serviceRoles ? await developmentToken({ sub: `${entry.name}-service`, roles: entry.serviceRoles }) : undefined,
      });
      built.push(subgraph);
      subgraphs.set(entry.name, {
        ...subgraph,
        execute: (request, caller) => (failing.has(entry.name) ? Promise.reject(new Error(`${entry.name} crashed`)) : subgraph.execute(request, caller)),
      });
    }
    gateway = await embeddedGateway({ subgraphs, close: async () => {} });
    served = await listen(gateway.app, 0);
    embeddedUrl = `${served.url}/graphql`;
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    await gateway?.stop();
    for (const subgraph of built) await subgraph.stop();
    await system?.close();
  });

  const profile = async (url: string, sub: string, application: string, code = company.code) =>
    postGraphQL<any>(url, PROFILE.query, { ...PROFILE.variables, code, application }, await officer(sub));

  it('answers the Credit profile with its credit check as the HTTP gateway does, for the same subject', async () => {
    for (const [index, subject] of [company, demoSubject(DEMO_SEED, 7)].entries()) {
      const overHttp = await profile(system.url, 'officer-http', `EMB-HTTP-${index}`, subject.code);
      const embedded = await profile(embeddedUrl, 'officer-embedded', `EMB-IN-${index}`, subject.code);
      expect(embedded.status).toBe(200);
      expect(errorsOf(embedded)).toEqual(errorsOf(overHttp));
      const http = overHttp.data!.subjectByCode;
      const inProcess = embedded.data!.subjectByCode;
      expect(inProcess.name).toBe(subject.name);
      expect(inProcess.rating).not.toBeNull();
      expect(inProcess.creditCheck.missingInputs).toEqual([]);
      expect(inProcess.creditCheck.log).toEqual([expect.objectContaining({ askedBy: 'officer-embedded', replay: false })]);
      expect(withoutAskTimes({ ...inProcess, creditCheck: { ...inProcess.creditCheck, log: [] } })).toEqual(
        withoutAskTimes({ ...http, creditCheck: { ...http.creditCheck, log: [] } }),
      );
    }
    // The same application again: the stored check, replayed, as over HTTP.
    const again = await profile(embeddedUrl, 'officer-embedded', 'EMB-IN-0');
    expect(again.data!.subjectByCode.creditCheck.log.map((entry: any) => entry.replay)).toEqual([false, true]);
  });

  it('writes the access-log entry in process, with the caller, purpose, operation and subjects', async () => {
    await profile(embeddedUrl, 'officer-audit', 'EMB-AUDIT-1');
    const stored = (await system
      .subgraph<SubjectsSchema>('subjects')
      .database.db.execute(
        "select department, purpose, operation_name, subject_ids from subjects.subject_access where caller_id = 'officer-audit'",
      )) as unknown as { rows: { department: string; purpose: string; operation_name: string; subject_ids: string[] }[] };
    expect(stored.rows).toEqual([{ department: 'ZJJ', purpose: '逢办必查', operation_name: 'CreditProfile', subject_ids: [company.id] }]);
  });

  it('merges the subgraph queries of concurrent profiles (coalescing) and gives each its own subject and check', async () => {
    const coalesced = async () =>
      (await gateway.metrics.registry.getSingleMetric('gateway_subgraph_coalesced_total')!.get()).values.reduce((sum, v) => sum + v.value, 0);
    const before = await coalesced();
    const subjects = Array.from({ length: 12 }, (_, i) => demoSubject(DEMO_SEED, i * 4 + 2));
    // On PostgreSQL the ratings table is locked until the profiles' rating queries have piled up and
    // gone merged, so that they overlap however fast the machine answers. PGlite runs in this process
    // and answers each statement before the next request is read, so there nothing overlaps to merge.
    const results = await withTableHeld(
      backend.name === 'pglite' ? null : system.subgraph<RatingsSchema>('ratings').database.db,
      'ratings.evaluation',
      () => Promise.all(subjects.map((s) => profile(embeddedUrl, 'officer-batch', `EMB-BATCH-${s.index}`, s.code))),
      async () => expect(await coalesced()).toBeGreaterThan(before),
    );
    for (const [i, result] of results.entries()) {
      expect(result.errors).toBeUndefined();
      const merged = result.data!.subjectByCode;
      expect(merged.name).toBe(subjects[i]!.name);
      // Asked alone (no other request in flight): the same profile, and the same stored check, replayed.
      const alone = (await profile(embeddedUrl, 'officer-batch', `EMB-BATCH-${subjects[i]!.index}`, subjects[i]!.code)).data!.subjectByCode;
      expect(alone.creditCheck.id).toBe(merged.creditCheck.id);
      expect(alone.creditCheck.log.map((entry: any) => entry.replay)).toEqual([false, true]);
      expect(withoutAskTimes({ ...merged, creditCheck: { ...merged.creditCheck, log: [] } })).toEqual(
        withoutAskTimes({ ...alone, creditCheck: { ...alone.creditCheck, log: [] } }),
      );
    }
  });

  it('masks an internal error of a subgraph as the HTTP gateway does', async () => {
    const ratings = system.subgraph<RatingsSchema>('ratings').database.db;
    await ratings.execute('alter table ratings.evaluation rename to evaluation_away');
    try {
      const query = 'query Grade($code: String!) { subjectByCode(code: $code) { name rating { grade } } }';
      const headers = await officer('officer-masking');
      const [overHttp, embedded] = await Promise.all([
        postGraphQL(system.url, query, { code: company.code }, headers),
        postGraphQL(embeddedUrl, query, { code: company.code }, headers),
      ]);
      expect(embedded.data).toEqual({ subjectByCode: { name: company.name, rating: null } });
      expect(embedded.errors).toEqual([expect.objectContaining({ message: INTERNAL_ERROR_MESSAGE, path: ['subjectByCode', 'rating'] })]);
      expect(embedded.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect({ data: embedded.data, errors: errorsOf(embedded) }).toEqual({ data: overHttp.data, errors: errorsOf(overHttp) });
      expect(JSON.stringify(embedded)).not.toMatch(/evaluation|select|relation/i);
    } finally {
      await ratings.execute('alter table ratings.evaluation_away rename to evaluation');
    }
  });

  it('answers an entity fetch of a subgraph that throws as null with SUBGRAPH_UNAVAILABLE, and the check fails safe', async () => {
    failing.add('ratings');
    try {
      const result = await profile(embeddedUrl, 'officer-failure', 'EMB-FAIL-1');
      expect(result.status).toBe(200);
      const answer = result.data!.subjectByCode;
      expect(answer.name).toBe(company.name);
      expect(answer.rating).toBeNull();
      expect(result.errors).toContainEqual(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'ratings' }) }),
      );
      expect(answer.creditCheck.missingInputs.length).toBeGreaterThan(0);
      expect(answer.listings).not.toBeNull();
    } finally {
      failing.delete('ratings');
    }
    const metrics = await (await fetch(`${served.url}/metrics`)).text();
    expect(metrics).toMatch(/subgraph="ratings"[^\n]*outcome="unavailable"|outcome="unavailable"[^\n]*subgraph="ratings"/);
  });

  it('answers a value the subgraph refuses (an impossible Date) as the client mistake it is, as over HTTP', async () => {
    const query = 'query Compliance($from: Date!, $to: Date!) { publicityCompliance(from: $from, to: $to) { __typename } }';
    const headers = await officer('officer-input');
    const variables = { from: '2026-02-30', to: '2026-03-31' };
    const [overHttp, embedded] = await Promise.all([postGraphQL(system.url, query, variables, headers), postGraphQL(embeddedUrl, query, variables, headers)]);
    expect(embedded.errors?.[0]?.extensions).toMatchObject({ code: expect.stringMatching(/^(BAD_USER_INPUT|INVALID_DATE)$/), subgraph: 'records' });
    expect({ status: embedded.status, data: embedded.data, errors: errorsOf(embedded) }).toEqual({ status: overHttp.status, data: overHttp.data, errors: errorsOf(overHttp) });
  });

  it('reports each embedded subgraph healthy at /health', async () => {
    const health = await (await fetch(`${served.url}/health`)).json();
    expect(health).toEqual({ status: 'ok', subgraphs: Object.fromEntries(SUBGRAPHS.map((entry) => [entry.name, 'ok'])) });
  });
});

describe('embedded subgraphs opened from the environment', () => {
  it('refuses gateway workers on the embedded database, and allows them on PostgreSQL', () => {
    expect(() => checkEmbeddedWorkers(2, { DATA_DIR: '/tmp/x' })).toThrow(/GATEWAY_WORKERS=2 needs PostgreSQL.*subjects, records/);
    expect(() => checkEmbeddedWorkers(1, { DATA_DIR: '/tmp/x' })).not.toThrow();
    expect(() => checkEmbeddedWorkers(2, { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/credit' })).not.toThrow();
  });

  it('opens each subgraph over its embedded database in DATA_DIR, serves through them, and closes them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'credit-embedded-'));
    try {
      const embedded = await openEmbeddedSubgraphs({ env: { DATA_DIR: dataDir } });
      expect([...embedded.subgraphs.keys()].sort()).toEqual(SUBGRAPHS.map((entry) => entry.name).sort());
      const gateway = await embeddedGateway(embedded);
      const served = await listen(gateway.app, 0);
      try {
        const result = await postGraphQL(`${served.url}/graphql`, '{ dataCatalog { code } }');
        expect(result.errors).toBeUndefined();
        expect((result.data as { dataCatalog: unknown[] }).dataCatalog.length).toBeGreaterThan(0);
      } finally {
        await served.close();
        await gateway.stop();
        await embedded.close();
      }
      // Closed: a database no longer answers.
      await expect(embedded.subgraphs.get('subjects')!.healthy()).rejects.toThrow();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

// The server's own limit decides: the cases are built from what it says (100 by default).
// Under CI it never skips: testBackends() fails there without DATABASE_URL.
const postgresUrl = testBackends().some((backend) => backend.name === 'postgres') ? process.env.DATABASE_URL : undefined;

describe.skipIf(!postgresUrl)('the connection budget of embedded subgraphs on PostgreSQL', () => {
  it('refuses pools that the server cannot hold, saying what fits, and allows what it can', async () => {
    const limit = await connectionLimit(postgresUrl!);
    expect(limit).toEqual({ max: expect.any(Number), reserved: expect.any(Number) });
    const allowed = limit!.max - limit!.reserved;
    const fits = Math.floor(allowed / (SUBGRAPHS.length * 2));
    const env = { DATABASE_URL: postgresUrl };
    const { hostname, port } = new URL(postgresUrl!);
    await expect(checkConnectionBudget(2, fits + 1, env)).rejects.toThrow(
      `would open up to ${SUBGRAPHS.length * (fits + 1) * 2} connections to PostgreSQL at ${hostname}:${port || 5432}`,
    );
    await expect(checkConnectionBudget(2, fits + 1, env)).rejects.toThrow(`and it takes ${allowed} (max_connections ${limit!.max}, ${limit!.reserved} reserved). Set EMBEDDED_POOL_SIZE=${fits} or less, or raise max_connections.`);
    await expect(checkConnectionBudget(2, fits, env)).resolves.toBeUndefined();
  });

  it('counts only the databases on that server, and leaves a server it cannot ask to the opening', async () => {
    const limit = (await connectionLimit(postgresUrl!))!;
    const allowed = limit.max - limit.reserved;
    // Subjects on the server, the others embedded: one database's pool against the whole limit.
    const env = { SUBJECTS_DATABASE_URL: postgresUrl, DATA_DIR: '/tmp/credit-budget' };
    await expect(checkConnectionBudget(1, allowed, env)).resolves.toBeUndefined();
    await expect(checkConnectionBudget(1, allowed + 1, env)).rejects.toThrow(/the databases of subjects, × EMBEDDED_POOL_SIZE/);
    await expect(checkConnectionBudget(allowed + 1, 1, env)).rejects.toThrow(/Run fewer GATEWAY_WORKERS, or raise max_connections/);
    await expect(checkConnectionBudget(64, 100, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' })).resolves.toBeUndefined();
  });
});
