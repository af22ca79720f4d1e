import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from './system';

const company = demoSubject(DEMO_SEED, 0);

const PROFILE = `query Profile($code: String!) {
  subjectByCode(code: $code) { id name creditCode status legalRepresentative recordSummary { total } }
}`;
const SEARCH = `{ searchSubjects(query: "公司", first: 5) { edges { node { name status recordSummary { total } } } pageInfo { hasNextPage } } }`;

describe.each(testBackends())('a profile with the records subgraph stopped, on $name', (backend) => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(backend, { gateway: { subgraphTimeoutMs: 2000 } });
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
  });
  afterAll(() => system?.close());

  it("answers with the subject's own fields and a SUBGRAPH_UNAVAILABLE error naming records", async () => {
    const healthy = await system.query(PROFILE, { code: company.code });
    expect(healthy.errors).toBeUndefined();
    expect(healthy.data!.subjectByCode.recordSummary).toEqual({ total: 0 });

    await system.subgraph('records').stop();
    const result = await system.query(PROFILE, { code: company.code });
    expect(result.status).toBe(200);
    expect(result.data!.subjectByCode).toEqual({
      id: company.id,
      name: company.name,
      creditCode: company.code,
      status: company.status,
      legalRepresentative: company.legalRepresentative,
      recordSummary: null,
    });
    const unavailable = (result.errors ?? []).filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]!.extensions!.subgraph).toBe('records');
    expect(unavailable[0]!.message).toContain('records');

    // A page of subjects keeps its subjects too.
    const page = await system.query(SEARCH);
    expect(page.data!.searchSubjects.edges.length).toBeGreaterThan(0);
    for (const edge of page.data!.searchSubjects.edges) {
      expect(edge.node.name).toBeTruthy();
      expect(edge.node.recordSummary).toBeNull();
    }
    expect(page.errors!.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'records')).toBe(true);
  });
});
