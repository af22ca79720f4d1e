import type { Caller } from '@credit/http';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { createAuthenticator } from './identity';

export interface GatewayContext {
  caller: Caller;
}

export const DEFAULT_PURPOSE_MAX_LENGTH = 200;

function badPurpose(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_PURPOSE', field: 'purpose', http: { status: 400 } } });
}

/**
 * The `purpose` header, percent-decoded (HTTP headers carry Chinese text that way): at most
 * `maxLength` characters, no control characters (it is stored in subjects' access logs).
 */
export function purposeOf(req: Pick<express.Request, 'get'>, maxLength = DEFAULT_PURPOSE_MAX_LENGTH): string | null {
  const raw = req.get('purpose');
  if (!raw) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw).trim();
  } catch {
    throw badPurpose('The `purpose` header is not valid percent-encoded UTF-8: encode it with encodeURIComponent');
  }
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/.test(text)) {
    throw badPurpose('The `purpose` header holds control characters: say why you read in plain text');
  }
  if ([...text].length > maxLength) {
    throw badPurpose(`The \`purpose\` header is longer than ${maxLength} characters: say why you read in a short sentence`);
  }
  return text || null;
}

/**
 * The verified caller of a request, computed once per request (the rate limiter and the GraphQL
 * context both ask); rejects with UNAUTHENTICATED for a bad token.
 */
export function callerResolver(authenticate: ReturnType<typeof createAuthenticator>, purposeMaxLength = DEFAULT_PURPOSE_MAX_LENGTH) {
  const callers = new WeakMap<express.Request, Promise<Caller>>();
  return (req: express.Request): Promise<Caller> => {
    let caller = callers.get(req);
    if (!caller) {
      caller = Promise.resolve().then(() => authenticate(req.get('authorization'), purposeOf(req, purposeMaxLength)));
      caller.catch(() => {});
      callers.set(req, caller);
    }
    return caller;
  };
}

export function contextFor(callerOf: (req: express.Request) => Promise<Caller>) {
  return async ({ req }: { req: express.Request }): Promise<GatewayContext> => ({
    caller: await callerOf(req),
  });
}
