/**
 * The bad-input corpus (issue 8): hostile and malformed requests across HTTP, GraphQL, domain
 * inputs, tokens, roles and direct subgraph calls, as a table of cases run in sequence through the
 * real gateway (one system per backend). For every case: no 5xx, every error code from the
 * catalogue (packages/http/src/errorCodes.ts), the expected code, no SQL, stack or path text, no personal data
 * beyond the caller's role, nothing half-written by a refused mutation; the system healthy after.
 * The tables are in corpus/: inputCases (values), requestCases (HTTP and tokens), roleCases
 * (who may do what), subgraphCases (direct calls to subgraphs).
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED } from '@credit/demo-data';
import { ROW_ERROR_CODES, type Role } from '@credit/http';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { penalty } from '../../subgraphs/records/test/fixtures';
import { developmentToken } from '../src/identity';
import { KNOWN_CODES, LEAKS, org, org2, person, reply, type Case, type Corpus, type Who } from './corpus/harness';
import { inputCases } from './corpus/inputCases';
import { requestCases } from './corpus/requestCases';
import { roleCases } from './corpus/roleCases';
import { subgraphCases } from './corpus/subgraphCases';
import { startSystem, type RunningSystem } from './system';

const METRICS_TOKEN = 'corpus-metrics-token-0123456789';

describe.each(testBackends())('the bad-input corpus on $name', (backend) => {
  let system: RunningSystem;
  const tokens = {} as Record<Who, string>;
  let recordId = '';
  let authorisedRecordId = '';
  let objectionId = '';
  let registeredCode = '';
  let grantedId = '';
  const cases: Case[] = [];

  const headersFor = (who: Who | null, purpose: string | null = '合规审查'): Record<string, string> => ({
    ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}),
    ...(purpose && who ? { purpose: encodeURIComponent(purpose) } : {}),
  });
  const post = async (body: string, headers: Record<string, string> = {}, path = '/graphql', method = 'POST') =>
    reply(await fetch(`${system.gatewayUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'GET' ? undefined : body }));
  const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
    post(JSON.stringify({ query, variables, ...extra }), headers);

  async function counts(): Promise<string> {
    // Each subgraph has its own database (PGlite) or schema: count through its own handle.
    const one = async (table: string) => {
      const db = table.startsWith('subjects.') ? system.subgraphs.subjects!.database.db as never : system.subgraphs.records!.database.db;
      const result = (await db.execute(`select count(*)::int as n from ${table}`)) as unknown as { rows: { n: number }[] };
      return Number(result.rows[0]!.n);
    };
    const tables = ['records.credit_record', 'records.objection', 'records.repair_application', 'records.authorisation', 'records.record_version', 'subjects.subject', 'subjects.subject_history', 'subjects.subject_relation'];
    return JSON.stringify(await Promise.all(tables.map(one)));
  }

  beforeAll(async () => {
    system = await startSystem(backend, { gateway: { metrics: { token: METRICS_TOKEN, access: 'loopback', maxOperations: 20 } } });
    await seedSubjects(system.subgraphs.subjects!.database.db as never, { count: 20, seed: DEMO_SEED });
    const sign = (sub: string, roles: Role[], dept?: string) => developmentToken({ sub, roles, dept });
    tokens.scjgj = await sign('officer-scjg', ['DEPARTMENT'], 'SCJGJ');
    tokens.sthjj = await sign('officer-sthj', ['DEPARTMENT'], 'STHJJ');
    tokens.rsj = await sign('officer-rsj', ['DEPARTMENT'], 'RSJ');
    tokens.centre = await sign('centre-1', ['CREDIT_CENTRE'], 'XYZX');
    tokens.analyst = await sign('analyst-1', ['ANALYST'], 'TJJ');
    // Hole 3: subjects' own accounts (an enterprise's legal-person account), bound to one subject.
    tokens.orgSelf = await developmentToken({ sub: `subject:${org.id}`, roles: ['SUBJECT'], subjectId: org.id });
    tokens.org2Self = await developmentToken({ sub: `subject:${org2.id}`, roles: ['SUBJECT'], subjectId: org2.id });

    const SUBMIT = `mutation Submit($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { results { outcome error { code message field } record { id } } } }`;
    const pushed = await gql(SUBMIT, { batch: { records: [penalty(1), { ...penalty(3), partyName: person.name, partyCode: person.code, partyCategory: 'NATURAL_PERSON', legalRepresentative: null, documentNumber: '榕市监罚〔2026〕7001号' }] } }, headersFor('scjgj', '报送'));
    expect(pushed.body?.errors).toBeUndefined();
    recordId = pushed.body!.data.submitRecords.results[0].record.id;
    const arrears = {
      catalogItem: 'RS-SB-01', category: 'SOCIAL_SECURITY', partyName: org2.name, partyCategory: 'LEGAL_PERSON', partyCode: org2.code,
      documentNumber: 'RS-SB-2026-0001', content: '欠缴社会保险费 3 个月', decisionDate: '2026-11-02',
    };
    const auth = await gql(SUBMIT, { batch: { records: [arrears] } }, headersFor('rsj', '报送'));
    expect(auth.body?.data?.submitRecords.results[0].error).toBeNull();
    authorisedRecordId = auth.body!.data.submitRecords.results[0].record.id;
    const grant = await gql(
      `mutation Grant($input: GrantAuthorisationInput!) { grantAuthorisation(input: $input) { authorisation { id valid } } }`,
      { input: { subjectId: org2.id, granteeDepartment: 'SCJGJ', purpose: '信贷审查', validUntil: '2027-06-30' } },
      headersFor('centre', '登记授权'),
    );
    expect(grant.body?.errors).toBeUndefined();
    grantedId = grant.body!.data.grantAuthorisation.authorisation.id;
    const filed = await gql(`mutation { fileObjection(input: { recordId: "${recordId}", reason: "金额有误" }) { objection { id } } }`, {}, headersFor('scjgj', '异议代办'));
    expect(filed.body?.errors).toBeUndefined();
    objectionId = filed.body!.data.fileObjection.objection.id;
    registeredCode = '91350100MA2Y0H1P0';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...registeredCode].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i]!, 0);
    registeredCode += alphabet[(31 - (sum % 31)) % 31];
    const registered = await gql(`mutation ($input: [SubjectInput!]!) { registerSubjects(input: { subjects: $input }) { created } }`, { input: [{ code: registeredCode, name: '市场监管登记公司' }] }, headersFor('scjgj', '登记'));
    expect(registered.body?.data?.registerSubjects.created).toBe(1);
    // A read of the person by another department, which SCJGJ must not see in the access log.
    await gql(`query Peek($id: ID!) { subject(id: $id) { name } }`, { id: person.id }, headersFor('sthjj', '联合惩戒核查'));

    const corpus: Corpus = {
      system, tokens, recordId, authorisedRecordId, objectionId, grantedId, registeredCode,
      add: (c) => cases.push(c), post, gql, headersFor,
    };
    inputCases(corpus);
    requestCases(corpus);
    roleCases(corpus);
    subgraphCases(corpus);
  });
  afterAll(() => system?.close());

  it('has at least 300 cases', () => {
    const groups = new Map<string, number>();
    for (const c of cases) groups.set(c.group, (groups.get(c.group) ?? 0) + 1);
    console.info(`bad-input corpus on ${backend.name}: ${cases.length} cases (${[...groups].map(([g, n]) => `${g} ${n}`).join(', ')})`);
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it('answers every case with a stable code, no 5xx, no leak, nothing half-written', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const label = `[${c.group}] ${c.name}`;
      try {
        const before = c.writes ? await counts() : '';
        const r = await c.run();
        expect(r.status, `${label}: status`).toBeLessThan(500);
        if (c.status) expect(r.status, `${label}: status`).toBe(c.status);
        const errors = r.body?.errors ?? [];
        const codes = errors.map((e) => String(e.extensions?.code));
        for (const code of codes) expect(KNOWN_CODES.has(code), `${label}: ${code} is not in the catalogue`).toBe(true);
        if (c.codes) expect(codes.some((code) => c.codes!.includes(code)), `${label}: codes ${JSON.stringify(codes)} ${r.text.slice(0, 300)}`).toBe(true);
        if (c.ok) expect(errors, `${label}: ${r.text.slice(0, 300)}`).toEqual([]);
        if (!c.ok && !c.codes) throw new Error(`${label}: the case states no expectation`);
        if (c.row) {
          const first = (r.body?.data?.submitRecords ?? r.body?.data?.registerSubjects)?.results?.[0]?.error?.code;
          expect(c.row, `${label}: row code ${first}`).toContain(first);
          expect(Object.keys(ROW_ERROR_CODES)).toContain(first);
        }
        expect(LEAKS.test(r.text), `${label}: leaks ${r.text.slice(0, 300)}`).toBe(false);
        if (c.as !== 'centre') expect(r.text.includes(person.code), `${label}: a full ID number`).toBe(false);
        if (c.as === 'public' || c.as === 'analyst' || c.as === 'none') expect(r.text.includes(person.name), `${label}: a person's name`).toBe(false);
        c.check?.(r);
        if (c.writes) expect(await counts(), `${label}: wrote something`).toBe(before);
      } catch (error) {
        failures.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);

  it('hole 3: a subject files an objection for its own record, grants and revokes an authorisation that a department then reads under', async () => {
    const objection = await gql(`mutation ($r: ID!) { fileObjection(input: { recordId: $r, reason: "处罚金额计算有误" }) { objection { id filedBy } } }`, { r: recordId }, headersFor('orgSelf', '提出异议'));
    expect(objection.body?.errors).toBeUndefined();
    expect(objection.body!.data.fileObjection.objection.filedBy).toBe(`subject:${org.id}`);
    const READ = `query ($id: ID!) { creditRecord(id: $id) { id } }`;
    const sthjj = () => gql(READ, { id: authorisedRecordId }, headersFor('sthjj', '环保信用审查'));
    expect((await sthjj()).body!.data.creditRecord).toBeNull();
    const granted = await gql(
      `mutation ($i: GrantAuthorisationInput!) { grantAuthorisation(input: $i) { authorisation { id valid grantedBy } } }`,
      { i: { subjectId: org2.id, granteeDepartment: 'STHJJ', purpose: '环保信用审查', validUntil: '2027-01-31' } },
      headersFor('org2Self', '授权查询'),
    );
    expect(granted.body?.errors).toBeUndefined();
    expect(granted.body!.data.grantAuthorisation.authorisation).toMatchObject({ valid: true, grantedBy: `subject:${org2.id}` });
    expect((await sthjj()).body!.data.creditRecord.id).toBe(authorisedRecordId);
    const mine = await gql(`query ($id: ID!) { subject(id: $id) { authorisations { granteeDepartment valid } } }`, { id: org2.id }, headersFor('org2Self', '查看授权'));
    expect(mine.body!.data.subject.authorisations).toEqual(expect.arrayContaining([{ granteeDepartment: 'STHJJ', valid: true }]));
    const revoked = await gql(`mutation ($id: ID!) { revokeAuthorisation(input: { id: $id }) { authorisation { valid } } }`, { id: granted.body!.data.grantAuthorisation.authorisation.id }, headersFor('org2Self', '撤销授权'));
    expect(revoked.body!.data.revokeAuthorisation.authorisation.valid).toBe(false);
    expect((await sthjj()).body!.data.creditRecord).toBeNull();
  });

  it('is healthy afterwards', async () => {
    const health = await fetch(`${system.gatewayUrl}/health`);
    expect(health.status).toBe(200);
    const search = await gql(`{ searchSubjects(query: "公司", first: 3) { edges { node { name } } } }`);
    expect(search.body?.errors).toBeUndefined();
    expect(search.body!.data.searchSubjects.edges.length).toBeGreaterThan(0);
    const record = await gql(`query ($id: ID!) { creditRecord(id: $id) { id } }`, { id: recordId }, headersFor('scjgj'));
    expect(record.body!.data.creditRecord.id).toBe(recordId);
  });
});
