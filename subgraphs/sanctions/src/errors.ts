/**
 * Errors of the sanctions subgraph: the kit's catalogue (`ERROR_CODES`: FORBIDDEN, NOT_FOUND,
 * BAD_USER_INPUT, PURPOSE_REQUIRED, INVALID_CREDIT_CODE, INVALID_ID_NUMBER, INVALID_TRANSITION,
 * BATCH_TOO_LARGE, ...) and the listing codes below, kept here until the kit's catalogue carries them.
 */
import { ERROR_CODES, type ErrorCode } from '@credit/kit';
import { GraphQLError } from 'graphql';

export const SANCTIONS_ERROR_CODES = {
  BASIS_REQUIRED: 'A listing needs a basis: credit records or documents.',
  DUPLICATE_LISTING: 'The subject already has a proposed or active listing of that type.',
  OBJECTION_WINDOW_OPEN: 'The objection window has not closed yet, or an objection is still being checked: activate later.',
  OBJECTION_WINDOW_CLOSED: 'The objection window has closed (or the listing is no longer proposed).',
  RECTIFICATION_NOT_DUE: 'The rectification deadline has not passed (or none is set): no interview yet.',
  PERIOD_NOT_EXPIRED: 'The listing period has not ended yet.',
} as const;

export type SanctionsErrorCode = ErrorCode | keyof typeof SANCTIONS_ERROR_CODES;

/** Every code this subgraph answers with, and what it means. */
export const ALL_ERROR_CODES: Record<SanctionsErrorCode, string> = { ...ERROR_CODES, ...SANCTIONS_ERROR_CODES };

export function userError(code: SanctionsErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const forbidden = (message: string) => userError('FORBIDDEN', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) => userError('BAD_USER_INPUT', message, field);
