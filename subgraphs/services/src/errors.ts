/**
 * The error codes the services subgraph returns in `extensions.code`, each with its meaning.
 * Stable: clients branch on them.
 */
import { GraphQLError } from 'graphql';

export const SERVICES_ERROR_CODES = {
  FORBIDDEN: 'The caller may not read or do this',
  NOT_FOUND: 'No such check or commitment, or not one the caller may see',
  BAD_USER_INPUT: 'An input is malformed; the message names the field',
  PURPOSE_REQUIRED: 'The caller must say why it reads (a `purpose` header)',
  UNKNOWN_MATTER: 'No approval matter has this code',
  UNKNOWN_TEMPLATE: 'No commitment template has this code for this matter and kind',
  INVALID_CURSOR: '`after` is not a cursor this field returned',
  FEEDBACK_REASON_REQUIRED: 'Feedback that the measures were not applied must say why',
  CHECK_ALREADY_ANSWERED: 'The check already has its feedback; feedback is given once',
  COMMITMENT_ALREADY_VERIFIED: 'The commitment was already verified',
  COMMITMENT_NOT_BROKEN: 'Only a broken, unrepaired commitment can be repaired',
} as const;

export type ServicesErrorCode = keyof typeof SERVICES_ERROR_CODES;

export function userError(code: ServicesErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const forbidden = (message: string) => userError('FORBIDDEN', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) => userError('BAD_USER_INPUT', message, field);
