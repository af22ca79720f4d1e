import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { startGateway } from './gateway';
import { startSystem, SUPERGRAPH, type RunningSystem } from './system';
import type { SubjectsSchema } from '@credit/subjects/db';

/** `relations { subject { ... } }` nested `levels` times around `inner`. */
function nestedRelations(levels: number, inner = 'id'): string {
  let selection = inner;
  for (let level = 0; level < levels; level++) selection = `relations { subject { ${selection} } }`;
  return selection;
}

describe.each(testBackends())('limits on abusive queries on $name', (backend) => {
  let system: RunningSystem;
  const company = demoSubject(DEMO_SEED, 0);

  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 50, seed: DEMO_SEED });
  });
  afterAll(() => system?.close());

  /** After each refusal the gateway must still answer an ordinary query. */
  async function expectStillServing() {
    const result = await system.query(`query Ordinary($code: String!) { subjectByCode(code: $code) { id name } }`, { code: company.code });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data!.subjectByCode.name).toBe(company.name);
  }

  it('serves realistic queries within every limit', async () => {
    const centre = { authorization: `Bearer ${await developmentToken({ sub: 'centre-1', roles: ['CREDIT_CENTRE'] })}`, purpose: 'limits%20test' };
    const profile = await system.query(
      `query Profile($code: String!) { subjectByCode(code: $code) { id name kind ${nestedRelations(3, 'id name kind')} } }`,
      { code: company.code },
      centre,
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.subjectByCode.relations.length).toBeGreaterThan(0);
    const page = await system.query(
      `query Page { searchSubjects(query: "公司", first: 100) { edges { cursor node { id name kind creditCode } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.searchSubjects.edges.length).toBeGreaterThan(0);
  });

  it('refuses a query nested too deep', async () => {
    const result = await system.query(`{ subjectByCode(code: "${company.code}") { ${nestedRelations(6)} } }`);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
    expect(result.errors![0]!.message).toMatch(/depth limit of 10 exceeded, found \d+/);
    await expectStillServing();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `s${i}: subjectByCode(code: "${company.code}") { id }`).join(' ');
    const result = await system.query(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });
    expect(result.errors![0]!.message).toMatch(/Aliases limit of 20 exceeded, found 21/);
    await expectStillServing();
  });

  it('refuses too many directives', async () => {
    const result = await system.query(`{ __typename ${'@include(if: true) '.repeat(21)} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ limit: 'directives' });
    expect(result.errors![0]!.message).toMatch(/Directives limit of 20 exceeded, found 21/);
    await expectStillServing();
  });

  it('refuses a document with too many tokens before parsing it all', async () => {
    const result = await system.query(`{ ${'__typename '.repeat(3001)} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors![0]!.message).toMatch(/more th\w+ 3000 tokens/);
    await expectStillServing();
  });

  it('refuses a query that costs too much, however it is written', async () => {
    const spreads = '...Card '.repeat(60);
    const result = await system.query(
      `query Costly { searchSubjects(query: "公司", first: 100) { edges { node { ${spreads} } } } } fragment Card on Subject { id name kind creditCode status }`,
    );
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(result.errors![0]!.message).toMatch(/Query Cost limit of 100000 exceeded, found [\d.]+\. Page sizes such as `first` multiply/);
    await expectStillServing();
  });

  it('refuses a page size above the gateway maximum, inline or in a variable', async () => {
    // Inline, graphql-armor's cost (which multiplies by literal page sizes) refuses it first.
    const inline = await system.query(`{ searchSubjects(query: "公司", first: 100000) { edges { node { id } } } }`);
    expect(inline.status).toBe(400);
    expect(inline.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(inline.errors![0]!.message).toContain('ask for smaller pages');

    const variable = await system.query(`query ($n: Int!) { searchSubjects(query: "公司", first: $n) { edges { node { id } } } }`, { n: 1e6 });
    expect(variable.status).toBe(400);
    expect(variable.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'listArguments', maximum: 500 });
    expect(variable.errors![0]!.message).toContain('`first: 1000000` on Query.searchSubjects');
    await expectStillServing();
  });

  it('refuses a list argument with too many items', async () => {
    const codes = Array.from({ length: 5001 }, (_, i) => demoSubject(DEMO_SEED, i % 50).code);
    const result = await system.query(`query ($codes: [String!]!) { subjectsByCodes(codes: $codes) { id } }`, { codes });
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 5000 });
    expect(result.errors![0]!.message).toContain('`codes` on Query.subjectsByCodes has 5001 items');
    await expectStillServing();
  });

  it('refuses nested pages that multiply into too many items, and says where', async () => {
    const result = await system.query(
      `query ($a: Int!, $b: Int!) { searchSubjects(query: "公司", first: $a) { edges { node { relatedSubjects(depth: 3, first: $b) { subject { id } } } } } }`,
      { a: 100, b: 500 },
    );
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', items: 50000, maximum: 20000 });
    expect(result.errors![0]!.message).toContain('searchSubjects (×100) › edges › node › relatedSubjects (×500)');

    const codes = Array.from({ length: 1000 }, (_, i) => demoSubject(DEMO_SEED, i % 50).code);
    const fanned = await system.query(`query ($codes: [String!]!) { subjectsByCodes(codes: $codes) { relatedSubjects { id: subject { id } } } }`, { codes });
    expect(fanned.status).toBe(400);
    expect(fanned.errors![0]!.message).toContain('up to 100000 items');
    await expectStillServing();
  });

  it('refuses a batched array of operations with a clear error', async () => {
    const response = await fetch(system.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BATCHING_NOT_SUPPORTED');
    expect(body.errors[0]!.message).toContain('one operation per request');
    await expectStillServing();
  });

  it('refuses a body above the size limit with 413 and a JSON error', async () => {
    const codes = Array.from({ length: 200_000 }, (_, i) => `code-${i}`);
    const body = JSON.stringify({ query: 'query ($codes: [String!]!) { subjectsByCodes(codes: $codes) { id } }', variables: { codes } });
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const response = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/json');
    const json = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(json.errors[0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 2 * 1024 * 1024 });
    expect(json.errors[0]!.message).toContain(`is ${body.length} bytes`);
    await expectStillServing();
  });

  it('answers a body that is not JSON with 400 and a JSON error', async () => {
    const response = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(json.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0]!.message).toContain('not valid JSON');
    await expectStillServing();
  });

  it('limits each caller, and each address without a token, with 429 and Retry-After', async () => {
    const limited = await startGateway({
      supergraphPath: SUPERGRAPH,
      subgraphUrls: { subjects: system.subgraphs.subjects!.url },
      rateLimits: { windowMs: 60_000, perCaller: 4, perPublicAddress: 2 },
    });
    try {
      const query = `{ searchSubjects(query: "公司", first: 1) { edges { node { id } } } }`;
      for (let i = 0; i < 2; i++) expect((await limited.query(query)).status).toBe(200);
      const response = await fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
      expect(body.errors[0]!.message).toContain('this address without a token may send 2 per 60 s');

      // A verified caller has its own budget, separate from the address and from other callers.
      const officer = { authorization: `Bearer ${await developmentToken({ sub: 'officer-1', roles: ['ANALYST'] })}`, purpose: 'test' };
      const other = { authorization: `Bearer ${await developmentToken({ sub: 'officer-2', roles: ['ANALYST'] })}`, purpose: 'test' };
      for (let i = 0; i < 4; i++) expect((await limited.query(query, {}, officer)).status).toBe(200);
      const refused = await limited.query(query, {}, officer);
      expect(refused.status).toBe(429);
      expect(refused.errors![0]!.message).toContain('this caller may send 4 per 60 s');
      expect((await limited.query(query, {}, other)).status).toBe(200);

      // Metrics count the refusals.
      const metrics = await (await fetch(`${limited.baseUrl}/metrics`)).text();
      expect(metrics).toContain('gateway_requests_total{operation="rejected",status="429"} 2');
      expect(metrics).toContain('gateway_errors_total{operation="rejected",code="RATE_LIMITED"} 2');
    } finally {
      await limited.close();
    }
  });

  it('counts callers without a token by their address, as forwarded by a trusted proxy', async () => {
    const behindProxy = await startGateway({
      supergraphPath: SUPERGRAPH,
      subgraphUrls: { subjects: system.subgraphs.subjects!.url },
      trustProxyHops: 1,
      rateLimits: { windowMs: 60_000, perCaller: 10, perPublicAddress: 1 },
    });
    try {
      const query = `{ __typename }`;
      expect((await behindProxy.query(query, {}, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
      expect((await behindProxy.query(query, {}, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
      expect((await behindProxy.query(query, {}, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});
