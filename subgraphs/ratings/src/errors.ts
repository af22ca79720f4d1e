import type { ErrorCode } from '@credit/kit';
import { GraphQLError } from 'graphql';

/**
 * This subgraph's errors, with codes of the platform's one catalogue (`ERROR_CODES` of
 * @credit/http, re-exported by @credit/kit): FORBIDDEN, NOT_FOUND, BAD_USER_INPUT and the ratings
 * codes (NO_MODEL_IN_FORCE, NO_CURRENT_GRADES, NO_SAMPLING_POLICY, UNKNOWN_AGENCY,
 * AGENCY_NOT_ACTIVE, SUBJECT_LISTING_UNAVAILABLE).
 */
export function userError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const forbidden = (message: string) => userError('FORBIDDEN', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) => userError('BAD_USER_INPUT', message, field);
