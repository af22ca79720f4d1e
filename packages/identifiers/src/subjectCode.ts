/** Tells a 统一社会信用代码 from a 公民身份号码 and derives the kind of subject it names. */

import { checkCreditCode, normalizeCode, type CodeCheck } from './creditCode';
import { checkIdNumber } from './idNumber';

export type CodeType = 'CREDIT_CODE' | 'ID_NUMBER';

export type SubjectKind =
  | 'ENTERPRISE'
  | 'INDIVIDUAL_BUSINESS'
  | 'FARMERS_COOPERATIVE'
  | 'GOVERNMENT_ORGAN'
  | 'PUBLIC_INSTITUTION'
  | 'SOCIAL_ORGANISATION'
  | 'NATURAL_PERSON'
  | 'OTHER';

/** Positions 1–2 of a 统一社会信用代码: registration authority and organisation category. */
const KIND_BY_CATEGORY: Record<string, SubjectKind> = {
  '91': 'ENTERPRISE',
  '92': 'INDIVIDUAL_BUSINESS',
  '93': 'FARMERS_COOPERATIVE',
  '11': 'GOVERNMENT_ORGAN',
  '12': 'PUBLIC_INSTITUTION',
  A1: 'PUBLIC_INSTITUTION',
  '51': 'SOCIAL_ORGANISATION',
  '52': 'SOCIAL_ORGANISATION',
  '53': 'SOCIAL_ORGANISATION',
};

export function kindOfCreditCode(code: string): SubjectKind {
  return KIND_BY_CATEGORY[code.slice(0, 2)] ?? 'OTHER';
}

export type ClassifiedCode = CodeCheck & { type: CodeType };

/**
 * Decides whether a code is a credit code or an ID number. A code valid as one of them is that one
 * (an ID number first, as 18 digits are far more often a person's number); an invalid code is
 * reported as the type it most resembles: 17 digits and a digit or X with a birth year in
 * positions 7–10 is an ID number, anything else a credit code.
 */
export function classifyCode(raw: string, type?: CodeType): ClassifiedCode {
  if (type === 'ID_NUMBER') return { ...checkIdNumber(raw), type };
  if (type === 'CREDIT_CODE') return { ...checkCreditCode(raw), type };
  const asId = checkIdNumber(raw);
  if (asId.ok) return { ...asId, type: 'ID_NUMBER' };
  const asCredit = checkCreditCode(raw);
  if (asCredit.ok) return { ...asCredit, type: 'CREDIT_CODE' };
  return looksLikeIdNumber(normalizeCode(raw))
    ? { ...asId, type: 'ID_NUMBER' }
    : { ...asCredit, type: 'CREDIT_CODE' };
}

function looksLikeIdNumber(code: string): boolean {
  return /^\d{17}[\dX]$/.test(code) && /^(18|19|20)\d{2}$/.test(code.slice(6, 10));
}

export function kindOfCode(code: string, type: CodeType): SubjectKind {
  return type === 'ID_NUMBER' ? 'NATURAL_PERSON' : kindOfCreditCode(code);
}
