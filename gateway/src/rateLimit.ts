import type { Caller } from '@credit/http';
import type express from 'express';
import { ipKeyGenerator, rateLimit, type AugmentedRequest } from 'express-rate-limit';
import type { RateLimits } from './env';
import { sendError } from './errors';

/** Whom a request counts against: the verified caller, or the address of a caller without a token. */
async function clientOf(req: express.Request, callerOf: (req: express.Request) => Promise<Caller>) {
  try {
    const caller = await callerOf(req);
    if (caller.id !== 'anonymous') return { key: `caller:${caller.id}`, verified: true };
  } catch {
    // An invalid token counts against its address; the request itself then fails with 401.
  }
  return { key: `address:${ipKeyGenerator(req.ip ?? 'unknown')}`, verified: false };
}

/**
 * Per-caller rate limit: each verified caller id gets `perCaller` requests a window, each address
 * without a valid token `perPublicAddress`. Past it: 429 with `Retry-After` and a JSON error.
 * Counts are kept in this process; several gateway instances each count their own share.
 */
export function rateLimiter(limits: RateLimits, callerOf: (req: express.Request) => Promise<Caller>): express.RequestHandler {
  return rateLimit({
    windowMs: limits.windowMs,
    limit: async (req) => ((await clientOf(req, callerOf)).verified ? limits.perCaller : limits.perPublicAddress),
    keyGenerator: async (req) => (await clientOf(req, callerOf)).key,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const info = (req as AugmentedRequest).rateLimit;
      const retryAfter = Number(res.getHeader('retry-after'));
      const who = info?.key.startsWith('caller:') ? 'this caller' : 'this address without a token';
      sendError(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests: ${who} may send ${info?.limit} per ${Math.round(limits.windowMs / 1000)} s. Retry after ${retryAfter} s.`,
        { retryAfterSeconds: retryAfter },
      );
    },
  });
}
