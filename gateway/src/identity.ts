import { createSecretKey, type KeyObject } from 'node:crypto';
import { PUBLIC_CALLER, isRole, type Caller, type Role } from '@credit/authz';
import { GraphQLError } from 'graphql';
import { createLocalJWKSet, jwtVerify, SignJWT, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

export const TOKEN_ISSUER = 'credit-platform';
export const TOKEN_AUDIENCE = 'credit-gateway';

/** The key that signs development tokens when no key set is configured. Never used in production. */
export const DEVELOPMENT_KEY: KeyObject = createSecretKey(
  Buffer.from('credit-platform-local-development-key-not-for-production'),
);

export type TokenKeys = { jwks: JSONWebKeySet } | { secret: KeyObject };

/** Verifies bearer tokens and turns them into callers. */
export function createAuthenticator(keys: TokenKeys) {
  const key: JWTVerifyGetKey | KeyObject = 'jwks' in keys ? createLocalJWKSet(keys.jwks) : keys.secret;

  return async function authenticate(authorization: string | undefined, purpose: string | null): Promise<Caller> {
    if (!authorization) return { ...PUBLIC_CALLER, purpose };
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('the Authorization header must be `Bearer <token>`');
    try {
      const { payload } = await jwtVerify(token, key as never, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
      const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter(isRole);
      if (!payload.sub || roles.length === 0) throw new Error('the token names no subject or no known role');
      const department = typeof payload.dept === 'string' ? payload.dept : null;
      if (roles.includes('DEPARTMENT') && !department) throw new Error('a department token needs a `dept` claim');
      const subjectId = typeof payload.subject_id === 'string' ? payload.subject_id : null;
      if (roles.includes('SUBJECT') && !subjectId) throw new Error('a subject token needs a `subject_id` claim');
      return { id: payload.sub, department, roles, purpose, subjectId };
    } catch (error) {
      throw unauthenticated(`invalid token: ${(error as Error).message}`);
    }
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** A development token, signed with the development key (see `pnpm token`). */
export function developmentToken(
  claims: { sub: string; dept?: string | undefined; roles: Role[]; subjectId?: string | undefined },
  expiresIn = '8h',
) {
  return new SignJWT({ dept: claims.dept, roles: claims.roles, subject_id: claims.subjectId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(DEVELOPMENT_KEY);
}
