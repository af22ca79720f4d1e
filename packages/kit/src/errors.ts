import type { ErrorCode } from '@credit/http';
import { GraphQLError } from 'graphql';

/**
 * The platform's one error catalogue lives in @credit/http (src/errorCodes.ts), shared with the
 * gateway; the kit re-exports it and types its helpers against it.
 */
export { ERROR_CODES, ROW_ERROR_CODES, type ErrorCode, type RowErrorCode } from '@credit/http';

/** A mistake the caller can act on, with a code from the catalogue and, optionally, the input field. */
export function userError(code: ErrorCode, message: string, options: { field?: string } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(options.field ? { field: options.field } : {}) } });
}

export function forbidden(message: string): GraphQLError {
  return userError('FORBIDDEN', message);
}

export function notFound(message: string): GraphQLError {
  return userError('NOT_FOUND', message);
}

export function badInput(message: string, code: ErrorCode = 'BAD_USER_INPUT', options: { field?: string } = {}): GraphQLError {
  return userError(code, message, options);
}
