/**
 * Errors of the sanctions subgraph, with codes of the platform's one catalogue (`ERROR_CODES` of
 * @credit/http, re-exported by @credit/kit): FORBIDDEN, NOT_FOUND, BAD_USER_INPUT,
 * PURPOSE_REQUIRED, INVALID_TRANSITION, ... and the listing codes (BASIS_REQUIRED,
 * DUPLICATE_LISTING, OBJECTION_WINDOW_OPEN, OBJECTION_WINDOW_CLOSED, RECTIFICATION_NOT_DUE,
 * PERIOD_NOT_EXPIRED).
 */
import type { ErrorCode } from '@credit/kit';
import { GraphQLError } from 'graphql';

export function userError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const forbidden = (message: string) => userError('FORBIDDEN', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) => userError('BAD_USER_INPUT', message, field);
