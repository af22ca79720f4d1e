/**
 * Bad-input corpus, the values themselves (holes 6 and 7): control characters, impossible dates,
 * department codes outside the directory, ids that are not UUIDs, bogus cursors, numbers out of
 * range, strings beyond their limits.
 */
import { expect } from 'vitest';
import { penalty } from '../../../subgraphs/records/test/fixtures';
import { SUBMIT_ROWS, UUID_ZERO, b64, org, type Corpus, type Reply } from './harness';

export function inputCases({ add, gql, headersFor, tokens, recordId, objectionId, registeredCode }: Corpus): void {
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
}
