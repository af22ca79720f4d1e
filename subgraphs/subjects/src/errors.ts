import type { ClassifiedCode } from '@credit/identifiers';
import { badInput } from '@credit/kit';
import type { GraphQLError } from 'graphql';

export function invalidCodeCode(check: ClassifiedCode): 'INVALID_CREDIT_CODE' | 'INVALID_ID_NUMBER' {
  return check.type === 'ID_NUMBER' ? 'INVALID_ID_NUMBER' : 'INVALID_CREDIT_CODE';
}

/** The message never repeats an ID number: it is personal data and error messages get logged. */
export function invalidCodeMessage(check: ClassifiedCode): string {
  const what = check.type === 'ID_NUMBER' ? '公民身份号码' : '统一社会信用代码';
  return check.ok ? '' : `Invalid ${what}: ${check.problem}`;
}

export function invalidCode(check: ClassifiedCode): GraphQLError {
  return badInput(invalidCodeMessage(check), invalidCodeCode(check));
}
