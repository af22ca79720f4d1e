/**
 * The bad-input corpus (issue 8): hostile and malformed requests across HTTP, GraphQL, domain
 * inputs, tokens, roles and direct subgraph calls, as a table of cases run in sequence through the
 * real gateway (one system per backend). For every case: no 5xx, every error code from the
 * catalogue (packages/http/src/errorCodes.ts), the expected code, no SQL, stack or path text, no personal data
 * beyond the caller's role, nothing half-written by a refused mutation; the system healthy after.
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { CALLER_HEADER, ERROR_CODES, ROW_ERROR_CODES, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signedCallerHeaders, subgraphSecret, type Caller, type Role } from '@credit/http';
import { seedSubjects } from '@credit/subjects/seed';
import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licence, organisation, penalty } from '../../subgraphs/records/test/fixtures';
import { DEVELOPMENT_KEY, TOKEN_AUDIENCE, TOKEN_ISSUER, developmentToken } from '../src/identity';
import { startSystem, type RunningSystem } from './system';

const METRICS_TOKEN = 'corpus-metrics-token-0123456789';
/** A natural person among the demo subjects: their name and ID number are personal data. */
const person = demoSubject(DEMO_SEED, 6);
const org = organisation(1);
const org2 = organisation(2);
const UUID_ZERO = '00000000-0000-4000-8000-000000000000';

interface Reply {
  status: number;
  text: string;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

interface Case {
  group: string;
  name: string;
  run: () => Promise<Reply>;
  /** One of these codes among the errors (or, with `row`, the first rejected row's code). */
  codes?: string[];
  /** No errors at all. */
  ok?: boolean;
  status?: number;
  /** Codes of rejected rows in a batch payload: the first row's code must be one of these. */
  row?: string[];
  /** A mutation: the stores' row counts must be the same after it (nothing half-written). */
  writes?: boolean;
  /** Who asks, for the personal-data check: only the credit centre and the deciding department see a person's ID number, the public and analysts not even the name. */
  as?: 'public' | 'analyst' | 'department' | 'centre' | 'none';
  check?: (reply: Reply) => void;
}

/** SQL, stack frames, file paths: never in a response. */
const LEAKS = /\b(select\s+[\w*"]|insert into|update\s+"|delete from)|violates|syntax error at|\bat\s+\S+\.(?:ts|js|mjs|cjs):\d+|node_modules|\/work\/|stacktrace|Failed query|params:|relation "|column "/i;

const KNOWN_CODES = new Set<string>([...Object.keys(ERROR_CODES)]);

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: Reply['body'] = null;
  try {
    body = JSON.parse(text) as Reply['body'];
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe.each(testBackends())('the bad-input corpus on $name', (backend) => {
  let system: RunningSystem;
  const tokens: Record<string, string> = {};
  let recordId = '';
  let authorisedRecordId = '';
  let objectionId = '';
  let registeredCode = '';
  let grantedId = '';
  const cases: Case[] = [];

  const headersFor = (who: keyof typeof tokens | null, purpose: string | null = '合规审查') => ({
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

    buildCases();
  });
  afterAll(() => system?.close());

  function buildCases() {
    const add = (c: Case) => cases.push(c);

    // ---- Hole 6: control characters and unpaired surrogates, wherever a string goes ----
    const controls: [string, string][] = [
      ['NUL', '\u0000'], ['SOH', '\u0001'], ['BEL', '\u0007'], ['ESC', '\u001b'], ['DEL', '\u007f'], ['NEL', '\u0085'], ['lone surrogate', '\ud800'], ['U+FFFF', '\uffff'],
    ];
    for (const [label, ch] of controls) {
      const bad = `福州${ch}公司`;
      add({ group: 'characters', name: `${label} in a search variable`, as: 'public', codes: ['INVALID_CHARACTERS'], status: 400,
        run: () => gql(`query ($q: String!) { searchSubjects(query: $q, first: 2) { edges { cursor } } }`, { q: bad }) });
      add({ group: 'characters', name: `${label} in a code variable`, as: 'department', codes: ['INVALID_CHARACTERS'],
        run: () => gql(`query ($c: String!) { subjectByCode(code: $c) { id } }`, { c: `9135${ch}0100` }, headersFor('scjgj')) });
      const escaped = `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
      add({ group: 'characters', name: `${label} escaped in a string literal`, as: 'public', codes: ['INVALID_CHARACTERS', 'GRAPHQL_PARSE_FAILED'],
        run: () => gql(`{ searchSubjects(query: "福州${escaped}公司", first: 2) { edges { cursor } } }`) });
      const encoded = ch === '\ud800' ? '%ED%A0%80' : encodeURIComponent(`行政审查${ch}`);
      add({ group: 'characters', name: `${label} in the purpose header`, as: 'department', codes: ['INVALID_PURPOSE'], status: 400,
        run: () => gql(`{ searchSubjects(query: "公司", first: 1) { edges { cursor } } }`, {}, { authorization: `Bearer ${tokens.scjgj}`, purpose: encoded }) });
      add({ group: 'characters', name: `${label} in an objection's reason`, as: 'department', codes: ['INVALID_CHARACTERS'], writes: true,
        run: () => gql(`mutation ($r: ID!, $why: String!) { fileObjection(input: { recordId: $r, reason: $why }) { objection { id } } }`, { r: recordId, why: `金额${ch}有误` }, headersFor('scjgj')) });
      add({ group: 'characters', name: `${label} in a record's party name`, as: 'department', codes: ['INVALID_CHARACTERS'], writes: true,
        run: () => gql(`mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created } }`, { b: { records: [penalty(30, { partyName: bad })] } }, headersFor('scjgj')) });
      add({ group: 'characters', name: `${label} in a subject's name`, as: 'department', codes: ['INVALID_CHARACTERS'], writes: true,
        run: () => gql(`mutation ($i: [SubjectInput!]!) { registerSubjects(input: { subjects: $i }) { created } }`, { i: [{ code: registeredCode, name: bad }] }, headersFor('scjgj')) });
      add({ group: 'characters', name: `${label} in operationName`, as: 'public', codes: ['INVALID_CHARACTERS', 'OPERATION_RESOLUTION_FAILURE'], status: 400,
        run: () => gql(`query Op { __typename }`, {}, {}, { operationName: `Op${ch}` }) });
    }

    // ---- Hole 6: dates that do not exist, in variables and in cursors ----
    const dates = ['2026-02-30', '2025-13-01', '0000-00-00', '2026-2-3', 'tomorrow', '2026-02-29', '99999-01-01', ''];
    for (const date of dates) {
      add({ group: 'dates', name: `'${date}' as a compliance period start`, as: 'centre', codes: ['BAD_USER_INPUT', 'INVALID_DATE'],
        run: () => gql(`query ($from: Date!) { publicityCompliance(from: $from, to: "2026-12-31") { department } }`, { from: date }, headersFor('centre')) });
      add({ group: 'dates', name: `'${date}' as a decision date`, as: 'department', codes: ['BAD_USER_INPUT', 'INVALID_DATE'], writes: true,
        run: () => gql(`mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created } }`, { b: { records: [penalty(31, { decisionDate: date })] } }, headersFor('scjgj')) });
      add({ group: 'dates', name: `'${date}' as an authorisation's last day`, as: 'centre', codes: ['BAD_USER_INPUT', 'INVALID_DATE'], writes: true,
        run: () => gql(`mutation ($i: GrantAuthorisationInput!) { grantAuthorisation(input: $i) { authorisation { id } } }`, { i: { subjectId: org.id, granteeDepartment: 'SWJ', purpose: '纳税评价', validUntil: date } }, headersFor('centre')) });
      add({ group: 'dates', name: `'${date}' inside a records cursor`, as: 'public', codes: ['INVALID_CURSOR'],
        run: () => gql(`query ($id: ID!, $a: String) { subject(id: $id) { records(first: 2, after: $a) { edges { cursor } } } }`, { id: org.id, a: b64([date, UUID_ZERO]) }) });
    }

    // ---- Department codes named in inputs: the directory's, never a retired, misspelt or made-up one ----
    for (const code of ['NOSUCHDEPT', 'SWUJ', 'scjgj', 'ＳＣＪＧＪ', "SWJ' or '1'='1", '']) {
      add({ group: 'departments', name: `'${code}' as an authorisation's department`, as: 'centre', codes: ['UNKNOWN_DEPARTMENT'], writes: true,
        run: () => gql(`mutation ($i: GrantAuthorisationInput!) { grantAuthorisation(input: $i) { authorisation { id } } }`, { i: { subjectId: org.id, granteeDepartment: code, purpose: '纳税评价', validUntil: '2027-01-01' } }, headersFor('centre')),
        ...(code === 'SWUJ' ? { check: (r: Reply) => expect(r.body?.errors?.[0]?.message).toMatch(/SWUJ is a retired department code; the department's code is now SWJZ/) } : {}) });
    }
    // ... and in every "only this department's" filter, where a typo would otherwise read as "none there"
    const filters: [string, string, 'centre' | null][] = [
      ['dataCatalog', `query ($d: String) { dataCatalog(department: $d) { code } }`, null],
      ['approvalMatters', `query ($d: String) { approvalMatters(department: $d) { code } }`, null],
      ['listings', `query ($d: String) { listings(filter: { department: $d }, first: 5) { edges { cursor } } }`, 'centre'],
      ['publicityCompliance', `query ($d: String) { publicityCompliance(department: $d, from: "2026-01-01", to: "2026-12-31") { department } }`, 'centre'],
      ['inspectionPlans', `query ($d: String) { inspectionPlans(department: $d, first: 5) { id } }`, 'centre'],
      ['unansweredMeasureExecutions', `query ($d: String) { unansweredMeasureExecutions(department: $d) { id } }`, 'centre'],
      ['checksAwaitingFeedback', `query ($d: String) { checksAwaitingFeedback(department: $d, first: 5) { edges { cursor } } }`, 'centre'],
    ];
    for (const [field, query, who] of filters) {
      for (const code of ['SCJG', 'SWUJ', "SWJ' or '1'='1"]) {
        add({ group: 'departments', name: `'${code}' as ${field}'s department filter`, as: who ?? 'public', codes: ['UNKNOWN_DEPARTMENT'],
          run: () => gql(query, { d: code }, who ? headersFor(who) : {}),
          check: (r) => expect(r.body?.data?.[field] ?? null).toBeNull() });
      }
      add({ group: 'departments', name: `a directory code as ${field}'s department filter`, as: who ?? 'public', ok: true,
        run: () => gql(query, { d: 'SCJGJ' }, who ? headersFor(who) : {}) });
    }

    // ---- Hole 6: ids that are not UUIDs ----
    const ids = ['x', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g', 'a'.repeat(1000), '../../etc/passwd', '%00', '-1', '😀'];
    for (const id of ids) {
      const shown = id.length > 20 ? `${id.slice(0, 12)}…` : id;
      add({ group: 'ids', name: `subject(id: '${shown}')`, as: 'public', ok: true, check: (r) => expect(r.body?.data?.subject).toBeNull(),
        run: () => gql(`query ($id: ID!) { subject(id: $id) { name } }`, { id }) });
      add({ group: 'ids', name: `creditRecord(id: '${shown}')`, as: 'public', ok: true, check: (r) => expect(r.body?.data?.creditRecord).toBeNull(),
        run: () => gql(`query ($id: ID!) { creditRecord(id: $id) { id } }`, { id }) });
      add({ group: 'ids', name: `resolveObjection(id: '${shown}')`, as: 'department', codes: ['NOT_FOUND'], writes: true,
        run: () => gql(`mutation ($id: ID!) { resolveObjection(input: { id: $id, outcome: UPHELD, note: "维持" }) { objection { id } } }`, { id }, headersFor('scjgj')) });
      add({ group: 'ids', name: `reviewRepair(id: '${shown}')`, as: 'department', codes: ['NOT_FOUND'], writes: true,
        run: () => gql(`mutation ($id: ID!) { reviewRepair(input: { id: $id, decision: ACCEPT }) { application { id } } }`, { id }, headersFor('scjgj')) });
      add({ group: 'ids', name: `fileObjection(recordId: '${shown}')`, as: 'department', codes: ['NOT_FOUND'], writes: true,
        run: () => gql(`mutation ($id: ID!) { fileObjection(input: { recordId: $id, reason: "有误" }) { objection { id } } }`, { id }, headersFor('scjgj')) });
      add({ group: 'ids', name: `revokeAuthorisation(id: '${shown}')`, as: 'centre', codes: ['NOT_FOUND'], writes: true,
        run: () => gql(`mutation ($id: ID!) { revokeAuthorisation(input: { id: $id }) { authorisation { id } } }`, { id }, headersFor('centre')) });
      add({ group: 'ids', name: `grantAuthorisation(subjectId: '${shown}')`, as: 'centre', codes: ['BAD_USER_INPUT'], writes: true,
        run: () => gql(`mutation ($id: ID!) { grantAuthorisation(input: { subjectId: $id, granteeDepartment: "SWJ", purpose: "纳税", validUntil: "2027-01-01" }) { authorisation { id } } }`, { id }, headersFor('centre')) });
    }

    // ---- Hole 6: bogus cursors ----
    const cursors = ['x', '!!!', b64([]), b64({}), b64('null'), b64(['2026-01-01', 'not-a-uuid']), b64(['2026-01-01', 5]), b64(['a\u0000b', UUID_ZERO]), 'A'.repeat(5000), b64(['2026-01-01', `${UUID_ZERO}'--`])];
    for (const [i, cursor] of cursors.entries()) {
      add({ group: 'cursors', name: `records cursor #${i}`, as: 'public', codes: ['INVALID_CURSOR'],
        run: () => gql(`query ($id: ID!, $a: String) { subject(id: $id) { records(first: 2, after: $a) { edges { cursor } } } }`, { id: org.id, a: cursor }) });
      add({ group: 'cursors', name: `search cursor #${i}`, as: 'public', codes: ['INVALID_CURSOR'],
        run: () => gql(`query ($a: String) { searchSubjects(query: "公司", first: 2, after: $a) { edges { cursor } } }`, { a: cursor }) });
    }

    // ---- Hole 6: numbers out of range ----
    const sizes: unknown[] = [-1, 0, 101, 2147483647, 2147483648, 1.5, '10'];
    for (const first of sizes) {
      add({ group: 'numbers', name: `searchSubjects(first: ${JSON.stringify(first)})`, as: 'public', codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
        run: () => gql(`query ($n: Int) { searchSubjects(query: "公司", first: $n) { edges { cursor } } }`, { n: first }) });
      add({ group: 'numbers', name: `records(first: ${JSON.stringify(first)})`, as: 'public', codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
        run: () => gql(`query ($id: ID!, $n: Int) { subject(id: $id) { records(first: $n) { edges { cursor } } } }`, { id: org.id, n: first }) });
      add({ group: 'numbers', name: `accessLog(first: ${JSON.stringify(first)})`, as: 'centre', codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
        run: () => gql(`query ($id: ID!, $n: Int) { subject(id: $id) { accessLog(first: $n) { at } } }`, { id: org.id, n: first === 101 ? 201 : first }, headersFor('centre')) });
      add({ group: 'numbers', name: `relatedSubjects(depth: ${JSON.stringify(first)})`, as: 'department', codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
        run: () => gql(`query ($id: ID!, $n: Int) { subject(id: $id) { relatedSubjects(depth: $n) { depth } } }`, { id: org.id, n: typeof first === 'number' && first >= 1 && first <= 3 ? 4 : first }, headersFor('scjgj')) });
    }
    for (const amount of [1e308, 1.7976931348623157e308, 1_000_001, 123_456_789]) {
      add({ group: 'numbers', name: `a fine of ${amount} 万元`, as: 'department', ok: true, row: ['IMPLAUSIBLE_AMOUNT'], writes: true,
        run: () => gql(`mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created results { error { code field } } } }`, { b: { records: [penalty(32, { fineAmount: amount })] } }, headersFor('scjgj')) });
    }
    add({ group: 'numbers', name: 'a negative fine', as: 'department', ok: true, row: ['INVALID_FIELD', 'MISSING_FIELD'], writes: true,
      run: () => gql(`mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created results { error { code field } } } }`, { b: { records: [penalty(33, { fineAmount: -1 })] } }, headersFor('scjgj')) });

    // ---- Hole 7: unbounded strings ----
    const SUBMIT_ROWS = `mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created results { error { code field } } } }`;
    const longRows: [string, Record<string, unknown>, string][] = [
      ['party name of 201 characters', { partyName: '名'.repeat(201) }, 'VALUE_TOO_LONG'],
      ['document number of 129 characters', { documentNumber: 'N'.repeat(129) }, 'VALUE_TOO_LONG'],
      ['facts of 5,001 characters', { facts: '查'.repeat(5001) }, 'VALUE_TOO_LONG'],
      ['legal representative of 101 characters', { legalRepresentative: '王'.repeat(101) }, 'VALUE_TOO_LONG'],
      ['a | in the document number', { documentNumber: '榕市监罚〔2026〕1|2号' }, 'INVALID_CHARACTERS'],
      ['a line break in the document number', { documentNumber: '榕市监罚\n〔2026〕12号' }, 'INVALID_CHARACTERS'],
      ['remarks of 2,001 characters', { remarks: 'r'.repeat(2001) }, 'VALUE_TOO_LONG'],
    ];
    for (const [label, override, code] of longRows) {
      add({ group: 'lengths', name: label, as: 'department', ok: true, row: [code], writes: true,
        run: () => gql(SUBMIT_ROWS, { b: { records: [penalty(34, override)] } }, headersFor('scjgj')) });
    }
    add({ group: 'lengths', name: 'a party name of 100 KB', as: 'department', codes: ['VALUE_TOO_LONG'], writes: true,
      run: () => gql(SUBMIT_ROWS, { b: { records: [penalty(35, { partyName: '名'.repeat(100_000) })] } }, headersFor('scjgj')) });
    add({ group: 'lengths', name: 'a purpose of 201 characters', as: 'department', codes: ['INVALID_PURPOSE'], status: 400,
      run: () => gql(`{ searchSubjects(query: "公司", first: 1) { edges { cursor } } }`, {}, headersFor('scjgj', '因'.repeat(201))) });
    add({ group: 'lengths', name: 'a purpose of 8 KB', as: 'department', codes: ['INVALID_PURPOSE'], status: 400,
      run: () => gql(`{ searchSubjects(query: "公司", first: 1) { edges { cursor } } }`, {}, { authorization: `Bearer ${tokens.scjgj}`, purpose: 'p'.repeat(8000) }) });
    add({ group: 'lengths', name: "a subject's name of 201 characters", as: 'department', ok: true, row: ['INVALID_NAME'], writes: true,
      run: () => gql(`mutation ($i: [SubjectInput!]!) { registerSubjects(input: { subjects: $i }) { created results { error { code field } } } }`, { i: [{ code: registeredCode, name: '名'.repeat(201) }] }, headersFor('scjgj')) });
    add({ group: 'lengths', name: 'an objection reason of 2,001 characters', as: 'department', codes: ['VALUE_TOO_LONG'], writes: true,
      run: () => gql(`mutation ($r: ID!, $why: String!) { fileObjection(input: { recordId: $r, reason: $why }) { objection { id } } }`, { r: recordId, why: '因'.repeat(2001) }, headersFor('scjgj')) });
    add({ group: 'lengths', name: 'objection evidence of 5,001 characters', as: 'department', codes: ['VALUE_TOO_LONG'], writes: true,
      run: () => gql(`mutation ($r: ID!, $e: String) { fileObjection(input: { recordId: $r, reason: "有误", evidence: $e }) { objection { id } } }`, { r: recordId, e: 'e'.repeat(5001) }, headersFor('scjgj')) });
    add({ group: 'lengths', name: 'a resolution note of 2,001 characters', as: 'department', codes: ['VALUE_TOO_LONG'], writes: true,
      run: () => gql(`mutation ($id: ID!, $n: String!) { resolveObjection(input: { id: $id, outcome: UPHELD, note: $n }) { objection { id } } }`, { id: objectionId, n: 'n'.repeat(2001) }, headersFor('scjgj')) });
    add({ group: 'lengths', name: 'a repair statement of 2,001 characters', as: 'department', codes: ['VALUE_TOO_LONG'], writes: true,
      run: () => gql(`mutation ($i: RepairApplicationInput!) { applyForRepair(input: $i) { accepted } }`, { i: { recordId, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true, statement: 's'.repeat(2001) } }, headersFor('scjgj')) });
    add({ group: 'lengths', name: 'a search of 20,001 characters', as: 'public', codes: ['VALUE_TOO_LONG'],
      run: () => gql(`query ($q: String!) { searchSubjects(query: $q, first: 1) { edges { cursor } } }`, { q: 'q'.repeat(20_001) }) });
    add({ group: 'lengths', name: 'an operation name of 300 characters', as: 'public', codes: ['VALUE_TOO_LONG', 'OPERATION_RESOLUTION_FAILURE'],
      run: () => gql(`query Op { __typename }`, {}, {}, { operationName: 'O'.repeat(300) }) });
    add({ group: 'lengths', name: 'an authorisation purpose of 201 characters', as: 'centre', codes: ['VALUE_TOO_LONG'], writes: true,
      run: () => gql(`mutation ($i: GrantAuthorisationInput!) { grantAuthorisation(input: $i) { authorisation { id } } }`, { i: { subjectId: org.id, granteeDepartment: 'SWJ', purpose: '因'.repeat(201), validUntil: '2027-01-01' } }, headersFor('centre')) });

    // ---- Hole 6: requests GraphQL over HTTP answers with 4xx ----
    const http: [string, () => Promise<Reply>, string[], number?][] = [
      ['a body that is not JSON', () => post('{"query": '), ['BAD_REQUEST'], 400],
      ['an empty body', () => post(''), ['BAD_REQUEST'], 400],
      ['an empty JSON array', () => post('[]'), ['BATCHING_NOT_SUPPORTED'], 400],
      ['a batch of two operations', () => post('[{"query":"{__typename}"},{"query":"{__typename}"}]'), ['BATCHING_NOT_SUPPORTED'], 400],
      ['two operations without operationName', () => gql('query A { __typename } query B { __typename }'), ['OPERATION_RESOLUTION_FAILURE'], 400],
      ['an unknown operationName', () => gql('query A { __typename }', {}, {}, { operationName: 'Nope' }), ['OPERATION_RESOLUTION_FAILURE'], 400],
      ['an operationName on a document of unnamed operations', () => gql('{ __typename }', {}, {}, { operationName: 'A' }), ['OPERATION_RESOLUTION_FAILURE'], 400],
      ['a subscription', () => gql('subscription S { __typename }'), ['SUBSCRIPTION_NOT_SUPPORTED', 'GRAPHQL_VALIDATION_FAILED'], 400],
      ['a query that is a number', () => post('{"query": 123}'), ['BAD_REQUEST'], 400],
      ['a query that is an object', () => post('{"query": {"a": 1}}'), ['BAD_REQUEST'], 400],
      ['variables that are a string', () => post('{"query": "{ __typename }", "variables": "x"}'), ['BAD_REQUEST'], 400],
      ['variables that are an array', () => post('{"query": "{ __typename }", "variables": [1]}'), ['BAD_REQUEST'], 400],
      ['an operationName that is a number', () => post('{"query": "{ __typename }", "operationName": 5}'), ['BAD_REQUEST'], 400],
      ['no query at all', () => post('{"variables": {}}'), ['BAD_REQUEST'], 400],
      ['a GraphQL syntax error', () => gql('{ searchSubjects(query: "a" { id }'), ['GRAPHQL_PARSE_FAILED'], 400],
      ['an unknown field', () => gql('{ nothingHere }'), ['GRAPHQL_VALIDATION_FAILED'], 400],
      ['a query 12 levels deep', () => gql(`{ subject(id: "${UUID_ZERO}") { ${'relations { subject { '.repeat(6)} id ${'} } '.repeat(6)} } }`), ['GRAPHQL_VALIDATION_FAILED'], 400],
      ['50 aliases', () => gql(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: searchSubjects(query: "公司", first: 1) { edges { cursor } }`).join(' ')} }`), ['GRAPHQL_VALIDATION_FAILED'], 400],
      ['an unknown persisted query', () => post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } })), ['PERSISTED_QUERY_NOT_FOUND'], 200],
      ['a latin1 charset', () => post('{"query":"{__typename}"}', { 'content-type': 'application/json; charset=latin1' }), ['UNSUPPORTED_MEDIA_TYPE'], 415],
      ['a body over 2 MiB that is no bulk mutation', () => gql(`query ($q: String!) { searchSubjects(query: $q, first: 1) { edges { cursor } } }`, { q: 'x'.repeat(2_200_000) }), ['PAYLOAD_TOO_LARGE'], 413],
      ['a bulk mutation over 2 MiB without a token', () => gql(`mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created } }`, { b: { records: [penalty(36, { facts: 'x'.repeat(2_200_000) })] } }), ['PAYLOAD_TOO_LARGE'], 413],
      ['a bulk mutation over 2 MiB hiding a query beside it', () => gql(`mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created } } query Q { __typename }`, { b: { records: [penalty(36, { facts: 'x'.repeat(2_200_000) })] } }, headersFor('scjgj')), ['PAYLOAD_TOO_LARGE'], 413],
      ['variables whose key is __proto__', () => post('{"query":"query ($q: String!) { searchSubjects(query: $q, first: 1) { edges { cursor } } }","variables":{"__proto__":{"q":"x"}}}'), ['BAD_USER_INPUT'], 400],
      ['a mutation over GET', () => reply_get('mutation { fileObjection(input: { recordId: "x", reason: "y" }) { objection { id } } }'), ['BAD_REQUEST'], 405],
      ['/metrics with a wrong token', () => post('', { authorization: 'Bearer not-the-metrics-token-000' }, '/metrics', 'GET'), ['FORBIDDEN'], 403],
    ];
    async function reply_get(query: string): Promise<Reply> {
      return reply(await fetch(`${system.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } }));
    }
    for (const [name, run, codes, status] of http) add({ group: 'http', name, run, codes, ...(status ? { status } : {}), as: 'public', writes: name.includes('mutation') });

    // ---- Hole 5: tokens ----
    const otherKey = createSecretKey(Buffer.from('another-key-that-nobody-configured-000000'));
    const jwt = (claims: Record<string, unknown>, build: (t: SignJWT) => SignJWT = (t) => t, key = DEVELOPMENT_KEY) =>
      build(new SignJWT({ roles: ['CREDIT_CENTRE'], ...claims }).setProtectedHeader({ alg: 'HS256' })).sign(key);
    const now = Math.floor(Date.now() / 1000);
    const std = (t: SignJWT) => t.setSubject('x').setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE);
    const badTokens: [string, () => Promise<string>][] = [
      ['Basic credentials', async () => 'Basic YWRtaW46YWRtaW4='],
      ['Bearer without a token', async () => 'Bearer'],
      ['Bearer garbage', async () => 'Bearer garbage'],
      ['three empty parts', async () => 'Bearer a.b.c'],
      ['alg none', async () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', roles: ['CREDIT_CENTRE'], iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + 600 })}.`],
      ['expired', async () => `Bearer ${await jwt({}, (t) => std(t).setIssuedAt(now - 7200).setExpirationTime(now - 3600))}`],
      ['without exp', async () => `Bearer ${await jwt({}, (t) => std(t).setIssuedAt())}`],
      ['living 13 hours', async () => `Bearer ${await jwt({}, (t) => std(t).setIssuedAt().setExpirationTime('13h'))}`],
      ['living ten years', async () => `Bearer ${await jwt({}, (t) => std(t).setIssuedAt().setExpirationTime('3650d'))}`],
      ['without iat', async () => `Bearer ${await jwt({}, (t) => std(t).setExpirationTime('1h'))}`],
      ['issued in the future', async () => `Bearer ${await jwt({}, (t) => std(t).setIssuedAt(now + 3600).setExpirationTime(now + 7200))}`],
      ['from another issuer', async () => `Bearer ${await jwt({}, (t) => t.setSubject('x').setIssuer('evil').setAudience(TOKEN_AUDIENCE).setIssuedAt().setExpirationTime('1h'))}`],
      ['for another audience', async () => `Bearer ${await jwt({}, (t) => t.setSubject('x').setIssuer(TOKEN_ISSUER).setAudience('other').setIssuedAt().setExpirationTime('1h'))}`],
      ['signed with another key', async () => `Bearer ${await jwt({}, (t) => std(t).setIssuedAt().setExpirationTime('1h'), otherKey)}`],
      ['with no role', async () => `Bearer ${await jwt({ roles: [] }, (t) => std(t).setIssuedAt().setExpirationTime('1h'))}`],
      ['with an unknown role', async () => `Bearer ${await jwt({ roles: ['ROOT'] }, (t) => std(t).setIssuedAt().setExpirationTime('1h'))}`],
      ['a department without dept', async () => `Bearer ${await jwt({ roles: ['DEPARTMENT'] }, (t) => std(t).setIssuedAt().setExpirationTime('1h'))}`],
      ['without sub', async () => `Bearer ${await jwt({}, (t) => t.setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE).setIssuedAt().setExpirationTime('1h'))}`],
      ['of 8 KB', async () => `Bearer ${'a'.repeat(8000)}`],
      ['two tokens', async () => `Bearer ${tokens.centre} ${tokens.centre}`],
    ];
    for (const [name, token] of badTokens) {
      add({ group: 'tokens', name: `a token ${name}`, as: 'none', codes: ['UNAUTHENTICATED'], status: 401,
        run: async () => gql(`query ($id: ID!) { subject(id: $id) { name idNumber } }`, { id: person.id }, { authorization: await token(), purpose: 'x' }) });
    }

    // ---- Holes 1, 2, 3, 9: roles ----
    const role = (name: string, as: Case['as'], run: () => Promise<Reply>, expectation: Partial<Case>) => add({ group: 'roles', name, as, run, ...expectation });
    role("the public reads a person's name and ID number", 'public', () => gql(`query ($id: ID!) { subject(id: $id) { name idNumber idNumberMasked } }`, { id: person.id }), { codes: ['FORBIDDEN'] });
    role("an analyst reads a person's ID number", 'analyst', () => gql(`query ($id: ID!) { subject(id: $id) { idNumber } }`, { id: person.id }, headersFor('analyst')), { codes: ['FORBIDDEN'] });
    role("an analyst reads a person's legal representative and masked number", 'analyst', () => gql(`query ($id: ID!) { subject(id: $id) { idNumberMasked } }`, { id: person.id }, headersFor('analyst')), { codes: ['FORBIDDEN'] });
    role("a department reads a person's full ID number", 'department', () => gql(`query ($id: ID!) { subject(id: $id) { idNumber } }`, { id: person.id }, headersFor('sthjj')), { codes: ['FORBIDDEN'] });
    role('the public looks a person up by ID number', 'public', () => gql(`query ($c: String!) { subjectByCode(code: $c) { id } }`, { c: person.code }), { codes: ['FORBIDDEN'] });
    role('an analyst looks a person up by ID number', 'analyst', () => gql(`query ($c: String!) { subjectByCode(code: $c) { id } }`, { c: person.code }, headersFor('analyst')), { codes: ['FORBIDDEN'] });
    role('the public searches people by name', 'public', () => gql(`query ($q: String!) { searchSubjects(query: $q, first: 5) { edges { node { id } } } }`, { q: person.name }), { ok: true, check: (r) => expect(r.body!.data.searchSubjects.edges).toEqual([]) });
    role("the public reads a subject's access log", 'public', () => gql(`query ($id: ID!) { subject(id: $id) { accessLog { at } } }`, { id: org.id }), { codes: ['FORBIDDEN'] });
    role("an analyst reads a subject's access log", 'analyst', () => gql(`query ($id: ID!) { subject(id: $id) { accessLog { at } } }`, { id: org.id }, headersFor('analyst')), { codes: ['FORBIDDEN'] });
    role("hole 9: a department reads a person's access log: only its own department's reads", 'department',
      () => gql(`query ($id: ID!) { subject(id: $id) { accessLog(first: 50) { department callerId } } }`, { id: person.id }, headersFor('scjgj')),
      { ok: true, check: (r) => {
        const log = r.body!.data.subject.accessLog as { department: string; callerId: string | null }[];
        expect(log.length).toBeGreaterThan(0);
        expect(log.every((e) => e.department === 'SCJGJ' && e.callerId === null)).toBe(true);
      } });
    role('hole 3: the public files an objection', 'public', () => gql(`mutation ($r: ID!) { fileObjection(input: { recordId: $r, reason: "不服" }) { objection { id } } }`, { r: recordId }), { codes: ['UNAUTHENTICATED'], writes: true });
    role('hole 3: an analyst files an objection', 'analyst', () => gql(`mutation ($r: ID!) { fileObjection(input: { recordId: $r, reason: "不服" }) { objection { id } } }`, { r: recordId }, headersFor('analyst')), { codes: ['FORBIDDEN'], writes: true });
    role('the public applies for repair', 'public', () => gql(`mutation ($r: ID!) { applyForRepair(input: { recordId: $r, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true }) { accepted } }`, { r: recordId }), { codes: ['UNAUTHENTICATED'], writes: true });
    role('an analyst applies for repair', 'analyst', () => gql(`mutation ($r: ID!) { applyForRepair(input: { recordId: $r, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true }) { accepted } }`, { r: recordId }, headersFor('analyst')), { codes: ['FORBIDDEN'], writes: true });
    const READ_AUTH = `query ($id: ID!) { creditRecord(id: $id) { id content } }`;
    role('hole 2: an analyst reads an AUTHORISED record', 'analyst', () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('analyst')), { ok: true, check: (r) => expect(r.body!.data.creditRecord).toBeNull() });
    role('hole 2: another department reads an AUTHORISED record', 'department', () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('sthjj')), { ok: true, check: (r) => expect(r.body!.data.creditRecord).toBeNull() });
    role('hole 2: the public reads an AUTHORISED record', 'public', () => gql(READ_AUTH, { id: authorisedRecordId }), { ok: true, check: (r) => expect(r.body!.data.creditRecord).toBeNull() });
    role('hole 2: an authorised department reads it for another purpose', 'department', () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('scjgj', '行政许可')), { ok: true, check: (r) => expect(r.body!.data.creditRecord).toBeNull() });
    role('hole 2: an authorised department reads it for the authorised purpose', 'department', () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('scjgj', '信贷审查')), { ok: true, check: (r) => expect(r.body!.data.creditRecord.id).toBe(authorisedRecordId) });
    role('hole 2: the providing department reads it', 'department', () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('rsj')), { ok: true, check: (r) => expect(r.body!.data.creditRecord.id).toBe(authorisedRecordId) });
    role("hole 2: an analyst lists and counts the subject's records", 'analyst',
      () => gql(`query ($id: ID!) { subject(id: $id) { records(first: 20) { edges { node { id } } } recordSummary { total } } }`, { id: org2.id }, headersFor('analyst')),
      { ok: true, check: (r) => {
        expect(r.text).not.toContain(authorisedRecordId);
        expect(r.body!.data.subject.recordSummary.total).toBe(0);
      } });
    role('hole 2: another department reaches it through _entities-backed Subject.records', 'department',
      () => gql(`query ($id: ID!) { subject(id: $id) { records(first: 20, category: SOCIAL_SECURITY) { edges { node { id } } } } }`, { id: org2.id }, headersFor('sthjj')),
      { ok: true, check: (r) => expect(r.body!.data.subject.records.edges).toEqual([]) });
    role('the public pushes records', 'public', () => gql(SUBMIT_ROWS, { b: { records: [penalty(37)] } }), { codes: ['FORBIDDEN'], writes: true });
    role("a department pushes another department's records", 'department', () => gql(SUBMIT_ROWS, { b: { department: 'RSJ', records: [penalty(37)] } }, headersFor('scjgj')), { codes: ['FORBIDDEN'], writes: true });
    role("a department pushes an item it does not provide", 'department', () => gql(SUBMIT_ROWS, { b: { records: [penalty(37, { catalogItem: 'RS-SB-01', category: 'SOCIAL_SECURITY' })] } }, headersFor('scjgj')), { ok: true, row: ['ITEM_NOT_PROVIDED'], writes: true });
    const REGISTER = `mutation ($i: [SubjectInput!]!) { registerSubjects(input: { subjects: $i }) { created updated results { error { code field } } } }`;
    role("hole 1: a department renames a subject another department registered", 'department', () => gql(REGISTER, { i: [{ code: registeredCode, name: '被改名公司' }] }, headersFor('sthjj')), { ok: true, row: ['NOT_REGISTRANT'], writes: true });
    role("hole 1: a department revokes a subject another department registered", 'department', () => gql(REGISTER, { i: [{ code: registeredCode, name: '市场监管登记公司', status: 'REVOKED' }] }, headersFor('sthjj')), { ok: true, row: ['NOT_REGISTRANT'], writes: true });
    role('hole 1: a department asserts registry confirmation', 'department', () => gql(REGISTER, { i: [{ code: '91350100M000100Y45', name: '试点公司', checksumConfirmedByRegistry: true }] }, headersFor('scjgj')), { ok: true, row: ['REGISTRY_CONFIRMATION_RESERVED'], writes: true });
    role("hole 1: a person's ID number re-registered as a credit code", 'centre', () => gql(REGISTER, { i: [{ code: person.code, codeType: 'CREDIT_CODE', name: person.name, checksumConfirmedByRegistry: true }] }, headersFor('centre')), { ok: true, row: ['CODE_TYPE_CHANGE', 'INVALID_CREDIT_CODE'], writes: true });
    role('the public registers subjects', 'public', () => gql(REGISTER, { i: [{ code: registeredCode, name: 'x' }] }), { codes: ['FORBIDDEN'], writes: true });
    const GRANT = `mutation ($i: GrantAuthorisationInput!) { grantAuthorisation(input: $i) { authorisation { id } } }`;
    const grantInput = { subjectId: org2.id, granteeDepartment: 'STHJJ', purpose: '执法检查', validUntil: '2027-01-01' };
    role('the public grants an authorisation', 'public', () => gql(GRANT, { i: grantInput }), { codes: ['UNAUTHENTICATED'], writes: true });
    role('a department grants itself an authorisation', 'department', () => gql(GRANT, { i: grantInput }, headersFor('sthjj')), { codes: ['FORBIDDEN'], writes: true });
    role('an analyst grants an authorisation', 'analyst', () => gql(GRANT, { i: grantInput }, headersFor('analyst')), { codes: ['FORBIDDEN'], writes: true });
    role("the public reads a subject's authorisations", 'public', () => gql(`query ($id: ID!) { subject(id: $id) { authorisations { id } } }`, { id: org2.id }), { codes: ['FORBIDDEN'] });
    role('the public reads compliance figures', 'public', () => gql(`{ publicityCompliance(from: "2026-01-01", to: "2026-12-31") { department } }`), { codes: ['FORBIDDEN'] });
    role("a department reads another department's compliance", 'department', () => gql(`{ publicityCompliance(department: "RSJ", from: "2026-01-01", to: "2026-12-31") { department } }`, {}, headersFor('scjgj')), { codes: ['FORBIDDEN'] });
    role('a department reads without a purpose', 'department', () => gql(`query ($id: ID!) { subject(id: $id) { name } }`, { id: org.id }, headersFor('scjgj', null)), { codes: ['PURPOSE_REQUIRED'] });
    role('the public lists overdue objections', 'public', () => gql(`{ overdueObjections { id } }`), { codes: ['FORBIDDEN'] });
    role("a department resolves an objection to another department's record", 'department', () => gql(`mutation ($id: ID!) { resolveObjection(input: { id: $id, outcome: UPHELD, note: "维持" }) { objection { id } } }`, { id: objectionId }, headersFor('sthjj')), { codes: ['FORBIDDEN'], writes: true });
    role('the public calls the internal access-log mutation', 'public', () => gql(`mutation { recordSubjectAccess(input: { at: "2026-01-01T00:00:00Z", callerId: "x", roles: [], subjectIds: [] }) }`), { codes: ['GRAPHQL_VALIDATION_FAILED'], writes: true });

    // ---- Hole 3: the SUBJECT role: its own whole file, the public view of others ----
    const self = (name: string, run: () => Promise<Reply>, expectation: Partial<Case>) => add({ group: 'subject', name, as: 'public', run, ...expectation });
    self('a subject reads its own whole file and access log', () => gql(`query ($id: ID!) { subject(id: $id) { name legalRepresentative registeredAt accessLog(first: 50) { department purpose } } }`, { id: org.id }, headersFor('orgSelf', '查看本企业信用档案')), {
      ok: true, check: (r) => {
        expect(r.body!.data.subject.name).toBe(org.name);
        expect(r.body!.data.subject.accessLog.length).toBeGreaterThan(0);
      } });
    self('a subject reads its own file without a purpose', () => gql(`query ($id: ID!) { subject(id: $id) { registeredAt } }`, { id: org.id }, headersFor('orgSelf', null)), { codes: ['PURPOSE_REQUIRED'] });
    self("a subject reads another subject's access log", () => gql(`query ($id: ID!) { subject(id: $id) { accessLog { at } } }`, { id: org2.id }, headersFor('orgSelf')), { codes: ['FORBIDDEN'] });
    self("a subject reads a natural person's name", () => gql(`query ($id: ID!) { subject(id: $id) { name } }`, { id: person.id }, headersFor('orgSelf')), { codes: ['FORBIDDEN'] });
    self('a subject looks a person up by ID number', () => gql(`query ($c: String!) { subjectByCode(code: $c) { id } }`, { c: person.code }, headersFor('orgSelf')), { codes: ['FORBIDDEN'] });
    self('a subject reads its own AUTHORISED record', () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('org2Self')), { ok: true, check: (r) => expect(r.body!.data.creditRecord.id).toBe(authorisedRecordId) });
    self("a subject reads another subject's AUTHORISED record", () => gql(READ_AUTH, { id: authorisedRecordId }, headersFor('orgSelf')), { ok: true, check: (r) => expect(r.body!.data.creditRecord).toBeNull() });
    self("a subject lists another subject's records: the public view only", () => gql(`query ($id: ID!) { subject(id: $id) { records(first: 20) { edges { node { id } } } } }`, { id: org2.id }, headersFor('orgSelf')), { ok: true, check: (r) => expect(r.text).not.toContain(authorisedRecordId) });
    self("a subject objects to another subject's record", () => gql(`mutation ($r: ID!) { fileObjection(input: { recordId: $r, reason: "不服" }) { objection { id } } }`, { r: authorisedRecordId }, headersFor('orgSelf')), { codes: ['FORBIDDEN', 'NOT_FOUND'], writes: true });
    self("a subject applies for repair of another subject's record", () => gql(`mutation ($r: ID!) { applyForRepair(input: { recordId: $r, obligationsFulfilled: true, conductCorrected: true, commitmentMade: true }) { accepted } }`, { r: authorisedRecordId }, headersFor('orgSelf')), { codes: ['FORBIDDEN', 'NOT_FOUND'], writes: true });
    self('a subject authorises a department for another subject', () => gql(GRANT, { i: grantInput }, headersFor('orgSelf')), { codes: ['FORBIDDEN'], writes: true });
    self("a subject revokes another subject's authorisation", () => gql(`mutation ($id: ID!) { revokeAuthorisation(input: { id: $id }) { authorisation { id } } }`, { id: grantedId }, headersFor('orgSelf')), { codes: ['NOT_FOUND'], writes: true });
    self("a subject reads another subject's authorisations", () => gql(`query ($id: ID!) { subject(id: $id) { authorisations { id } } }`, { id: org2.id }, headersFor('orgSelf')), { codes: ['FORBIDDEN'] });
    self('a subject pushes records', () => gql(SUBMIT_ROWS, { b: { records: [penalty(38)] } }, headersFor('orgSelf')), { codes: ['FORBIDDEN'], writes: true });
    self('a subject registers subjects', () => gql(REGISTER, { i: [{ code: registeredCode, name: '自改名称' }] }, headersFor('orgSelf')), { codes: ['FORBIDDEN'], writes: true });
    self('a subject reads compliance figures', () => gql(`{ publicityCompliance(from: "2026-01-01", to: "2026-12-31") { department } }`, {}, headersFor('orgSelf')), { codes: ['FORBIDDEN'] });
    self('a subject resolves an objection', () => gql(`mutation ($id: ID!) { resolveObjection(input: { id: $id, outcome: REVOKED, note: "撤销" }) { objection { id } } }`, { id: objectionId }, headersFor('orgSelf')), { codes: ['FORBIDDEN'], writes: true });
    self('a subject token without subject_id', async () => gql(`{ __typename }`, {}, { authorization: `Bearer ${await developmentToken({ sub: 'self', roles: ['SUBJECT'] })}` }), { codes: ['UNAUTHENTICATED'], status: 401 });
    self('a subject token whose subject_id is no id', async () => gql(`{ __typename }`, {}, { authorization: `Bearer ${await developmentToken({ sub: 'self', roles: ['SUBJECT'], subjectId: "x' or 1=1" })}` }), { codes: ['UNAUTHENTICATED'], status: 401 });

    // ---- Hole 4: direct calls to subgraphs, unsigned, forged or replayed ----
    const signedQuery = { query: `query ($id: ID!) { subject(id: $id) { name } }`, variables: { id: org.id } };
    const centre: Caller = { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '核查', subjectId: null };
    const direct = async (url: string, body: unknown, headers: Record<string, string>) =>
      reply(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
    const sub = (name: string, run: () => Promise<Reply>, codes: string[] | null, status?: number, extra: Partial<Case> = {}) =>
      add({ group: 'subgraphs', name, as: 'centre', run, ...(codes ? { codes } : { ok: true }), ...(status ? { status } : {}), ...extra });
    sub('an unsigned call to subjects', () => direct(system.subgraphs.subjects!.url, signedQuery, {}), ['UNAUTHENTICATED'], 401);
    sub('an unsigned call to records', () => direct(system.subgraphs.records!.url, { query: '{ overdueObjections { id } }' }, {}), ['UNAUTHENTICATED'], 401);
    sub('a random signature', () => direct(system.subgraphs.subjects!.url, signedQuery, { ...signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery), [SIGNATURE_HEADER]: 'A'.repeat(43) }), ['UNAUTHENTICATED'], 401);
    sub("another subgraph's secret", () => direct(system.subgraphs.subjects!.url, signedQuery, signedCallerHeaders(subgraphSecret('records'), centre, signedQuery)), ['UNAUTHENTICATED'], 401);
    sub('a signature two minutes old', () => direct(system.subgraphs.subjects!.url, signedQuery, signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery, Date.now() - 120_000)), ['UNAUTHENTICATED'], 401);
    sub('a signature from the future', () => direct(system.subgraphs.subjects!.url, signedQuery, signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery, Date.now() + 120_000)), ['UNAUTHENTICATED'], 401);
    const captured = signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery);
    sub('a correctly signed call (the original)', () => direct(system.subgraphs.subjects!.url, signedQuery, captured), null, 200, { check: (r) => expect(r.body!.data.subject.name).toBe(org.name) });
    sub('hole 4: the same signed call replayed', () => direct(system.subgraphs.subjects!.url, signedQuery, captured), ['UNAUTHENTICATED'], 401, { check: (r) => expect(r.body!.errors![0]!.extensions!.reason).toBe('REPLAYED') });
    sub('hole 4: a signed call replayed with other variables', () => {
      const headers = signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery);
      return direct(system.subgraphs.subjects!.url, { ...signedQuery, variables: { id: person.id } }, headers);
    }, ['UNAUTHENTICATED'], 401);
    sub('hole 4: a signed call sent with another operation name', () => {
      const op = { query: 'query A { __typename } query B { __typename }', operationName: 'A' };
      return direct(system.subgraphs.subjects!.url, { ...op, operationName: 'B' }, signedCallerHeaders(subgraphSecret('subjects'), centre, op));
    }, ['UNAUTHENTICATED'], 401);
    sub('a caller header raised to the credit centre', () => {
      const headers = signedCallerHeaders(subgraphSecret('subjects'), { id: 'anonymous', department: null, roles: ['PUBLIC'], purpose: null, subjectId: null }, signedQuery);
      return direct(system.subgraphs.subjects!.url, signedQuery, { ...headers, [CALLER_HEADER]: Buffer.from(JSON.stringify(centre)).toString('base64url') });
    }, ['UNAUTHENTICATED'], 401);
    sub('a signed call without its nonce', () => {
      const { [NONCE_HEADER]: _nonce, ...headers } = signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery);
      return direct(system.subgraphs.subjects!.url, signedQuery, headers);
    }, ['UNAUTHENTICATED'], 401);
    sub('a timestamp that is not a number', () => direct(system.subgraphs.subjects!.url, signedQuery, { ...signedCallerHeaders(subgraphSecret('subjects'), centre, signedQuery), [TIMESTAMP_HEADER]: 'soon' }), ['UNAUTHENTICATED'], 401);
    sub('the access log written by a department, signed', () => {
      const op = { query: `mutation ($i: SubjectAccessInput!) { recordSubjectAccess(input: $i) }`, variables: { i: { at: '2026-01-01T00:00:00Z', callerId: 'forged', roles: ['DEPARTMENT'], subjectIds: [org.id] } } };
      return direct(system.subgraphs.subjects!.url, op, signedCallerHeaders(subgraphSecret('subjects'), { ...centre, roles: ['DEPARTMENT'], department: 'SCJGJ' }, op));
    }, ['FORBIDDEN'], undefined, { writes: true });
    sub('a body that is not JSON, to a subgraph', () => direct(system.subgraphs.records!.url, '{"query": ', {}), ['BAD_REQUEST'], 400);
    sub('a signed call with a NUL in a variable', () => {
      const op = { query: `query ($q: String!) { searchSubjects(query: $q, first: 1) { edges { cursor } } }`, variables: { q: 'a\u0000b' } };
      return direct(system.subgraphs.subjects!.url, op, signedCallerHeaders(subgraphSecret('subjects'), centre, op));
    }, ['INVALID_CHARACTERS']);
    sub('a signed call with a cursor holding an impossible date', () => {
      const op = { query: `query ($id: ID!, $a: String) { _entities(representations: [{ __typename: "Subject", id: $id }]) { ... on Subject { records(first: 1, after: $a) { edges { cursor } } } } }`, variables: { id: org.id, a: b64(['2026-02-30', UUID_ZERO]) } };
      return direct(system.subgraphs.records!.url, op, signedCallerHeaders(subgraphSecret('records'), centre, op));
    }, ['INVALID_CURSOR']);
  }

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
