import { testBackends } from '@credit/db/testing';
import { isNotNull, sql } from 'drizzle-orm';
import { subjectHistory, subjectRelations } from '../src/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@credit/http';
import { CALLERS, startSubjects, type RunningSubjects } from './harness';

const REGISTER = /* GraphQL */ `
  mutation ($input: [SubjectInput!]!) {
    registerSubjects(input: { subjects: $input }) {
      created updated unchanged rejected
      results {
        index code outcome
        error { code message field }
        subject { id name kind creditCode idNumberMasked regionCode relations { kind subject { name } sharePercent } }
      }
    }
  }
`;

const COMPANY = '91350100M000100Y43';
const PERSON = '11010519491231002X';
const BRANCH = '91320594MA1X2Y3Q0'; // completed with its check character below

function withCheck(body: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...body].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i]!, 0);
  return body + alphabet[(31 - (sum % 31)) % 31];
}

describe.each(testBackends())('registerSubjects on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
  });
  afterAll(() => subjects?.close());

  const register = async (input: unknown[], caller?: Caller) => {
    const result = await subjects.query(REGISTER, { input }, caller);
    expect(result.errors).toBeUndefined();
    return result.data!.registerSubjects;
  };

  it('creates subjects with their relations, then recognises the same push as unchanged', async () => {
    const input = [
      { code: PERSON, name: '张三' },
      {
        code: COMPANY,
        name: '福州示例科技有限公司',
        legalRepresentative: '张三',
        registeredAt: '2015-03-02',
        industryCode: 'I65',
        relations: [
          { kind: 'LEGAL_REPRESENTATIVE', code: PERSON },
          { kind: 'SHAREHOLDER', code: PERSON, sharePercent: 60 },
        ],
      },
    ];
    const first = await register(input);
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    const company = first.results[1].subject;
    expect(company).toMatchObject({ kind: 'ENTERPRISE', creditCode: COMPANY, idNumberMasked: null, regionCode: '350100' });
    expect(company.relations).toEqual([
      { kind: 'LEGAL_REPRESENTATIVE', subject: { name: '张三' }, sharePercent: null },
      { kind: 'SHAREHOLDER', subject: { name: '张三' }, sharePercent: 60 },
    ]);
    expect(first.results[0].subject).toMatchObject({ kind: 'NATURAL_PERSON', creditCode: null, idNumberMasked: '110105********002X' });

    const again = await register(input);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(again.results[1].subject.id).toBe(company.id);
  });

  it('updates a changed subject and keeps the earlier version', async () => {
    const result = await register([{ code: COMPANY, name: '福州示例信息科技有限公司', industryCode: 'I65' }]);
    expect(result.results[0]).toMatchObject({ outcome: 'UPDATED', subject: { name: '福州示例信息科技有限公司' } });
    const history = await subjects.database.db
      .select({ name: sql<string>`${subjectHistory.previous}->>'name'` })
      .from(subjectHistory)
      .orderBy(subjectHistory.id);
    expect(history.map((r) => r.name)).toEqual(['福州示例科技有限公司']);
  });

  it('ends relations a later push no longer lists, without deleting them', async () => {
    const result = await register([
      { code: COMPANY, name: '福州示例信息科技有限公司', industryCode: 'I65', relations: [{ kind: 'LEGAL_REPRESENTATIVE', code: PERSON }] },
    ]);
    expect(result.results[0].outcome).toBe('UPDATED');
    expect(result.results[0].subject.relations.map((r: { kind: string }) => r.kind)).toEqual(['LEGAL_REPRESENTATIVE']);
    const ended = await subjects.database.db
      .select({ id: subjectRelations.id })
      .from(subjectRelations)
      .where(isNotNull(subjectRelations.endedAt));
    expect(ended).toHaveLength(1);
  });

  it('rejects bad rows with a code and a message, and stores the good ones', async () => {
    const branch = withCheck(BRANCH);
    const result = await register([
      { code: '91350100M000100Y44', name: '校验位错误公司' },
      { code: '110105194912310021', name: '李四' },
      { code: branch, name: '分公司', relations: [{ kind: 'BRANCH', code: withCheck('91320594MA1X2Y3Q9') }] },
      { code: withCheck('91320594MA1X2Y3Q8'), name: '行业代码错误公司', industryCode: 'Z99' },
      { code: withCheck('91320594MA1X2Y3Q7'), name: '好公司' },
      { code: withCheck('91320594MA1X2Y3Q7'), name: '重复的好公司' },
      { code: withCheck('91320594MA1X2Y3Q6'), name: ' ' },
      { code: withCheck('91320594MA1X2Y3Q5'), name: '未来公司', registeredAt: '2999-01-01' },
    ]);
    expect(result).toMatchObject({ created: 1, rejected: 7 });
    const errors = result.results.map((r: { error: { code: string; field: string } | null }) => r.error && [r.error.code, r.error.field]);
    expect(errors).toEqual([
      ['INVALID_CREDIT_CODE', 'code'],
      ['INVALID_ID_NUMBER', 'code'],
      ['UNKNOWN_RELATED_SUBJECT', 'relations[0].code'],
      ['INVALID_INDUSTRY_CODE', 'industryCode'],
      null,
      ['DUPLICATE_IN_BATCH', 'code'],
      ['INVALID_NAME', 'name'],
      ['INVALID_DATE', 'registeredAt'],
    ]);
    expect(result.results[0].error.message).toBe("Invalid 统一社会信用代码: check character should be '3', got '4'");
    expect(result.results[1].error.message).not.toContain('110105194912310021');
  });

  it('accepts a wrong check character only when the registry confirms the code, through the credit centre', async () => {
    const pilot = '91350100M000100Y45';
    const asDepartment = await register([{ code: pilot, name: '试点代码公司', checksumConfirmedByRegistry: true }]);
    expect(asDepartment.results[0].error).toMatchObject({ code: 'REGISTRY_CONFIRMATION_RESERVED', field: 'checksumConfirmedByRegistry' });
    const confirmed = await register([{ code: pilot, name: '试点代码公司', checksumConfirmedByRegistry: true }], CALLERS.creditCentre);
    expect(confirmed.results[0].outcome).toBe('CREATED');
    const found = await subjects.query(`{ subjectByCode(code: "${pilot}") { name } }`);
    expect(found.data).toEqual({ subjectByCode: { name: '试点代码公司' } });
  });

  it('hole 1: a department changes only the subjects it registered, a code never changes type, and history says who changed what', async () => {
    const code = withCheck('91350100MA2Y0H1P0');
    const registrar = { ...CALLERS.department, id: 'officer-scj', department: 'SCJGJ' };
    const other = { ...CALLERS.department, id: 'officer-swj', department: 'SWJ' };
    expect((await register([{ code, name: '登记部门公司', legalRepresentative: '王五' }], registrar)).results[0].outcome).toBe('CREATED');
    // Another department: renaming, revoking, changing the legal representative are refused.
    for (const change of [{ name: '改名公司' }, { status: 'REVOKED' }, { legalRepresentative: '赵六' }]) {
      const refused = await register([{ code, name: '登记部门公司', legalRepresentative: '王五', ...change }], other);
      expect(refused.results[0]).toMatchObject({ outcome: 'REJECTED', error: { code: 'NOT_REGISTRANT', field: 'code' } });
    }
    // The same facts again change nothing and are not an error.
    expect((await register([{ code, name: '登记部门公司', legalRepresentative: '王五' }], other)).results[0].outcome).toBe('UNCHANGED');
    // The registering department and the credit centre may change it.
    expect((await register([{ code, name: '登记部门公司（更名）', legalRepresentative: '王五' }], registrar)).results[0].outcome).toBe('UPDATED');
    expect((await register([{ code, name: '登记部门公司（中心更正）', legalRepresentative: '王五' }], CALLERS.creditCentre)).results[0].outcome).toBe('UPDATED');
    // A person's ID number never becomes an organisation's credit code, whoever asks.
    const person = '110105194912310038';
    expect((await register([{ code: person, name: '李四' }], registrar)).results[0].outcome).toBe('CREATED');
    for (const caller of [registrar, CALLERS.creditCentre]) {
      const switched = await register([{ code: person, codeType: 'CREDIT_CODE', name: '李四', checksumConfirmedByRegistry: caller === CALLERS.creditCentre }], caller);
      expect(switched.results[0].outcome).toBe('REJECTED');
      expect(['CODE_TYPE_CHANGE', 'INVALID_CREDIT_CODE']).toContain(switched.results[0].error.code);
    }
    const search = await subjects.query(`{ searchSubjects(query: "李四", first: 5) { edges { node { name creditCode } } } }`, {}, CALLERS.public);
    expect(JSON.stringify(search)).not.toContain(person);
    const history = await subjects.database.db.select().from(subjectHistory);
    expect(history.map((h) => [h.changedBy, h.changedByDepartment])).toEqual(
      expect.arrayContaining([
        ['officer-scj', 'SCJGJ'],
        ['centre-1', 'CREDIT_CENTRE'],
      ]),
    );
  });

  it('refuses batches over the limit as a whole, with a clear error', async () => {
    const input = Array.from({ length: 1001 }, () => ({ code: COMPANY, name: 'x' }));
    const result = await subjects.query(REGISTER, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BATCH_TOO_LARGE');
  });
});
