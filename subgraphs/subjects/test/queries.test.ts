import { queryRows } from '@credit/db';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjects as subjectTable } from '../src/db/schema';
import { nameContains, searchSubjects } from '../src/search';
import { seedSubjects } from '../src/seed';
import { startSubjects, type RunningSubjects } from './harness';

const POPULATION = 300;
const demo = Array.from({ length: POPULATION }, (_, i) => demoSubject(DEMO_SEED, i));

/**
 * Names the demo population has not, for the corners of the name search: repeated characters,
 * `like`'s own characters (`%`, `_`, `\`), Latin beside Chinese, a character outside the BMP, a
 * one-character name (no two-character part). None holds 公司, which the paging test counts.
 */
const ODD_NAMES = [
  '张张', '张张张', '小张张', '张张李张张', '张',
  '100%纯净水商行', '百分%%之百', 'a_b科技', 'axb科技', '_下划线_', 'A\\B贸易', 'C:\\%工作室',
  'ABC科技商行', 'abc贸易', 'IBM中国研究院', 'Hello World咨询', '𠮷野家餐饮', '李四光',
];
const odd = ODD_NAMES.map((name, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  code: `TEST-NAME-${i}`,
  codeType: 'CREDIT_CODE' as const,
  kind: 'ENTERPRISE' as const,
  name,
}));

describe.each(testBackends())('subjects queries on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: POPULATION, seed: DEMO_SEED });
    await subjects.database.db.insert(subjectTable).values(odd);
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
      const names = async (q: string) =>
        (await subjects.query(SEARCH, { q, first: 10 })).data!.searchSubjects.edges.map((e: { node: { name: string } }) => e.node.name).sort();
      expect(await names('%')).toEqual(['100%纯净水商行', 'C:\\%工作室', '百分%%之百'].sort());
      expect(await names('%%')).toEqual(['百分%%之百']);
      expect(await names('a_b')).toEqual(['a_b科技']);
      expect(await names('\\%')).toEqual(['C:\\%工作室']);
    });

    describe('finds what `like` finds, in name order, whichever index the plan reads', () => {
      const QUERIES = [
        // two characters and more, through the bigram index when the planner picks it
        '公司', '有限', '明德', '秀兰', '有限公司', '张张', '张张张', '李四光', '四光', '无此名称',
        // like's own characters, as themselves
        '%', '%%', '0%纯', '_', 'a_b', '_下', '\\', 'A\\B', '\\%',
        // Latin and Chinese side by side; case matters as in like
        'C科', 'IBM', 'BM中国', 'abc', 'o W',
        // one character: no two-character part, the name order only
        '德', '张',
        // a character outside the BMP: one character to PostgreSQL, two UTF-16 units to JavaScript
        '𠮷', '𠮷野',
      ];
      const everyone = [...demo.map(({ id, name }) => ({ id, name })), ...odd];
      /** Each plan the search can take, forced: the planner picks among them by the fragment's statistics. */
      const PLANS: Record<string, string[]> = {
        'the bigram index': ['enable_seqscan = off', 'enable_indexscan = off'],
        'the name order': ['enable_seqscan = off', 'enable_bitmapscan = off'],
      };
      let rank: Map<string, number>;
      beforeAll(async () => {
        // The database's order of names (its collation), which the pages follow.
        const rows = await queryRows<{ id: string }>(subjects.database.db, sql`select id from ${subjectTable} order by name, id`);
        rank = new Map(rows.map((row, i) => [row.id, i]));
      });
      const expected = (q: string) =>
        everyone.filter((s) => s.name.includes(q)).map((s) => s.id).sort((a, b) => rank.get(a)! - rank.get(b)!);

      /** Every page of `q`, `first` at a time, following the cursors. */
      async function allPages(page: (after: string | null) => Promise<{ edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>) {
        const ids: string[] = [];
        let after: string | null = null;
        for (let n = 0; n < 200; n++) {
          const { edges, pageInfo } = await page(after);
          ids.push(...edges.map((e) => e.node.id));
          if (!pageInfo.hasNextPage) return ids;
          after = pageInfo.endCursor;
        }
        throw new Error('more than 200 pages');
      }

      it('has the corners it means to test', () => {
        expect(everyone.filter((s) => s.name.includes('张张')).map((s) => s.name).sort()).toEqual(['小张张', '张张', '张张张', '张张李张张']);
        expect(everyone.filter((s) => s.name.includes('张张张')).map((s) => s.name)).toEqual(['张张张']);
        expect(expected('公司').length).toBeGreaterThan(30);
        expect(expected('无此名称')).toEqual([]);
      });

      it('through the API, three a page', async () => {
        for (const q of QUERIES) {
          const ids = await allPages(async (after) => {
            const result = await subjects.query(SEARCH, { q, first: 3, after });
            expect(result.errors, q).toBeUndefined();
            return result.data!.searchSubjects;
          });
          expect(ids, q).toEqual(expected(q));
        }
      });

      for (const [plan, settings] of Object.entries(PLANS)) {
        it(`through ${plan}, four a page`, async () => {
          await subjects.database.db.transaction(async (tx) => {
            for (const setting of settings) await tx.execute(sql.raw(`set local ${setting}`));
            for (const q of QUERIES) {
              const ids = await allPages((after) => searchSubjects(tx, { query: q, first: 4, after }, { people: true }));
              expect(ids, q).toEqual(expected(q));
            }
          });
        });
      }

      it('reads the bigram index for two characters or more, never for one', async () => {
        const plan = async (q: string) =>
          subjects.database.db.transaction(async (tx) => {
            for (const setting of PLANS['the bigram index']!) await tx.execute(sql.raw(`set local ${setting}`));
            const query = tx.select({ id: subjectTable.id }).from(subjectTable).where(nameContains(q));
            return (await queryRows<Record<string, string>>(tx, sql`explain ${query}`)).map((row) => Object.values(row).join('')).join('\n');
          });
        expect(await plan('张张')).toContain('subject_name_bigrams_idx');
        expect(await plan('A\\B贸易')).toContain('subject_name_bigrams_idx');
        expect(await plan('𠮷野')).toContain('subject_name_bigrams_idx');
        expect(await plan('张')).not.toContain('subject_name_bigrams_idx');
        expect(await plan('𠮷')).not.toContain('subject_name_bigrams_idx');
      });

      it('is never planned in parallel: the bigram function is parallel unsafe', async () => {
        const [row] = await queryRows<{ proparallel: string }>(
          subjects.database.db,
          sql`select proparallel from pg_proc where oid = 'subjects.name_bigrams(text)'::regprocedure`,
        );
        expect(row?.proparallel).toBe('u');
      });
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
