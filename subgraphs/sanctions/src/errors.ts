/**
 * The error codes this subgraph sets in `extensions.code` (stable; clients may branch on them).
 * Kept local until the kit's catalogue (`ERROR_CODES`) carries them.
 */
import { GraphQLError } from 'graphql';

export const SANCTIONS_ERROR_CODES = {
  FORBIDDEN: 'The caller may not do this (谁认定、谁负责: only the determining department or the credit centre changes a listing).',
  NOT_FOUND: 'No such listing, objection or application, or the caller may not see it.',
  BAD_USER_INPUT: 'An input is missing or malformed; the message names it.',
  PURPOSE_REQUIRED: 'Reading non-public listings needs a `purpose` header saying why.',
  INVALID_SUBJECT_CODE: 'The code is neither a valid 统一社会信用代码 nor a valid 公民身份号码.',
  BASIS_REQUIRED: 'A listing needs a basis: credit records or documents.',
  DUPLICATE_LISTING: 'The subject already has a proposed or active listing of that type.',
  INVALID_STATE: 'The listing or application is not in a state that allows this step.',
  OBJECTION_WINDOW_OPEN: 'The objection window has not closed yet, or an objection is still open.',
  OBJECTION_WINDOW_CLOSED: 'The objection window has closed.',
  RECTIFICATION_NOT_DUE: 'The rectification deadline has not passed (or none is set).',
  PERIOD_NOT_EXPIRED: 'The listing period has not ended yet.',
  TOO_MANY_CODES: 'A cross-check takes at most 10,000 codes.',
} as const;

export type SanctionsErrorCode = keyof typeof SANCTIONS_ERROR_CODES;

export function userError(code: SanctionsErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const forbidden = (message: string) => userError('FORBIDDEN', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) => userError('BAD_USER_INPUT', message, field);
