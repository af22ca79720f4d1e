import type { Caller } from '@credit/http';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { cachedAuthenticator } from '../src/tokenCache';

const token = (exp: number) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(exp).sign(new TextEncoder().encode('k'.repeat(32)));

describe('the verified-token cache', () => {
  it('verifies a token once a window, keeps the purpose per request, and never past its expiry', async () => {
    let clock = 1_000_000_000_000;
    let verified = 0;
    const authenticate = async (authorization: string | undefined, purpose: string | null): Promise<Caller> => {
      verified++;
      if (authorization?.includes('bad')) throw new Error('invalid token');
      return { id: 'officer', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose, subjectId: null };
    };
    const cached = cachedAuthenticator(authenticate, 30, 100, () => clock);
    const long = `Bearer ${await token(clock / 1000 + 3600)}`;
    expect((await cached(long, 'a')).purpose).toBe('a');
    expect((await cached(long, 'b')).purpose).toBe('b');
    expect(verified).toBe(1);
    clock += 31_000;
    await cached(long, 'c');
    expect(verified).toBe(2);

    const short = `Bearer ${await token(clock / 1000 + 5)}`;
    await cached(short, null);
    clock += 6_000;
    await cached(short, null);
    expect(verified).toBe(4); // expired: checked again (and refused by the real verifier)

    await expect(cached('Bearer bad', null)).rejects.toThrow();
    await expect(cached('Bearer bad', null)).rejects.toThrow();
    expect(verified).toBe(6);
    await cached(undefined, null);
    await cached(undefined, null);
    expect(verified).toBe(8); // the public: nothing to cache
  });

  it('is off with 0 seconds', async () => {
    let verified = 0;
    const authenticate = async (): Promise<Caller> => ({ id: 'x', department: null, roles: ['CREDIT_CENTRE'], purpose: null, subjectId: null }) as Caller;
    const cached = cachedAuthenticator(async (a, p) => (verified++, authenticate()), 0);
    await cached('Bearer t', null);
    await cached('Bearer t', null);
    expect(verified).toBe(2);
  });
});
