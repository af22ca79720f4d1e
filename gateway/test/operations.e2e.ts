import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { developmentToken } from '../src/identity';
import { startGateway, type TestGateway } from './gateway';
import { composeWithProbe, LEAKY_ID_NUMBER, startProbe, type Probe } from './probe';
import { startSystem, type RunningSystem } from './system';
import type { SubjectsSchema } from '@credit/subjects/db';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Subjects (public fields) with the probe's field on each: data from both subgraphs. */
const BOTH = `query Both { searchSubjects(query: "公司", first: 3) { edges { node { id name probeNote } } } }`;

describe.each(testBackends())('gateway operations on $name', (backend) => {
  let system: RunningSystem;
  let probe: Probe;
  let gateway: TestGateway;
  let supergraphPath: string;

  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
    probe = await startProbe();
    supergraphPath = composeWithProbe(probe.url);
    gateway = await startGateway({
      supergraphPath,
      subgraphUrls: { subjects: system.subgraphs.subjects!.url, probe: probe.url },
      subgraphTimeouts: { probe: 1500 },
      rateLimits: { windowMs: 60_000, perCaller: 100_000, perPublicAddress: 100_000 },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await probe?.stop();
    await system?.close();
  });

  it('answers with data from both subgraphs', async () => {
    const result = await gateway.query(BOTH);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.searchSubjects.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.length).toBe(3);
    for (const node of nodes) expect(node.probeNote).toBe(`note on ${node.id}`);
  });

  it('gives partial data naming a slow subgraph, without waiting for it, and recovers by itself', async () => {
    probe.delayMs = 10_000;
    const started = Date.now();
    const slow = await gateway.query(BOTH);
    const elapsed = Date.now() - started;
    expect(slow.status).toBe(200);
    expect(elapsed).toBeLessThan(6000); // the gateway gave up at its 1500 ms deadline, not after 10 s
    const nodes = slow.data!.searchSubjects.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.length).toBe(3);
    for (const node of nodes) {
      expect(node.name).toBeTruthy();
      expect(node.probeNote).toBeNull();
    }
    expect(slow.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'probe' });
    expect(slow.errors![0]!.message).toBe('The probe subgraph did not answer within 1500 ms; its data is missing from this response');

    probe.delayMs = 0;
    const recovered = await gateway.query(BOTH);
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data!.searchSubjects.edges[0].node.probeNote).toMatch(/^note on /);
  });

  it('gives partial data naming a subgraph that is down, reports it not ready, and recovers when it returns', async () => {
    await probe.stop();
    const down = await gateway.query(BOTH);
    expect(down.status).toBe(200);
    expect(down.data!.searchSubjects.edges[0].node.name).toBeTruthy();
    expect(down.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'probe' });
    expect(down.errors![0]!.message).toBe('The probe subgraph is unavailable; its data is missing from this response');
    const notReady = await fetch(`${gateway.baseUrl}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: 'not ready', reasons: ['the probe subgraph does not answer'] });

    await probe.start();
    const back = await gateway.query(BOTH);
    expect(back.errors).toBeUndefined();
    expect(back.data!.searchSubjects.edges[0].node.probeNote).toMatch(/^note on /);
    const ready = await fetch(`${gateway.baseUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', reasons: [], subgraphs: { subjects: 'ok', probe: 'ok' } });
  });

  it('answers 504 when the whole request outlives its deadline, and serves the next one', async () => {
    const impatient = await startGateway({
      supergraphPath,
      subgraphUrls: { subjects: system.subgraphs.subjects!.url, probe: probe.url },
      subgraphTimeoutMs: 5000,
      requestTimeoutMs: 1000,
      slowRequestMs: 500,
    });
    try {
      probe.delayMs = 2500;
      const response = await fetch(impatient.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Impatient { probe }' }),
      });
      expect(response.status).toBe(504);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions.code).toBe('REQUEST_TIMEOUT');
      expect(body.errors[0]!.message).toContain('after 1000 ms');
      // The error line names what the request still waited for when it was given up.
      const failed = impatient.logs.find((entry) => entry.msg === 'request failed' && entry.status === 504);
      expect(failed).toMatchObject({ level: 50, operation: 'Impatient' });
      expect((failed!.steps as { step: string; ms: number | null }[]).map(({ step, ms }) => [step, ms])).toEqual([
        ['graphql', null],
        ['probe', null],
      ]);
      probe.delayMs = 0;
      await sleep(2000); // the abandoned request finishes in the background without harm
      expect((await impatient.query('{ probe }')).data).toEqual({ probe: 'ok' });
    } finally {
      probe.delayMs = 0;
      await impatient.close();
    }
  });

  it('keeps connections to subgraphs alive', async () => {
    const before = probe.connections;
    const requestsBefore = probe.requests;
    for (let i = 0; i < 30; i++) expect((await gateway.query('query KeepAlive { probe }')).data).toEqual({ probe: 'ok' });
    expect(probe.requests - requestsBefore).toBe(30);
    expect(probe.connections - before).toBeLessThanOrEqual(2);
  });

  it('plans each distinct operation once', async () => {
    const planner = gateway.handle.gateway.__testing().queryPlanner!;
    const plan = vi.spyOn(planner, 'buildQueryPlan');
    try {
      const query = `query Cached { searchSubjects(query: "公司", first: 2) { edges { node { name probeNote } } } }`;
      for (let i = 0; i < 5; i++) expect((await gateway.query(query)).errors).toBeUndefined();
      expect(plan).toHaveBeenCalledTimes(1);
      await gateway.query(`query Other { probe }`);
      expect(plan).toHaveBeenCalledTimes(2);
    } finally {
      plan.mockRestore();
    }
  });

  it('exports Prometheus metrics by operation and by subgraph', async () => {
    for (let i = 0; i < 3; i++) await gateway.query(`query MetricsProbe { probe }`);
    await gateway.query(`query MetricsFailure { probeFailure }`);
    expect((await gateway.query(`query MetricsProbe { probe }`, {}, { authorization: 'Bearer not.a.token' })).status).toBe(401);
    const response = await fetch(`${gateway.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const metrics = await response.text();
    expect(metrics).toContain('gateway_requests_total{operation="MetricsProbe",status="200"} 3');
    expect(metrics).toContain('gateway_request_duration_seconds_count{operation="MetricsProbe"} 3');
    expect(metrics).toMatch(/gateway_request_duration_seconds_bucket\{le="0\.5",operation="MetricsProbe"\} \d/);
    expect(metrics).toContain('gateway_errors_total{operation="MetricsFailure",code="INTERNAL_SERVER_ERROR"} 1');
    expect(metrics).toContain('gateway_requests_total{operation="unresolved",status="401"} 1');
    expect(metrics).toContain('gateway_errors_total{operation="unresolved",code="UNAUTHENTICATED"} 1');
    expect(metrics).toMatch(/gateway_subgraph_requests_total\{subgraph="probe",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/gateway_subgraph_requests_total\{subgraph="probe",outcome="timeout"\} [1-9]/);
    expect(metrics).toMatch(/gateway_subgraph_requests_total\{subgraph="probe",outcome="unavailable"\} [1-9]/);
    expect(metrics).toMatch(/gateway_subgraph_requests_total\{subgraph="subjects",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/gateway_subgraph_request_duration_seconds_count\{subgraph="subjects"\} [1-9]/);
    expect(metrics).toContain('gateway_subgraph_errors_total{subgraph="probe",code="INTERNAL_SERVER_ERROR"} 1');
    expect(metrics).toContain('gateway_process_cpu_seconds_total');
  });

  it('writes JSON logs without personal ID numbers or tokens', async () => {
    const token = await developmentToken({ sub: 'officer-9', roles: ['CREDIT_CENTRE'] });
    const company = demoSubject(DEMO_SEED, 0);
    await gateway.query(`query Lookup($code: String!) { subjectByCode(code: $code) { id } }`, { code: LEAKY_ID_NUMBER }, {
      authorization: `Bearer ${token}`,
      purpose: 'log%20test',
    });
    await gateway.query(`{ probeFailure }`, {}, { authorization: `Bearer ${token}`, purpose: 'log%20test' });
    await gateway.query(`{ subjectByCode(code: "${company.code}") { id } }`, {}, { authorization: `Bearer ${token}x` });
    const text = JSON.stringify(gateway.logs);
    expect(gateway.logs.length).toBeGreaterThan(3);
    expect(text).not.toContain(LEAKY_ID_NUMBER);
    expect(text).toContain('110101********4518');
    expect(text).not.toContain(token.split('.')[2]!);
    const line = gateway.logs.find((entry) => entry.caller === 'officer-9' && /^(slow )?request$/.test(String(entry.msg)));
    expect(line).toMatchObject({ service: 'gateway', method: 'POST', path: '/graphql', status: 200 });
    expect(typeof line!.requestId).toBe('string');
    expect(typeof line!.durationMs).toBe('number');
  });

  it('logs a slow request at warn with what it waited for, and a quick one as usual', async () => {
    const watchful = await startGateway({
      supergraphPath,
      subgraphUrls: { subjects: system.subgraphs.subjects!.url, probe: probe.url },
      slowRequestMs: 1000,
    });
    const token = await developmentToken({ sub: 'officer-slow', roles: ['CREDIT_CENTRE'] });
    const headers = { authorization: `Bearer ${token}`, purpose: 'slow%20test' };
    try {
      expect((await watchful.query(BOTH, {}, headers)).errors).toBeUndefined();
      probe.delayMs = 1200;
      expect((await watchful.query(BOTH, {}, headers)).errors).toBeUndefined();
      const lines = watchful.logs.filter((entry) => entry.caller === 'officer-slow');
      expect(lines.map((entry) => [entry.msg, entry.level])).toEqual([
        ['request', 30],
        ['slow request', 40],
      ]);
      const slow = lines[1] as { durationMs: number; operation: string; steps: { step: string; atMs: number; ms: number }[] };
      expect(slow.operation).toBe('Both');
      expect(slow.durationMs).toBeGreaterThanOrEqual(1200);
      const step = (name: string) => slow.steps.find((s) => s.step === name)!;
      // The probe waited for the subjects it decorates, then took its 1200 ms; GraphQL's work holds both.
      expect(step('subjects').ms).toBeLessThan(1000);
      expect(step('probe').atMs).toBeGreaterThanOrEqual(step('subjects').atMs + step('subjects').ms - 1);
      expect(step('probe').ms).toBeGreaterThanOrEqual(1199);
      expect(step('graphql').ms).toBeGreaterThanOrEqual(step('probe').ms);
      // The access-log write comes after GraphQL's work: the answer waits for it.
      expect(step('access log').atMs).toBeGreaterThanOrEqual(step('graphql').atMs + step('graphql').ms - 1);
      expect(slow.steps.map((s) => s.step)).toEqual(['graphql', 'subjects', 'probe', 'access log']);
    } finally {
      probe.delayMs = 0;
      await watchful.close();
    }
  });

  it('stores the access entry while a slower subgraph is still answering, once for the operation', async () => {
    const token = await developmentToken({ sub: 'officer-early', roles: ['CREDIT_CENTRE'] });
    const entries = async () =>
      (await system
        .subgraph<SubjectsSchema>('subjects')
        .database.db.execute("select operation_name, cardinality(subject_ids)::int as n from subjects.subject_access where caller_id = 'officer-early'")) as unknown as {
        rows: { operation_name: string; n: number }[];
      };
    probe.delayMs = 800;
    try {
      const answer = gateway.query(BOTH, {}, { authorization: `Bearer ${token}`, purpose: 'early%20test' });
      let finished = false;
      void answer.finally(() => (finished = true));
      await sleep(400);
      // The subjects are known from the first fetch: their entry is stored while the probe takes its 800 ms.
      expect(finished).toBe(false);
      expect((await entries()).rows).toEqual([{ operation_name: 'Both', n: 3 }]);
      expect((await answer).errors).toBeUndefined();
      // The probe's fetch sent the same three subjects: no second entry.
      expect((await entries()).rows).toEqual([{ operation_name: 'Both', n: 3 }]);
    } finally {
      probe.delayMs = 0;
    }
  });

  it('reloads the supergraph while requests are in flight, dropping none', async () => {
    const original = readFileSync(supergraphPath, 'utf8');
    const copy = join(mkdtempSync(join(tmpdir(), 'reload-')), 'supergraph.graphql');
    copyFileSync(supergraphPath, copy);
    const reloading = await startGateway({
      supergraphPath: copy,
      subgraphUrls: { subjects: system.subgraphs.subjects!.url, probe: probe.url },
      rateLimits: { windowMs: 60_000, perCaller: 100_000, perPublicAddress: 100_000 },
    });
    probe.delayMs = 40; // every request spends time inside the probe, so reloads land mid-request
    const results: { status: number; errors?: unknown[] }[] = [];
    let running = true;
    const client = async () => {
      while (running) results.push(await reloading.query(BOTH));
    };
    const clients = Array.from({ length: 6 }, client);
    const version = async () =>
      ((await reloading.query(`{ __type(name: "Subject") { fields { name description } } }`)).data!.__type.fields as { name: string; description: string }[])
        .find((field) => field.name === 'probeNote')!.description;
    try {
      for (let round = 1; round <= 4; round++) {
        writeFileSync(copy, original.replace('Answered by the probe subgraph after its current delay.', `Version ${round} of the probe note.`));
        for (let attempt = 0; attempt < 50 && (await version()) !== `Version ${round} of the probe note.`; attempt++) await sleep(100);
        expect(await version()).toBe(`Version ${round} of the probe note.`);
      }
    } finally {
      running = false;
      await Promise.all(clients);
      probe.delayMs = 0;
      await reloading.close();
    }
    expect(reloading.logs.filter((line) => line.msg === 'supergraph reloaded').length).toBe(4);
    expect(results.length).toBeGreaterThan(20);
    const failed = results.filter((result) => result.status !== 200 || result.errors);
    expect(failed).toEqual([]);
  });

  it('reports not ready while draining', async () => {
    const draining = await startGateway({ supergraphPath, subgraphUrls: { subjects: system.subgraphs.subjects!.url, probe: probe.url } });
    try {
      expect((await fetch(`${draining.baseUrl}/ready`)).status).toBe(200);
      draining.handle.drain();
      const response = await fetch(`${draining.baseUrl}/ready`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { reasons: string[] }).reasons).toEqual(['the gateway is shutting down']);
    } finally {
      await draining.close();
    }
  });
});
