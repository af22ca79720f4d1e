import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { signedCallerHeaders, subgraphSecret } from '@credit/http';
import { GATEWAY_SERVICE_CALLER, type Caller } from '@credit/kit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { projectBatch } from '../src/accessProjection';
import { subjectAccess, subjectAccessSubjects } from '../src/db/schema';
import { seedSubjects } from '../src/seed';
import { CALLERS, startSubjects, type RunningSubjects } from './harness';

const company = demoSubject(DEMO_SEED, 0);
const person = demoSubject(DEMO_SEED, 6);

const FIELDS = 'id kind name creditCode idNumberMasked idNumber legalRepresentative registeredAt industryCode regionCode status';
const ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { ${FIELDS} } } }`;

describe.each(testBackends())('subjects authorization on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: 20, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  /** Each field of the company and the person as `caller` sees them through `_entities`. */
  async function entities(caller: Caller) {
    // Fields one at a time, so that a forbidden non-null field does not hide the others.
    const views = [{}, {}] as Record<string, unknown>[];
    for (const field of FIELDS.split(' ')) {
      const result = await subjects.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { ${field} } } }`,
        { r: [company, person].map((s) => ({ __typename: 'Subject', id: s.id })) },
        caller,
      );
      for (const i of [0, 1]) {
        const entity = (result.data?._entities as (Record<string, unknown> | null)[] | undefined)?.[i] ?? null;
        const refused = result.errors?.find((e) => e.path?.[1] === i);
        views[i]![field] = refused ? refused.extensions?.code : entity?.[field];
      }
    }
    return { company: views[0]!, person: views[1]! };
  }

  it("shows the public organisations' registration facts and nothing of natural persons", async () => {
    const { company: c, person: p } = await entities(CALLERS.public);
    expect(company.legalRepresentative).toBeTruthy();
    expect(c).toEqual({
      id: company.id,
      kind: 'ENTERPRISE',
      name: company.name,
      creditCode: company.code,
      idNumberMasked: 'FORBIDDEN',
      idNumber: 'FORBIDDEN',
      legalRepresentative: company.legalRepresentative,
      registeredAt: company.registeredAt,
      industryCode: company.industryCode,
      regionCode: company.regionCode,
      status: company.status,
    });
    expect(p).toEqual({
      id: person.id,
      kind: 'NATURAL_PERSON',
      name: 'FORBIDDEN',
      creditCode: 'FORBIDDEN',
      idNumberMasked: 'FORBIDDEN',
      idNumber: 'FORBIDDEN',
      legalRepresentative: 'FORBIDDEN',
      registeredAt: 'FORBIDDEN',
      industryCode: 'FORBIDDEN',
      regionCode: 'FORBIDDEN',
      status: 'FORBIDDEN',
    });
  });

  it('shows a subject its own whole file, with a purpose, and of others only the public view', async () => {
    const self: Caller = { id: 'citizen-6', department: null, roles: ['SUBJECT'], purpose: '查询本人信用', subjectId: person.id };
    const { company: c, person: p } = await entities(self);
    expect(p).toMatchObject({ name: person.name, idNumber: person.code, kind: 'NATURAL_PERSON' });
    expect(c).toMatchObject({ name: company.name, idNumber: 'FORBIDDEN', idNumberMasked: 'FORBIDDEN' });
    const { company: c2, person: p2 } = await entities({ ...self, purpose: null });
    expect(p2.name).toBe('PURPOSE_REQUIRED');
    expect(c2.name).toBe(company.name);
    const other = await entities({ ...self, subjectId: demoSubject(DEMO_SEED, 1).id });
    expect(other.person.name).toBe('FORBIDDEN');
  });

  it('shows analysts organisations by name and code and natural persons pseudonymised', async () => {
    const { company: c, person: p } = await entities(CALLERS.analyst);
    expect(c).toMatchObject({ name: company.name, creditCode: company.code, industryCode: company.industryCode });
    expect(c.legalRepresentative).toBe('FORBIDDEN');
    expect(p).toMatchObject({ kind: 'NATURAL_PERSON', regionCode: person.regionCode, idNumberMasked: 'FORBIDDEN', idNumber: 'FORBIDDEN' });
    expect(p.name).toMatch(/^P-[0-9a-f]{16}$/);
    expect(JSON.stringify(p)).not.toContain(person.name);
    // Stable: the same person gets the same pseudonym on every read and for every analyst.
    const again = await entities({ ...CALLERS.analyst, id: 'analyst-2' });
    expect(again.person.name).toBe(p.name);
  });

  it('shows departments government-shared information with ID numbers masked', async () => {
    const { company: c, person: p } = await entities(CALLERS.department);
    expect(c).toMatchObject({ name: company.name, legalRepresentative: company.legalRepresentative, idNumber: 'FORBIDDEN' });
    expect(p).toMatchObject({
      name: person.name,
      idNumberMasked: `${person.code.slice(0, 6)}********${person.code.slice(14)}`,
      idNumber: 'FORBIDDEN',
    });
  });

  it('shows the credit centre everything, the full ID number included', async () => {
    const { company: c, person: p } = await entities(CALLERS.creditCentre);
    expect(Object.values(c)).not.toContain('FORBIDDEN');
    expect(p).toMatchObject({ name: person.name, idNumber: person.code });
  });

  it('nulls only a refused field, never the subject or the page around it', async () => {
    const profile = await subjects.query(
      `query ($code: String!) { subjectByCode(code: $code) { name status relations { kind } } }`,
      { code: company.code },
      CALLERS.public,
    );
    expect(profile.data!.subjectByCode).toEqual({ name: company.name, status: company.status, relations: null });
    expect(profile.errors!.map((e) => [e.path!.join('.'), e.extensions?.code])).toEqual([['subjectByCode.relations', 'FORBIDDEN']]);

    const search = await subjects.query(
      `query ($q: String!) { searchSubjects(query: $q, first: 5) { edges { node { name status idNumberMasked } } pageInfo { hasNextPage } } }`,
      { q: company.code },
      CALLERS.public,
    );
    expect(search.data!.searchSubjects.edges[0].node).toMatchObject({ name: company.name, status: company.status, idNumberMasked: null });
    expect(search.errors!.length).toBeGreaterThan(0);
    expect(search.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path!.at(-1) === 'idNumberMasked')).toBe(true);
  });

  it('applies the same rules to root queries and to subjects reached through relations', async () => {
    const query = `query ($id: ID!) { subject(id: $id) { name relations { subject { kind name } } } }`;
    const asPublic = await subjects.query(query, { id: company.id }, CALLERS.public);
    expect(asPublic.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(asPublic.errors![0]!.message).toBe('Your role (PUBLIC) may not see Subject.relations of an organisation');

    const asAnalyst = await subjects.query(query, { id: company.id }, CALLERS.analyst);
    expect(asAnalyst.errors).toBeUndefined();
    const people = asAnalyst.data!.subject.relations.filter((r: { subject: { kind: string } }) => r.subject.kind === 'NATURAL_PERSON');
    expect(people.length).toBeGreaterThan(0);
    for (const r of people) expect(r.subject.name).toMatch(/^P-[0-9a-f]{16}$/);
  });

  it('lets only departments and the credit centre find natural persons', async () => {
    const byCode = `query ($code: String!) { subjectByCode(code: $code) { id } }`;
    for (const caller of [CALLERS.public, CALLERS.analyst]) {
      const refused = await subjects.query(byCode, { code: person.code }, caller);
      expect(refused.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toMatch(/may not look natural persons up by ID number/);
      // The same answer whether or not the person is registered: no existence oracle.
      const unknown = await subjects.query(byCode, { code: '11010519491231002X' }, caller);
      expect(unknown.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      const many = await subjects.query(`query ($c: [String!]!) { subjectsByCodes(codes: $c) { id } }`, { c: [company.code, person.code] }, caller);
      expect(many.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      const search = await subjects.query(`query ($q: String!) { searchSubjects(query: $q, first: 10) { edges { node { id } } } }`, { q: person.name }, caller);
      expect(search.data!.searchSubjects.edges).toEqual([]);
    }
    const found = await subjects.query(byCode, { code: person.code }, CALLERS.department);
    expect(found.data!.subjectByCode).toEqual({ id: person.id });
    const search = await subjects.query(`query ($q: String!) { searchSubjects(query: $q, first: 10) { edges { node { id } } } }`, { q: person.name }, CALLERS.department);
    expect(search.data!.searchSubjects.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(person.id);
  });

  it('refuses registerSubjects to the public and analysts, before touching the database', async () => {
    const mutation = `mutation ($input: [SubjectInput!]!) { registerSubjects(input: { subjects: $input }) { created } }`;
    const input = [{ code: '91350100M000100Y43', name: '福州示例科技有限公司' }];
    for (const caller of [CALLERS.public, CALLERS.analyst]) {
      const before = subjects.database.queries.count;
      const result = await subjects.query(mutation, { input }, caller);
      expect(result.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      expect(result.errors![0]!.message).toMatch(/may not register subjects: that is for departments and the credit centre/);
      expect(subjects.database.queries.count).toBe(before);
    }
    const allowed = await subjects.query(mutation, { input }, CALLERS.department);
    expect(allowed.data!.registerSubjects.created).toBe(1);
  });

  it('requires a purpose from every caller but the public, before any query runs', async () => {
    for (const caller of [CALLERS.department, CALLERS.creditCentre, CALLERS.analyst]) {
      const before = subjects.database.queries.count;
      const result = await subjects.query(ENTITY, { r: [{ __typename: 'Subject', id: company.id }] }, { ...caller, purpose: null });
      expect(result.errors![0]!.extensions?.code).toBe('PURPOSE_REQUIRED');
      expect(result.errors![0]!.message).toMatch(/send a `purpose` header/);
      expect(subjects.database.queries.count).toBe(before);
    }
    const asPublic = await subjects.query(`{ searchSubjects(query: "公司", first: 1) { edges { node { name } } } }`, {}, CALLERS.public);
    expect(asPublic.errors).toBeUndefined();
  });

  it('tells the gateway which subjects a request disclosed, not those it only named', async () => {
    const operation = { query: ENTITY, variables: { r: [{ __typename: 'Subject', id: company.id }] } };
    const response = await fetch(subjects.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedCallerHeaders(subgraphSecret('subjects'), CALLERS.department, operation) },
      body: JSON.stringify(operation),
    });
    const body = (await response.json()) as { extensions?: Record<string, unknown> };
    expect(body.extensions?.subjectsDisclosed).toEqual([company.id]);
  });
});

describe.each(testBackends())('the access log on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: 20, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  const RECORD = `mutation ($input: SubjectAccessInput!) { recordSubjectAccess(input: $input) }`;
  const entry = (purpose: string, ids: string[]) => ({
    at: new Date().toISOString(),
    callerId: 'officer-9',
    department: 'SWJ',
    roles: ['DEPARTMENT'],
    purpose,
    operationName: 'Profile',
    subjectIds: ids,
  });
  const LOG = `query ($id: ID!) { subject(id: $id) { accessLog(first: 10) { callerId department departmentName purpose operationName roles } } }`;

  it('accepts entries from the gateway service only', async () => {
    const result = await subjects.query(RECORD, { input: entry('纳税信用评价', [company.id, person.id]) }, GATEWAY_SERVICE_CALLER);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordSubjectAccess).toBe(true);
    for (const caller of [CALLERS.creditCentre, CALLERS.department, CALLERS.public]) {
      const refused = await subjects.query(RECORD, { input: entry('forged', [company.id]) }, caller);
      expect(refused.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows the credit centre who looked and why, a department its own reads without caller ids, others nothing', async () => {
    await subjects.query(RECORD, { input: entry('行政处罚裁量', [person.id]) }, GATEWAY_SERVICE_CALLER);
    const centre = await subjects.query(LOG, { id: person.id }, CALLERS.creditCentre);
    expect(centre.errors).toBeUndefined();
    expect(centre.data!.subject.accessLog).toEqual([
      { callerId: 'officer-9', department: 'SWJ', departmentName: '税务局', purpose: '行政处罚裁量', operationName: 'Profile', roles: ['DEPARTMENT'] },
      { callerId: 'officer-9', department: 'SWJ', departmentName: '税务局', purpose: '纳税信用评价', operationName: 'Profile', roles: ['DEPARTMENT'] },
    ]);
    // Hole 9: a department sees only its own department's reads (not which others look at whom).
    const department = await subjects.query(LOG, { id: person.id }, CALLERS.department);
    expect(department.data!.subject.accessLog).toEqual([]);
    const swj = await subjects.query(LOG, { id: person.id }, { ...CALLERS.department, department: 'SWJ' });
    expect(swj.data!.subject.accessLog.map((e: { callerId: string | null; purpose: string }) => [e.callerId, e.purpose])).toEqual([
      [null, '行政处罚裁量'],
      [null, '纳税信用评价'],
    ]);
    for (const caller of [CALLERS.analyst, CALLERS.public]) {
      const refused = await subjects.query(LOG, { id: company.id }, caller);
      expect(refused.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    const companyLog = await subjects.query(LOG, { id: company.id }, CALLERS.creditCentre);
    expect(companyLog.data!.subject.accessLog.map((e: { purpose: string }) => e.purpose)).toEqual(['纳税信用评价']);
  });

  it('loads the logs of many subjects with one query', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => demoSubject(DEMO_SEED, i).id);
    const before = subjects.database.queries.count;
    const result = await subjects.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { accessLog { purpose } } } }`,
      { r: ids.map((id) => ({ __typename: 'Subject', id })) },
      CALLERS.creditCentre,
    );
    expect(result.errors).toBeUndefined();
    expect(subjects.database.queries.count - before).toBe(2); // the subjects, their logs
  });

  it('cannot be changed or emptied, even by this subgraph', async () => {
    const db = subjects.database.db;
    // The by-subject rows, so that there are rows to refuse changing (the subgraph's own projection
    // may be writing them at this moment: then they are there once it commits).
    await projectBatch(db, { entries: 1000, rows: 1_000_000 });
    await vi.waitFor(async () => expect((await db.select({ n: sql<number>`count(*)::int` }).from(subjectAccessSubjects))[0]!.n).toBeGreaterThan(0), { timeout: 10_000 });
    await expect(db.execute(sql`update ${subjectAccess} set purpose = 'rewritten'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from ${subjectAccess}`)).rejects.toThrow();
    await expect(db.execute(sql`truncate ${subjectAccess}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from ${subjectAccessSubjects}`)).rejects.toThrow();
    await expect(db.execute(sql`update ${subjectAccessSubjects} set at = now()`)).rejects.toThrow();
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subjectAccess);
    expect(row!.n).toBe(2);
  });

  it("names a reading department from the directory, and no agency's or unknown code", async () => {
    const agencyRead = { ...entry('市场评价', [company.id]), callerId: 'agency-1', department: 'XYFW-001', roles: ['AGENCY'] };
    expect((await subjects.query(RECORD, { input: agencyRead }, GATEWAY_SERVICE_CALLER)).errors).toBeUndefined();
    const log = (await subjects.query(LOG, { id: company.id }, CALLERS.creditCentre)).data!.subject.accessLog;
    expect(log.map((e: { department: string; departmentName: string | null }) => [e.department, e.departmentName])).toEqual([
      ['XYFW-001', null],
      ['SWJ', '税务局'],
    ]);
  });
});
