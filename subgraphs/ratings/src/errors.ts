import { GraphQLError } from 'graphql';

/**
 * The error codes this subgraph puts in `extensions.code` (the kit's catalogue once it lands):
 * FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, and the domain codes below.
 */
export const RATINGS_ERROR_CODES = {
  FORBIDDEN: 'The caller may not read or do this.',
  NOT_FOUND: 'No such run or plan.',
  BAD_USER_INPUT: 'An argument is malformed or out of range; the message says which.',
  NO_MODEL_IN_FORCE: 'No evaluation model or combination policy is in force on the date asked.',
  NO_CURRENT_GRADES: 'No evaluation run has completed: nothing to draw from.',
  NO_SAMPLING_POLICY: 'No sampling policy is in force.',
  UNKNOWN_AGENCY: 'The caller is not a registered credit service agency.',
  AGENCY_NOT_ACTIVE: 'The agency is suspended or deregistered.',
  SUBJECT_LISTING_UNAVAILABLE: 'The gateway offers no paged subject listing this service can read.',
} as const;

export type RatingsErrorCode = keyof typeof RATINGS_ERROR_CODES;

export function userError(code: RatingsErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

export const forbidden = (message: string) => userError('FORBIDDEN', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const badInput = (message: string, field?: string) => userError('BAD_USER_INPUT', message, field);
