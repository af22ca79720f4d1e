import { describe, expect, it } from 'vitest';
import { PUBLIC_CALLER, ReplayGuard, signedCallerHeaders, verifySignedRequest } from '../src/caller';

const SECRET = 'a-test-secret-for-signing-0123456789';

describe('hole 4: signed subgraph requests', () => {
  const operation = { query: 'query ($id: ID!) { subject(id: $id) { name } }', variables: { id: 'a' }, operationName: null };

  it('covers the query, the variables and the operation name', () => {
    const headers = signedCallerHeaders(SECRET, PUBLIC_CALLER, operation);
    expect(verifySignedRequest(SECRET, headers, operation)).toMatchObject({ id: 'anonymous' });
    expect(verifySignedRequest(SECRET, headers, { ...operation, variables: { id: 'b' } })).toBe('forged');
    expect(verifySignedRequest(SECRET, headers, { ...operation, operationName: 'Other' })).toBe('forged');
    expect(verifySignedRequest(SECRET, headers, { ...operation, query: '{ __typename }' })).toBe('forged');
    expect(verifySignedRequest('another-secret-0123456789012345', headers, operation)).toBe('forged');
    expect(verifySignedRequest(SECRET, {}, operation)).toBe('unsigned');
    expect(verifySignedRequest(SECRET, headers, operation, undefined, Date.now() + 61_000)).toBe('expired');
  });

  it('refuses a replay within the window, and fails closed when its memory is full', () => {
    const guard = new ReplayGuard(2);
    const first = signedCallerHeaders(SECRET, PUBLIC_CALLER, operation);
    expect(typeof verifySignedRequest(SECRET, first, operation, guard)).toBe('object');
    expect(verifySignedRequest(SECRET, first, operation, guard)).toBe('replayed');
    // Two identical operations from the same caller in the same millisecond differ by their nonce.
    const now = Date.now();
    const a = signedCallerHeaders(SECRET, PUBLIC_CALLER, operation, now);
    expect(typeof verifySignedRequest(SECRET, a, operation, guard, now)).toBe('object');
    const b = signedCallerHeaders(SECRET, PUBLIC_CALLER, operation, now);
    expect(verifySignedRequest(SECRET, b, operation, guard, now)).toBe('replayed'); // full: refused, not forgotten
    // Past the window the old signatures are forgotten and room is made.
    expect(typeof verifySignedRequest(SECRET, signedCallerHeaders(SECRET, PUBLIC_CALLER, operation, now + 130_000), operation, guard, now + 130_000)).toBe('object');
  });
});
