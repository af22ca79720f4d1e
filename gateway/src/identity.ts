import { createSecretKey, type KeyObject } from 'node:crypto';
import { PUBLIC_CALLER, isGovernment, isRole, type Caller, type Role } from '@credit/authz';
import { isSubjectId } from '@credit/kit';
import { isDepartmentCode, replacementOf } from '@credit/departments';
import { GraphQLError } from 'graphql';
import { createLocalJWKSet, jwtVerify, SignJWT, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

export const TOKEN_ISSUER = 'credit-platform';
export const TOKEN_AUDIENCE = 'credit-gateway';

/** The key that signs development tokens when no key set is configured. Never used in production. */
export const DEVELOPMENT_KEY: KeyObject = createSecretKey(
  Buffer.from('credit-platform-local-development-key-not-for-production'),
);

export type TokenKeys = { jwks: JSONWebKeySet } | { secret: KeyObject };

/** Longest token lifetime (exp - iat) accepted unless configured (TOKEN_MAX_LIFETIME). */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;

/**
 * Verifies bearer tokens and turns them into callers. A token must carry `exp` and `iat`, and live
 * at most `maxLifetimeSeconds` (exp - iat): a token that never expires is refused.
 */
export function createAuthenticator(keys: TokenKeys, maxLifetimeSeconds = DEFAULT_TOKEN_MAX_LIFETIME_SECONDS) {
  const key: JWTVerifyGetKey | KeyObject = 'jwks' in keys ? createLocalJWKSet(keys.jwks) : keys.secret;

  return async function authenticate(authorization: string | undefined, purpose: string | null): Promise<Caller> {
    if (!authorization) return { ...PUBLIC_CALLER, purpose };
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('the Authorization header must be `Bearer <token>`');
    try {
      const { payload } = await jwtVerify(token, key as never, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: 30,
      });
      if (payload.exp! - payload.iat! > maxLifetimeSeconds) {
        throw new TokenRefused(`the token lives ${payload.exp! - payload.iat!} s; at most ${maxLifetimeSeconds} s are accepted`);
      }
      if (payload.iat! > Math.floor(Date.now() / 1000) + 60) throw new TokenRefused('the token was issued in the future');
      const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter(isRole);
      if (!payload.sub || roles.length === 0) throw new TokenRefused('the token names no subject or no known role');
      const department = typeof payload.dept === 'string' ? payload.dept : null;
      const organisation = organisationProblem(roles, department);
      if (organisation) throw new TokenRefused(organisation);
      const subjectId = typeof payload.subject_id === 'string' ? payload.subject_id : null;
      if (roles.includes('SUBJECT') && !subjectId) throw new TokenRefused('a subject token needs a `subject_id` claim');
      if (subjectId !== null && !isSubjectId(subjectId)) {
        throw new TokenRefused('a subject token needs a `subject_id` claim that is a subject id');
      }
      return { id: payload.sub, department, roles, purpose, subjectId };
    } catch (error) {
      throw unauthenticated(`invalid token: ${tokenProblem(error)}`);
    }
  };
}

/** A rule of this platform a verified token breaks; its message never echoes the token or a claim's value. */
class TokenRefused extends Error {}

/** An agency's registry code (ratings' `agency.code`, e.g. `XYFW-001`): checked against the registry by ratings. */
const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/**
 * What is wrong with the organisation a token names (its `dept` claim), or null. Government roles
 * carry a code of the departments directory (@credit/departments), required for DEPARTMENT; a
 * retired code is refused with the code that replaced it. An agency (AGENCY) is a company, not a
 * department: its token carries that role alone and its registry code. Other tokens name none.
 */
export function organisationProblem(roles: readonly Role[], dept: string | null): string | null {
  if (roles.includes('AGENCY')) {
    if (roles.length > 1) return 'an agency token carries the AGENCY role alone';
    return dept !== null && AGENCY_CODE.test(dept) ? null : 'an agency token needs a `dept` claim that is its registry code (capital letters, digits and hyphens)';
  }
  if (!isGovernment({ roles })) {
    return dept === null ? null : 'a `dept` claim goes only with DEPARTMENT, CREDIT_CENTRE, ANALYST or AGENCY tokens';
  }
  if (dept === null) return roles.includes('DEPARTMENT') ? 'a department token needs a `dept` claim' : null;
  if (isDepartmentCode(dept)) return null;
  const replacement = replacementOf(dept);
  if (replacement) return `the token's \`dept\` is a retired department code; ask for a token under ${replacement}`;
  return "the token's `dept` is not a code of the departments directory (@credit/departments)";
}

/** What is wrong with a token, in words that never echo the token or a claim's value. */
function tokenProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'it has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `the ${(error as { claim?: string }).claim ?? 'claims'} claim is missing or wrong (tokens need exp, iat, sub, iss and aud)`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'its signature does not verify';
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return 'it is not a well-formed JSON Web Token';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'its algorithm is not accepted';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'no configured key signed it';
  }
  return error instanceof TokenRefused ? error.message : 'it cannot be verified';
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
