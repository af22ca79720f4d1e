import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { Role } from '@credit/http';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { startSystem, type RunningSystem } from './system';
import type { SubjectsSchema } from '@credit/subjects/db';

const company = demoSubject(DEMO_SEED, 0);
const person = demoSubject(DEMO_SEED, 6);

async function headers(roles: Role[], purpose: string | null, sub = `${roles[0]!.toLowerCase()}-1`, dept = 'SCJGJ') {
  return {
    authorization: `Bearer ${await developmentToken({ sub, dept, roles })}`,
    ...(purpose ? { purpose: encodeURIComponent(purpose) } : {}),
  };
}

const PERSON_VIEW = `query Person($id: ID!) { subject(id: $id) { id kind idNumberMasked idNumber regionCode } }`;
const NAME = `query Name($id: ID!) { subject(id: $id) { name } }`;

type Result = Awaited<ReturnType<RunningSystem['query']>>;
const codes = (result: Result) => (result.errors ?? []).map((e) => `${(e.path ?? []).join('.')}:${e.extensions?.code}`);

describe.each(testBackends())('roles, purpose and audit through the gateway on $name', (backend) => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
  });
  afterAll(() => system?.close());

  it("gives each role its own view of the same person", async () => {
    const publicView = await system.query(PERSON_VIEW, { id: person.id });
    expect(publicView.data!.subject).toEqual({ id: person.id, kind: 'NATURAL_PERSON', idNumberMasked: null, idNumber: null, regionCode: null });
    expect(codes(publicView).sort()).toEqual(['subject.idNumber:FORBIDDEN', 'subject.idNumberMasked:FORBIDDEN', 'subject.regionCode:FORBIDDEN']);
    expect((await system.query(NAME, { id: person.id })).errors![0]!.message).toBe(
      'Your role (PUBLIC) may not see Subject.name of a natural person',
    );

    const analyst = await headers(['ANALYST'], '行业信用分析', 'analyst-1', 'TJJ');
    const analystView = await system.query(PERSON_VIEW, { id: person.id }, analyst);
    expect(analystView.data!.subject).toMatchObject({ regionCode: person.regionCode, idNumberMasked: null, idNumber: null });
    expect(codes(analystView).sort()).toEqual(['subject.idNumber:FORBIDDEN', 'subject.idNumberMasked:FORBIDDEN']);
    const pseudonym = (await system.query(NAME, { id: person.id }, analyst)).data!.subject.name;
    expect(pseudonym).toMatch(/^P-[0-9a-f]{16}$/);

    const department = await headers(['DEPARTMENT'], '行政许可审查');
    const departmentView = await system.query(PERSON_VIEW, { id: person.id }, department);
    expect(departmentView.data!.subject).toMatchObject({ idNumberMasked: `${person.code.slice(0, 6)}********${person.code.slice(14)}`, idNumber: null });
    expect(codes(departmentView)).toEqual(['subject.idNumber:FORBIDDEN']);
    expect((await system.query(NAME, { id: person.id }, department)).data!.subject.name).toBe(person.name);

    const centre = await headers(['CREDIT_CENTRE'], '信用修复审核', 'centre-1', 'XYZX');
    const centreView = await system.query(PERSON_VIEW, { id: person.id }, centre);
    expect(centreView.errors).toBeUndefined();
    expect(centreView.data!.subject.idNumber).toBe(person.code);
  });

  it("shows the public a company's registration facts, its legal representative included, but not its relations or what is not public", async () => {
    const result = await system.query(
      `query ($code: String!) { subjectByCode(code: $code) { name creditCode legalRepresentative status idNumberMasked relations { kind } } }`,
      { code: company.code },
    );
    expect(result.data!.subjectByCode).toEqual({
      name: company.name,
      creditCode: company.code,
      legalRepresentative: company.legalRepresentative,
      status: company.status,
      idNumberMasked: null,
      relations: null,
    });
    expect(codes(result).sort()).toEqual(['subjectByCode.idNumberMasked:FORBIDDEN', 'subjectByCode.relations:FORBIDDEN']);
  });

  it('refuses registerSubjects to the public and analysts, and allows it to departments', async () => {
    const mutation = `mutation ($input: [SubjectInput!]!) { registerSubjects(input: { subjects: $input }) { created } }`;
    const input = [{ code: '91350100M000100Y43', name: '福州示例科技有限公司' }];
    for (const h of [{}, await headers(['ANALYST'], '分析')]) {
      const result = await system.query(mutation, { input }, h);
      expect(result.data).toBeNull();
      expect(result.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    const allowed = await system.query(mutation, { input }, await headers(['DEPARTMENT'], '数据归集'));
    expect(allowed.data!.registerSubjects.created).toBe(1);
  });

  it('refuses a read without a purpose from any role but the public, before calling a subgraph', async () => {
    for (const roles of [['DEPARTMENT'], ['CREDIT_CENTRE'], ['ANALYST']] as Role[][]) {
      const before = system.subgraph<SubjectsSchema>('subjects').database.queries.count;
      const result = await system.query(NAME, { id: company.id }, await headers(roles, null));
      expect(result.status).toBe(400);
      expect(result.errors![0]!.extensions?.code).toBe('PURPOSE_REQUIRED');
      expect(result.errors![0]!.message).toMatch(/send a `purpose` header/);
      expect(system.subgraph<SubjectsSchema>('subjects').database.queries.count).toBe(before);
    }
  });

  it('keeps the internal recording mutation out of the public API', async () => {
    const result = await system.query(
      `mutation { recordSubjectAccess(input: { at: "2026-01-01T00:00:00Z", callerId: "x", roles: [], subjectIds: [] }) }`,
      {},
      await headers(['CREDIT_CENTRE'], 'forge'),
    );
    expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('records who read which subjects and why, and shows it in Subject.accessLog', async () => {
    const officer = await headers(['DEPARTMENT'], '行政许可审查 2026-0042', 'officer-7', 'SCJGJ');
    const read = await system.query(
      `query Profile($code: String!) { subjectByCode(code: $code) { name relations { subject { name } } } }`,
      { code: company.code },
      officer,
    );
    expect(read.errors).toBeUndefined();
    const related = read.data!.subjectByCode.relations.length;
    expect(related).toBeGreaterThan(0);

    const LOG = `query Log($id: ID!) { subject(id: $id) { accessLog(first: 5) { callerId department roles purpose operationName at } } }`;
    const centre = await headers(['CREDIT_CENTRE'], '异议核查', 'centre-1', 'XYZX');
    const companyLog = await system.query(LOG, { id: company.id }, centre);
    expect(companyLog.errors).toBeUndefined();
    expect(companyLog.data!.subject.accessLog[0]).toMatchObject({
      callerId: 'officer-7',
      department: 'SCJGJ',
      roles: ['DEPARTMENT'],
      purpose: '行政许可审查 2026-0042',
      operationName: 'Profile',
    });
    // The related people were read too, so the same entry is in their logs.
    const stored = await system.subgraph<SubjectsSchema>('subjects').database.db.execute(
      "select subject_ids from subjects.subject_access where operation_name = 'Profile' and caller_id = 'officer-7'",
    );
    const ids = (stored as unknown as { rows: { subject_ids: string[] | string }[] }).rows[0]!.subject_ids;
    expect(String(ids)).toContain(company.id);
    expect(String(ids).split(',').length).toBeGreaterThanOrEqual(2);

    // A department sees its own department's reads only (hole 9), without the officers' ids; the
    // credit centre's reading of the log was itself logged, but not for the department's eyes.
    const departmentLog = await system.query(LOG, { id: company.id }, officer);
    const entries = departmentLog.data!.subject.accessLog as { callerId: string | null; operationName: string; department: string }[];
    expect(entries.every((e) => e.callerId === null && e.department === 'SCJGJ')).toBe(true);
    expect(entries.map((e) => e.operationName)).toContain('Profile');
    expect(entries.map((e) => e.operationName)).not.toContain('Log');
    const centreView = await system.query(LOG, { id: company.id }, centre);
    expect(centreView.data!.subject.accessLog.map((e: { operationName: string }) => e.operationName)).toContain('Log');

    const asAnalyst = await system.query(LOG, { id: company.id }, await headers(['ANALYST'], '分析'));
    expect(asAnalyst.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });

  it('records public reads too, as anonymous', async () => {
    const search = await system.query(`query PublicSearch { searchSubjects(query: "公司", first: 3) { edges { node { name } } } }`);
    expect(search.errors).toBeUndefined();
    expect(JSON.stringify(search)).not.toContain('subjectsDisclosed'); // internal to gateway and subgraph
    const stored = await system.subgraph<SubjectsSchema>('subjects').database.db.execute(
      "select caller_id, cardinality(subject_ids)::int as n from subjects.subject_access where operation_name = 'PublicSearch'",
    );
    expect((stored as unknown as { rows: { caller_id: string; n: number }[] }).rows).toMatchObject([{ caller_id: 'anonymous', n: 3 }]);
  });

  it('withholds the data when the read cannot be recorded', async () => {
    const db = system.subgraph<SubjectsSchema>('subjects').database.db;
    // The log refuses entries with this purpose, as a database that cannot write would.
    await db.execute(
      "alter table subjects.subject_access add constraint refuse_for_test check (purpose is distinct from 'unrecordable') not valid",
    );
    const result = await system.query(NAME, { id: company.id }, await headers(['DEPARTMENT'], 'unrecordable'));
    expect(result.status).toBe(503);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      message: 'The read could not be recorded in the access log, so its data is withheld; please try again',
      extensions: { code: 'AUDIT_UNAVAILABLE', requestId: expect.any(String) },
    });
    expect(JSON.stringify(result)).not.toContain(company.name);
  });
});
