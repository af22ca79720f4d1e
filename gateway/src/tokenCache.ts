import type { Caller } from '@credit/http';
import { decodeJwt } from 'jose';

type Authenticate = (authorization: string | undefined, purpose: string | null) => Promise<Caller>;

/**
 * Remembers the caller a bearer token verified to, for `seconds` at most and never past the token's
 * own expiry, so that a client sending the same token on every request has its signature checked
 * once a window rather than every time. Keyed by the whole Authorization header; only successful
 * verifications are remembered (a refused token is checked again each time); the purpose header is
 * per request and never cached. At most `capacity` tokens (the oldest are forgotten first).
 */
export function cachedAuthenticator(authenticate: Authenticate, seconds: number, capacity = 10_000, now = () => Date.now()): Authenticate {
  if (seconds <= 0) return authenticate;
  const cache = new Map<string, { caller: Caller; until: number }>();
  return async (authorization, purpose) => {
    if (!authorization) return authenticate(authorization, purpose);
    const hit = cache.get(authorization);
    if (hit && hit.until > now()) return { ...hit.caller, purpose };
    if (hit) cache.delete(authorization);
    const caller = await authenticate(authorization, purpose);
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    let expires = Number.POSITIVE_INFINITY;
    try {
      const exp = token ? decodeJwt(token).exp : undefined;
      if (typeof exp === 'number') expires = exp * 1000;
    } catch {
      return caller;
    }
    if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
    cache.set(authorization, { caller: { ...caller, purpose: null }, until: Math.min(now() + seconds * 1000, expires) });
    return caller;
  };
}
