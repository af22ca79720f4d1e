import { testBackends } from '@credit/db/testing';
import { DEMO_SEED } from '@credit/demo-data';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { developmentSubgraphSecret, subgraphSecret } from '@credit/http';
import { loadConfig } from '../src/env';
import { productionKeys, startGateway, type TestGateway } from './gateway';
import { composeWithProbe, LEAKY_ID_NUMBER, startProbe, type Probe } from './probe';
import { startSystem, type RunningSystem } from './system';
import type { SubjectsSchema } from '@credit/subjects/db';

const keys = await productionKeys();

const bearer = async (sub: string, roles: ('DEPARTMENT' | 'ANALYST' | 'CREDIT_CENTRE')[], dept?: string) => ({
  authorization: `Bearer ${await keys.sign({ sub, roles, dept })}`,
  purpose: 'production%20mode%20test',
});

describe.each(testBackends())('production mode on $name', (backend) => {
  let system: RunningSystem;
  let probe: Probe;
  let production: TestGateway;
  let development: TestGateway;

  beforeAll(async () => {
    system = await startSystem(backend, { secrets: keys.secrets });
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
    probe = await startProbe(keys.secrets.probe);
    const supergraphPath = composeWithProbe(probe.url);
    const subgraphUrls = { subjects: system.subgraphs.subjects!.url, probe: probe.url };
    const secured = { tokenKeys: keys.tokenKeys, secretFor: keys.secretFor };
    production = await startGateway({ supergraphPath, subgraphUrls, mode: 'production', ...secured });
    development = await startGateway({ supergraphPath, subgraphUrls, mode: 'development', ...secured });
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
    await probe?.stop();
    await system?.close();
  });

  it('lets only analysts introspect the schema', async () => {
    const introspection = `{ __schema { queryType { name } } }`;
    const publicResult = await production.query(introspection);
    expect(publicResult.status).toBe(403);
    expect(publicResult.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(publicResult.errors![0]!.message).toContain('analysts only');
    const typeResult = await production.query(`{ __type(name: "Subject") { name } }`, {}, await bearer('officer-1', ['DEPARTMENT'], 'SCJGJ'));
    expect(typeResult.status).toBe(403);
    const centre = await production.query(introspection, {}, await bearer('centre-1', ['CREDIT_CENTRE']));
    expect(centre.status).toBe(403);

    const analyst = await production.query(introspection, {}, await bearer('analyst-1', ['ANALYST']));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // The same document, now cached as valid, stays closed to the public.
    expect((await production.query(introspection)).status).toBe(403);
    // __typename is not introspection of the schema.
    expect((await production.query(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    // Development mode introspects for everyone.
    expect((await development.query(introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no field suggestions', async () => {
    const typo = `{ searchSubjects(query: "公司", first: 1) { edges { node { nme } } } }`;
    const result = await production.query(typo);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.message).toContain('Cannot query field "nme" on type "Subject"');
    expect(result.errors![0]!.message).not.toContain('Did you mean');
    expect(result.errors![0]!.message).not.toContain('"name"');
    expect((await development.query(typo)).errors![0]!.message).toContain('Did you mean "name"');
  });

  it('masks an internal error with a request id that the logs carry', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ probe probeFailure }' }),
    });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[\w-]{36}$/);
    const text = await response.text();
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain(LEAKY_ID_NUMBER);
    expect(text).not.toContain('records-db');
    expect(text).not.toMatch(/stacktrace|\.ts:\d+/);
    const body = JSON.parse(text) as { data: Record<string, unknown>; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.data).toEqual({ probe: 'ok', probeFailure: null });
    expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(body.errors[0]!.message).toBe(`Internal error: the platform operators can trace it by request id ${requestId}`);

    const logged = production.logs.filter((line) => line.requestId === requestId);
    const internal = logged.find((line) => line.msg === 'internal error');
    expect(JSON.stringify(internal)).toContain('connection to records-db failed');
    expect(JSON.stringify(internal)).toContain('110101********4518');
    expect(JSON.stringify(production.logs)).not.toContain(LEAKY_ID_NUMBER);
    expect(logged.find((line) => /^(slow )?request$/.test(String(line.msg)))).toMatchObject({ status: 200, errors: ['INTERNAL_SERVER_ERROR'] });
  });

  it('passes errors with a known code through unchanged', async () => {
    const forbidden = await production.query(`{ probeForbidden }`);
    expect(forbidden.errors![0]!.message).toBe('Your role may not read the probe');
    expect(forbidden.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    const badCode = await production.query(`{ subjectByCode(code: "91350100M000100Y44") { id } }`);
    expect(badCode.errors![0]!.extensions?.code).toBe('INVALID_CREDIT_CODE');
    expect(badCode.errors![0]!.message).toContain("check character should be '3'");
    const badInput = await production.query(`{ searchSubjects(query: "公司", first: 101) { edges { node { id } } } }`);
    expect(badInput.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badInput.errors![0]!.message).toContain('`first` must be between 1 and 100');
    expect(JSON.stringify([forbidden, badCode, badInput])).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('masks, in development too, an internal message that carries a password or SQL, with the request id', async () => {
    const result = await development.query('{ probeFailure }');
    expect(result.errors![0]!.message).not.toContain('hunter2');
    expect(result.errors![0]!.message).toContain('request id');
    expect(result.errors![0]!.extensions?.requestId).toMatch(/^[\w-]{36}$/);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace/);
  });

  it('hole 4: refuses the development key and secrets in production mode, whichever setting says so', async () => {
    const settings = { supergraphPath: composeWithProbe(probe.url), subgraphUrls: { subjects: system.subgraphs.subjects!.url, probe: probe.url } };
    await expect(startGateway({ ...settings, mode: 'production' })).rejects.toThrow(/development token key/);
    await expect(startGateway({ ...settings, mode: 'production', tokenKeys: keys.tokenKeys })).rejects.toThrow(/development secret/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_JWKS_FILE/);
    expect(() => loadConfig({ GATEWAY_MODE: 'production' })).toThrow(/JWT_JWKS_FILE/);
    expect(() => subgraphSecret('subjects', { GATEWAY_MODE: 'production' })).toThrow(/GATEWAY_SECRET_SUBJECTS/);
    expect(() => subgraphSecret('subjects', { NODE_ENV: 'production', GATEWAY_SECRET_SUBJECTS: developmentSubgraphSecret('subjects') })).toThrow(/development secret/);
    // A development token is refused by a gateway that trusts only the production key set.
    const devToken = await developmentToken({ sub: 'centre-1', roles: ['CREDIT_CENTRE'] });
    const refused = await production.query(`{ __typename }`, {}, { authorization: `Bearer ${devToken}` });
    expect(refused.status).toBe(401);
  });
});
