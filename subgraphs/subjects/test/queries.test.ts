import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSubjects } from '../src/seed';
import { startSubjects, type RunningSubjects } from './harness';

const POPULATION = 300;
const demo = Array.from({ length: POPULATION }, (_, i) => demoSubject(DEMO_SEED, i));

describe.each(testBackends())('subjects queries on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: POPULATION, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  describe('subjectByCode', () => {
    it('finds an organisation by its credit code, in any case', async () => {
      const company = demo[0]!;
      const result = await subjects.query(`query ($code: String!) { subjectByCode(code: $code) { id name kind creditCode } }`, {
        code: company.code.toLowerCase(),
      });
      expect(result.data?.subjectByCode).toEqual({ id: company.id, name: company.name, kind: 'ENTERPRISE', creditCode: company.code });
    });

    it('finds a person by ID number and shows it masked only', async () => {
      const person = demo[6]!;
      const result = await subjects.query(`query ($code: String!) { subjectByCode(code: $code) { name creditCode idNumberMasked } }`, {
        code: person.code,
      });
      expect(result.data?.subjectByCode).toEqual({
        name: person.name,
        creditCode: null,
        idNumberMasked: `${person.code.slice(0, 6)}********${person.code.slice(14)}`,
      });
    });

    it('answers a wrong check character with INVALID_CREDIT_CODE and no stack trace', async () => {
      const result = await subjects.query(`{ subjectByCode(code: "91350100M000100Y44") { id } }`);
      expect(result.status).toBe(200);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.message).toBe("Invalid 统一社会信用代码: check character should be '3', got '4'");
      expect(result.errors![0]!.extensions).toEqual({ code: 'INVALID_CREDIT_CODE' });
    });

    it('answers a malformed ID number with INVALID_ID_NUMBER', async () => {
      const result = await subjects.query(`{ subjectByCode(code: "110105194913310021") { id } }`);
      expect(result.errors![0]!.extensions?.code).toBe('INVALID_ID_NUMBER');
      expect(result.errors![0]!.message).toMatch(/birth date/);
    });

    it('returns null for a valid code nobody registered', async () => {
      const result = await subjects.query(`{ subjectByCode(code: "91350100M000100Y43") { id } }`);
      expect(result).toMatchObject({ data: { subjectByCode: null } });
      expect(result.errors).toBeUndefined();
    });
  });

  describe('searchSubjects', () => {
    const SEARCH = `query ($q: String!, $first: Int, $after: String) {
      searchSubjects(query: $q, first: $first, after: $after) {
        edges { cursor node { id name } }
        pageInfo { hasNextPage endCursor }
      }
    }`;

    it('pages through every match in name order without repeats', async () => {
      const expected = demo.filter((s) => s.name.includes('公司')).map((s) => s.name);
      expect(expected.length).toBeGreaterThan(40);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await subjects.query(SEARCH, { q: '公司', first: 25, after });
        const page: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
          result.data!.searchSubjects;
        seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(expected.length);
      expect([...seen].sort()).toEqual([...expected].sort());
      expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('matches a credit code prefix but never lists people by ID number prefix', async () => {
      const company = demo[0]!;
      const byCode = await subjects.query(SEARCH, { q: company.code.slice(0, 16), first: 10 });
      expect(byCode.data!.searchSubjects.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(company.id);
      const lowerCase = await subjects.query(SEARCH, { q: company.code.slice(0, 10).toLowerCase(), first: 100 });
      expect(lowerCase.data!.searchSubjects.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(company.id);
      const person = demo[6]!;
      const byPrefix = await subjects.query(SEARCH, { q: person.code.slice(0, 12), first: 10 });
      expect(byPrefix.data!.searchSubjects.edges).toEqual([]);
      const byFull = await subjects.query(SEARCH, { q: person.code, first: 10 });
      expect(byFull.data!.searchSubjects.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([person.id]);
    });

    it('treats % and _ as ordinary characters', async () => {
      const result = await subjects.query(SEARCH, { q: '%', first: 10 });
      expect(result.data!.searchSubjects.edges).toEqual([]);
    });

    it('caps the page size and rejects foreign cursors', async () => {
      const big = await subjects.query(SEARCH, { q: '公司', first: 101 });
      expect(big.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      const cursor = await subjects.query(SEARCH, { q: '公司', first: 1, after: 'bm90LWEtY3Vyc29y' });
      expect(cursor.errors![0]!.extensions?.code).toBe('INVALID_CURSOR');
    });
  });

  describe('relations', () => {
    const RELATED = `query ($id: ID!, $depth: Int) {
      subject(id: $id) {
        relations { kind subject { id } }
        relatedSubjects(depth: $depth, first: 500) { depth via subject { id } from { id } }
      }
    }`;

    it('lists legal representative and shareholders of a company', async () => {
      const company = demo[0]!;
      const result = await subjects.query(RELATED, { id: company.id, depth: 1 });
      const kinds = result.data!.subject.relations.map((r: { kind: string }) => r.kind);
      expect(kinds).toContain('LEGAL_REPRESENTATIVE');
      expect(kinds.filter((k: string) => k === 'SHAREHOLDER')).toHaveLength(2);
    });

    it('walks up to three levels, each subject once, never back to the start', async () => {
      const company = demo[0]!;
      const levels = await Promise.all(
        [1, 2, 3].map(async (depth) => (await subjects.query(RELATED, { id: company.id, depth })).data!.subject.relatedSubjects),
      );
      for (const [i, related] of levels.entries()) {
        const ids = related.map((r: { subject: { id: string } }) => r.subject.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).not.toContain(company.id);
        expect(Math.max(...related.map((r: { depth: number }) => r.depth))).toBeLessThanOrEqual(i + 1);
      }
      expect(levels[2]!.length).toBeGreaterThan(levels[0]!.length);
      const reachedAtTwo = levels[1]!.filter((r: { depth: number }) => r.depth === 2);
      expect(reachedAtTwo.length).toBeGreaterThan(0);
      const firstLevelIds = new Set(levels[1]!.filter((r: { depth: number }) => r.depth === 1).map((r: { subject: { id: string } }) => r.subject.id));
      for (const r of reachedAtTwo) expect(firstLevelIds.has(r.from.id)).toBe(true);
    });

    it('refuses a depth beyond 3', async () => {
      const result = await subjects.query(RELATED, { id: demo[0]!.id, depth: 4 });
      expect(result.errors![0]!.message).toMatch(/depth.*between 1 and 3/);
    });
  });
});

describe.each(testBackends())('subjectsByCodes on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: 50, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  it('answers in the order asked, null for unknown and malformed codes, with one query', async () => {
    const codes = [demo[3]!.code, '91350100M000100Y43', 'bad', demo[7]!.code.toLowerCase(), demo[3]!.code];
    const before = subjects.database.queries.count;
    const result = await subjects.query(`query ($codes: [String!]!) { subjectsByCodes(codes: $codes) { id } }`, { codes });
    expect(result.data!.subjectsByCodes).toEqual([{ id: demo[3]!.id }, null, null, { id: demo[7]!.id }, { id: demo[3]!.id }]);
    expect(subjects.database.queries.count - before).toBe(1);
  });
});
