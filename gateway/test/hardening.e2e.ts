/** Regression tests of issue 8's holes that need a whole system: limits, backfilled records, outbound traffic, tokens, metrics. */
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED } from '@credit/demo-data';
import type { Role } from '@credit/http';
import { seedSubjects } from '@credit/subjects/seed';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penalty } from '../../subgraphs/records/test/fixtures';
import { createAuthenticator, DEVELOPMENT_KEY, developmentToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../src/identity';
import { mayReadMetrics } from '../src/metrics';
import { startSystem, type RunningSystem } from './system';

const bearer = async (sub: string, roles: Role[], dept?: string, purpose = '报送与核查') => ({
  authorization: `Bearer ${await developmentToken({ sub, roles, dept })}`,
  purpose: encodeURIComponent(purpose),
});

const SUBMIT = `mutation Submit($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { created rejected results { error { code field } record { id } } } }`;

describe('hole 5: token lifetimes', () => {
  const sign = (build: (t: SignJWT) => SignJWT) =>
    build(new SignJWT({ roles: ['CREDIT_CENTRE'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('c').setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE)).sign(DEVELOPMENT_KEY);

  it('refuses a token without exp, and one living longer than the configured maximum', async () => {
    const authenticate = createAuthenticator({ secret: DEVELOPMENT_KEY }, 12 * 3600);
    await expect(authenticate(`Bearer ${await sign((t) => t.setIssuedAt())}`, null)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(authenticate(`Bearer ${await sign((t) => t.setIssuedAt().setExpirationTime('13h'))}`, null)).rejects.toThrow(/at most 43200 s/);
    await expect(authenticate(`Bearer ${await sign((t) => t.setIssuedAt().setExpirationTime('11h'))}`, null)).resolves.toMatchObject({ id: 'c' });
    const longer = createAuthenticator({ secret: DEVELOPMENT_KEY }, 24 * 3600);
    await expect(longer(`Bearer ${await sign((t) => t.setIssuedAt().setExpirationTime('13h'))}`, null)).resolves.toMatchObject({ id: 'c' });
  });
});

describe('hole 7: /metrics for operators only', () => {
  const req = (address: string, authorization?: string) => ({
    socket: { remoteAddress: address },
    get: (name: string) => (name.toLowerCase() === 'authorization' ? authorization : undefined),
  }) as never;

  it('answers loopback addresses, or the metrics token, and nobody else', () => {
    expect(mayReadMetrics(req('127.0.0.1'), {})).toBe(true);
    expect(mayReadMetrics(req('::ffff:127.0.0.1'), {})).toBe(true);
    expect(mayReadMetrics(req('10.1.2.3'), {})).toBe(false);
    expect(mayReadMetrics(req('10.1.2.3', 'Bearer metrics-token-0123456789'), { token: 'metrics-token-0123456789' })).toBe(true);
    expect(mayReadMetrics(req('10.1.2.3', 'Bearer wrong-token-00000000000'), { token: 'metrics-token-0123456789' })).toBe(false);
    expect(mayReadMetrics(req('127.0.0.1'), { token: 'metrics-token-0123456789', access: 'token' })).toBe(false);
  });
});

describe('hole 10: the gateway never reports to Apollo', () => {
  it('main.ts disables telemetry before anything else loads', () => {
    const main = readFileSync(new URL('../src/main.ts', import.meta.url), 'utf8');
    expect(main.split('\n')[0]).toBe("import './telemetry';");
    const telemetry = readFileSync(new URL('../src/telemetry.ts', import.meta.url), 'utf8');
    expect(telemetry).toContain("process.env.APOLLO_TELEMETRY_DISABLED = '1'");
  });
});

describe.each(testBackends())('issue 8 regressions through the gateway on $name', (backend) => {
  let system: RunningSystem;
  const destinations: string[] = [];
  const connect = net.Socket.prototype.connect;

  beforeAll(async () => {
    // Hole 10: a gateway built with an Apollo key in its environment opens no connection but to its subgraphs.
    process.env.APOLLO_KEY = 'service:credit-platform:not-a-real-key';
    process.env.APOLLO_GRAPH_REF = 'credit-platform@current';
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const first = args[0] as { host?: string; path?: string } | number;
      const host = typeof first === 'object' ? (first.host ?? first.path ?? 'localhost') : String(args[1] ?? 'localhost');
      destinations.push(host);
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
    system = await startSystem(backend, { gateway: { metrics: { token: undefined, access: 'loopback', maxOperations: 10 } } });
    await seedSubjects(system.subgraphs.subjects!.database.db as never, { count: 150, seed: DEMO_SEED });
  });
  afterAll(async () => {
    await system?.close();
    net.Socket.prototype.connect = connect;
    delete process.env.APOLLO_KEY;
    delete process.env.APOLLO_GRAPH_REF;
  });

  it('hole 10: built with APOLLO_KEY set, the gateway installs no reporting and connects nowhere but its configuration', async () => {
    const result = await system.query(`{ searchSubjects(query: "公司", first: 2) { edges { node { name } } } }`);
    expect(result.errors).toBeUndefined();
    const plugins = (system.gateway.server as unknown as { internals: { plugins: { __internal_plugin_id__?: string; __is_disabled_plugin__?: boolean }[] } }).internals.plugins;
    const reporting = plugins.filter((p) => ['UsageReporting', 'SchemaReporting'].includes(p.__internal_plugin_id__ ?? ''));
    expect(reporting.length).toBeGreaterThan(0);
    expect(reporting.every((p) => p.__is_disabled_plugin__)).toBe(true);
    expect(destinations.filter((host) => !['127.0.0.1', 'localhost', '::1'].includes(host) && !host.startsWith('/'))).toEqual([]);
  });

  it('hole 7: takes 5,000 typical records in one submitRecords through the gateway, as the README says', async () => {
    const rows = Array.from({ length: 5000 }, (_, n) => penalty(n, { documentNumber: `榕市监罚〔2026〕B${n}号` }));
    const body = JSON.stringify({ query: SUBMIT, variables: { batch: { records: rows } } });
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const result = await system.query(SUBMIT, { batch: { records: rows } }, await bearer('officer-scjg', ['DEPARTMENT'], 'SCJGJ'));
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitRecords).toMatchObject({ created: 5000, rejected: 0 });
  }, 120_000);

  it('hole 8: a backfilled record whose publicity period ended before it came is not published, and compliance counts it', async () => {
    const minor = penalty(7, {
      documentNumber: '榕市监罚〔2025〕补录1号',
      decisionDate: '2025-03-03',
      penaltyCategories: ['FINE'],
      penaltyContent: '罚款0.1万元',
      fineAmount: 0.1,
      confiscatedAmount: null,
    });
    const officer = await bearer('officer-scjg', ['DEPARTMENT'], 'SCJGJ');
    const submitted = await system.query(SUBMIT, { batch: { records: [minor] } }, officer);
    expect(submitted.data!.submitRecords.results[0].error).toBeNull();
    const id = submitted.data!.submitRecords.results[0].record.id;
    const read = await system.query(
      `query ($id: ID!) { creditRecord(id: $id) { publishedAt publicity { status publishFrom publishUntil } } }`,
      { id },
      officer,
    );
    const record = read.data!.creditRecord;
    expect(record.publicity.publishUntil < new Date().toISOString().slice(0, 10)).toBe(true);
    expect(record).toMatchObject({ publishedAt: null, publicity: { status: 'NOT_PUBLISHED', publishFrom: null } });
    expect(JSON.stringify(await system.query(`query ($id: ID!) { creditRecord(id: $id) { id } }`, { id }))).toContain('"creditRecord":null');
    const compliance = await system.query(`{ publicityCompliance(from: "2025-03-01", to: "2025-03-31") { department records publishedOnTime } }`, {}, officer);
    expect(compliance.data!.publicityCompliance).toEqual([{ department: 'SCJGJ', records: 1, publishedOnTime: 0 }]);
  });

  it('hole 7: the operation label of the metrics stays bounded whatever names clients make up', async () => {
    for (let i = 0; i < 30; i++) await system.query(`query Made${i} { __typename }`);
    await system.query(`query ${'X'.repeat(100)} { __typename }`);
    await system.query(`query A { __typename } query B { __typename }`);
    const text = await (await fetch(`${system.gatewayUrl}/metrics`)).text();
    const labels = new Set([...text.matchAll(/gateway_requests_total\{operation="([^"]*)"/g)].map((m) => m[1]));
    expect(labels.size).toBeLessThanOrEqual(10 + 4);
    expect(labels.has('other')).toBe(true);
    expect([...labels].some((l) => l!.length > 64)).toBe(false);
  });
});
