/**
 * Persisted operations: automatic persisted queries, a manifest whose operations any client may
 * send by id, and front ends held to the manifest (SAFELIST_CALLERS).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/env';
import { developmentToken } from '../src/identity';
import { loadManifest, sha256 } from '../src/persisted';
import { startSystem, type RunningSystem } from './system';

const company = demoSubject(DEMO_SEED, 0);
const REGISTERED = 'query PortalName($id: ID!) { subject(id: $id) { name } }';
const AD_HOC = 'query AdHoc($id: ID!) { subject(id: $id) { name creditCode } }';

function manifestFile(operations: { id: string; name: string; body: string }[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.json');
  writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: operations.map((o) => ({ ...o, type: 'query' })) }));
  return file;
}

describe.each(testBackends())('persisted operations on $name', (backend) => {
  let system: RunningSystem;
  let portal: Record<string, string>;
  let officer: Record<string, string>;
  beforeAll(async () => {
    const file = manifestFile([{ id: sha256(REGISTERED), name: 'PortalName', body: REGISTERED }]);
    system = await startSystem(backend, {
      gateway: { performance: { ...loadConfig({}).performance, persistedOperationsFile: file, safelistCallers: ['approval-portal'] } },
    });
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 10, seed: DEMO_SEED });
    const headers = async (sub: string) => ({
      authorization: `Bearer ${await developmentToken({ sub, dept: 'SCJGJ', roles: ['DEPARTMENT'] })}`,
      purpose: 'review',
      'content-type': 'application/json',
    });
    portal = await headers('approval-portal');
    officer = await headers('officer-1');
  });
  afterAll(() => system?.close());

  const post = async (body: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await fetch(system.url, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }) };
  };
  const byHash = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

  it('answers a manifest operation sent by its id alone', async () => {
    const result = await post({ ...byHash(REGISTERED), variables: { id: company.id } }, officer);
    expect(result.errors).toBeUndefined();
    expect(result.data.subject.name).toBe(company.name);
  });

  it('keeps automatic persisted queries: an unknown hash first, then the text once, then the hash alone', async () => {
    const query = `query Apq${Date.now()}($id: ID!) { subject(id: $id) { name } }`;
    const miss = await post({ ...byHash(query), variables: { id: company.id } }, officer);
    expect(miss.errors![0]!.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ ...byHash(query), query, variables: { id: company.id } }, officer)).data.subject.name).toBe(company.name);
    expect((await post({ ...byHash(query), variables: { id: company.id } }, officer)).data.subject.name).toBe(company.name);
  });

  it('holds a safelisted front end to the manifest, by text, by id and over GET', async () => {
    const refused = await post({ query: AD_HOC, variables: { id: company.id } }, portal);
    expect(refused.status).toBe(403);
    expect(refused.errors![0]!.extensions?.code).toBe('OPERATION_NOT_IN_SAFELIST');
    expect(refused.data).toBeUndefined();
    const unknownHash = await post({ ...byHash(AD_HOC), variables: { id: company.id } }, portal);
    expect(unknownHash.status).toBe(403);
    const params = new URLSearchParams({ query: AD_HOC, variables: JSON.stringify({ id: company.id }) });
    const overGet = await fetch(`${system.url}?${params}`, { headers: { ...portal, 'apollo-require-preflight': 'true' } });
    expect(overGet.status).toBe(403);

    expect((await post({ query: REGISTERED, variables: { id: company.id } }, portal)).data.subject.name).toBe(company.name);
    expect((await post({ ...byHash(REGISTERED), variables: { id: company.id } }, portal)).data.subject.name).toBe(company.name);
  });

  it('lets other callers send their own operations', async () => {
    const result = await post({ query: AD_HOC, variables: { id: company.id } }, officer);
    expect(result.errors).toBeUndefined();
    expect(result.data.subject.creditCode).toBe(company.code);
  });

  it('refuses a manifest whose ids are not the hashes of their operations', () => {
    expect(() => loadManifest(manifestFile([{ id: sha256('query Other { __typename }'), name: 'X', body: REGISTERED }]))).toThrow(/not the SHA-256/);
  });
});
