import { GraphQLError } from 'graphql';

/**
 * Input codes of the BAD_USER_INPUT family that issue 8 adds (VALUE_TOO_LONG, MISSING_FIELD,
 * INVALID_DATE, INVALID_CHARACTERS), naming the field; they are in the gateway's catalogue
 * (gateway/src/errorCodes.ts) and the README, and belong in @credit/kit's ERROR_CODES.
 */
export type InputCode = 'VALUE_TOO_LONG' | 'MISSING_FIELD' | 'INVALID_DATE' | 'INVALID_CHARACTERS' | 'BAD_USER_INPUT';

export function fieldError(code: InputCode, message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, field } });
}
