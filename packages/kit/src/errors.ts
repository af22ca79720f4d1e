import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` the platform answers with, and what a client should make of it. Clients
 * read this catalogue (README "Errors"); a subgraph adds its domain codes here, not ad hoc.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument is invalid; the message says which and why. Fix the input and retry.',
  UNAUTHENTICATED: 'No valid token, or a subgraph called without the gateway signature. Sign in again.',
  FORBIDDEN: "The caller's role may not see this field or do this; the rest of the response stands.",
  NOT_FOUND: 'The object named does not exist, or is not visible to the caller.',
  PURPOSE_REQUIRED: 'Reading credit information needs a `purpose` header saying why (it is recorded in the access log).',
  INVALID_CURSOR: '`after` is not a cursor this field returned; start again from the first page.',
  INVALID_CREDIT_CODE: 'The 统一社会信用代码 is malformed or its check character is wrong.',
  INVALID_ID_NUMBER: 'The 公民身份号码 is malformed or its check character is wrong.',
  INVALID_TRANSITION: 'The object is not in a state that allows this change (it changed meanwhile?); reload it.',
  OBJECTION_CLOSED: 'The objection was already resolved.',
  BATCH_TOO_LARGE: 'Too many items in one call; split the batch (the message gives the limit).',
  SUBJECTS_UNAVAILABLE: 'Records could not match parties to subjects (the subjects directory did not answer); nothing was stored. Retry the batch.',
  SUBGRAPH_UNAVAILABLE: 'A part of the system did not answer; the fields it serves are null, the rest is complete. Retry later.',
  INTERNAL_SERVER_ERROR: 'Something failed on the server; the message carries no detail (it is logged with the request id).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

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
