import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { startSystem, SUPERGRAPH, type RunningSystem } from './system';

/** Every registered subgraph in the given state, the others `ok`. */
const healthOf = (states: Record<string, string> = {}) => Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, states[name] ?? 'ok']));
import type { SubjectsSchema } from '@credit/subjects/db';

describe.each(testBackends())('gateway over the subjects subgraph on $name', (backend) => {
  let system: RunningSystem;
  let supergraphPath: string;
  beforeAll(async () => {
    supergraphPath = join(mkdtempSync(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
    copyFileSync(SUPERGRAPH, supergraphPath);
    system = await startSystem(backend, { supergraphPath });
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 100, seed: DEMO_SEED });
  });
  afterAll(() => system?.close());

  /** A department officer's headers: token and purpose (profiles beyond names and codes need both). */
  const officer = async () => ({
    authorization: `Bearer ${await developmentToken({ sub: 'officer-1', dept: 'SCJGJ', roles: ['DEPARTMENT'] })}`,
    purpose: encodeURIComponent('行政许可审查'),
  });

  it('finds a company by name through the gateway', async () => {
    const result = await system.query(`{ searchSubjects(query: "公司", first: 1) { edges { node { id name creditCode kind } } } }`);
    expect(result.errors).toBeUndefined();
    const node = result.data!.searchSubjects.edges[0].node;
    expect(node.name).toContain('公司');
    expect(node.kind).toBe('ENTERPRISE');
  });

  it('returns a profile with relations', async () => {
    const company = demoSubject(DEMO_SEED, 0);
    const result = await system.query(
      `query ($code: String!) { subjectByCode(code: $code) { name legalRepresentative relations { kind subject { name idNumberMasked } } } }`,
      { code: company.code },
      await officer(),
    );
    const profile = result.data!.subjectByCode;
    expect(profile.name).toBe(company.name);
    const representative = profile.relations.find((r: { kind: string }) => r.kind === 'LEGAL_REPRESENTATIVE');
    expect(representative.subject.name).toBe(company.legalRepresentative);
    expect(representative.subject.idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('passes a bad code error through with its code and no stack trace', async () => {
    const result = await system.query(`{ subjectByCode(code: "91350100M000100Y44") { id } }`);
    expect(result.status).toBe(200);
    expect(result.errors![0]!.extensions?.code).toBe('INVALID_CREDIT_CODE');
    expect(result.errors![0]!.message).toContain("check character should be '3'");
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('refuses an invalid token with 401 rather than treating the caller as the public', async () => {
    const result = await system.query(`{ searchSubjects(query: "公司", first: 1) { edges { node { id } } } }`, {}, {
      authorization: 'Bearer not.a.token',
    });
    expect(result.status).toBe(401);
    expect(result.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a development token', async () => {
    const token = await developmentToken({ sub: 'officer-1', dept: 'SCJGJ', roles: ['DEPARTMENT'] });
    const result = await system.query(`{ searchSubjects(query: "公司", first: 1) { edges { node { id } } } }`, {}, {
      authorization: `Bearer ${token}`,
      purpose: 'test',
    });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it('reports health of itself and every subgraph', async () => {
    const response = await fetch(`${system.gatewayUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', subgraphs: healthOf() });
  });

  it('reloads the supergraph when its file changes', async () => {
    const query = `{ searchSubjects(query: "公司", first: 1) { edges { node { legalRepresentative } } } }`;
    const headers = await officer();
    expect((await system.query(query, {}, headers)).errors).toBeUndefined();
    const sdl = readFileSync(supergraphPath, 'utf8');
    const withoutField = sdl.replace(/^\s*(""".*"""\n\s*)?legalRepresentative: String @join__field\(graph: SUBJECTS\)\n/m, '\n');
    expect(withoutField).not.toBe(sdl);
    writeFileSync(supergraphPath, withoutField);
    let errors: { extensions?: Record<string, unknown> }[] | undefined;
    for (let attempt = 0; attempt < 50 && !errors; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      errors = (await system.query(query, {}, headers)).errors;
    }
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    writeFileSync(supergraphPath, sdl);
  });

  it('says which subgraph is down', async () => {
    await system.subgraphs.subjects!.stop();
    const health = await fetch(`${system.gatewayUrl}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'degraded', subgraphs: healthOf({ subjects: 'unavailable' }) });
    const result = await system.query(`{ searchSubjects(query: "公司", first: 1) { edges { node { id } } } }`);
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.errors)).toContain('subjects');
  });
});
