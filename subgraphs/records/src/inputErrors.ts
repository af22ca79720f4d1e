import type { ErrorCode } from '@credit/kit';
import { GraphQLError } from 'graphql';

/**
 * Input codes of the BAD_USER_INPUT family that issue 8 adds (VALUE_TOO_LONG, MISSING_FIELD,
 * INVALID_DATE, INVALID_CHARACTERS), naming the field; codes of the platform's one catalogue
 * (`ERROR_CODES` of @credit/http) documented in the README.
 */
export type InputCode = Extract<ErrorCode, 'VALUE_TOO_LONG' | 'MISSING_FIELD' | 'INVALID_DATE' | 'INVALID_CHARACTERS' | 'BAD_USER_INPUT'>;

export function fieldError(code: InputCode, message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, field } });
}
