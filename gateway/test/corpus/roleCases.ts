/**
 * Bad-input corpus, who may do what (holes 1, 2, 3 and 9): each role reaching past its rights,
 * and the SUBJECT role, its own whole file and the public view of everyone else.
 */
import { expect } from 'vitest';
import { penalty } from '../../../subgraphs/records/test/fixtures';
import { developmentToken } from '../../src/identity';
import { GRANT, READ_AUTH, REGISTER, SUBMIT_ROWS, grantInput, org, org2, person, type Case, type Corpus, type Reply } from './harness';

export function roleCases({ add, gql, headersFor, recordId, authorisedRecordId, objectionId, grantedId, registeredCode }: Corpus): void {
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
  role("hole 1: a department renames a subject another department registered", 'department', () => gql(REGISTER, { i: [{ code: registeredCode, name: '被改名公司' }] }, headersFor('sthjj')), { ok: true, row: ['NOT_REGISTRANT'], writes: true });
  role("hole 1: a department revokes a subject another department registered", 'department', () => gql(REGISTER, { i: [{ code: registeredCode, name: '市场监管登记公司', status: 'REVOKED' }] }, headersFor('sthjj')), { ok: true, row: ['NOT_REGISTRANT'], writes: true });
  role('hole 1: a department asserts registry confirmation', 'department', () => gql(REGISTER, { i: [{ code: '91350100M000100Y45', name: '试点公司', checksumConfirmedByRegistry: true }] }, headersFor('scjgj')), { ok: true, row: ['REGISTRY_CONFIRMATION_RESERVED'], writes: true });
  role("hole 1: a person's ID number re-registered as a credit code", 'centre', () => gql(REGISTER, { i: [{ code: person.code, codeType: 'CREDIT_CODE', name: person.name, checksumConfirmedByRegistry: true }] }, headersFor('centre')), { ok: true, row: ['CODE_TYPE_CHANGE', 'INVALID_CREDIT_CODE'], writes: true });
  role('the public registers subjects', 'public', () => gql(REGISTER, { i: [{ code: registeredCode, name: 'x' }] }), { codes: ['FORBIDDEN'], writes: true });
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
}
