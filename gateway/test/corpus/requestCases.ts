/**
 * Bad-input corpus, the request around the operation (holes 5 and 6): what GraphQL over HTTP
 * answers with 4xx, and tokens that are forged, expired, overlong or unsigned.
 */
import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { penalty } from '../../../subgraphs/records/test/fixtures';
import { DEVELOPMENT_KEY, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/identity';
import { b64, person, reply, UUID_ZERO, type Corpus, type Reply } from './harness';

export function requestCases({ add, gql, post, headersFor, tokens, system }: Corpus): void {
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
    ['a mutation over GET', () => getQuery('mutation { fileObjection(input: { recordId: "x", reason: "y" }) { objection { id } } }'), ['BAD_REQUEST'], 405],
    ['/metrics with a wrong token', () => post('', { authorization: 'Bearer not-the-metrics-token-000' }, '/metrics', 'GET'), ['FORBIDDEN'], 403],
  ];
  async function getQuery(query: string): Promise<Reply> {
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
}
