/**
 * Bad-input corpus, calls straight to the subgraphs (hole 4): unsigned, forged, stale, replayed,
 * or signed over something other than what is sent.
 */
import { CALLER_HEADER, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signedCallerHeaders, subgraphSecret, type Caller } from '@credit/http';
import { expect } from 'vitest';
import { UUID_ZERO, b64, org, person, reply, type Case, type Corpus, type Reply } from './harness';

export function subgraphCases({ add, system }: Corpus): void {
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
