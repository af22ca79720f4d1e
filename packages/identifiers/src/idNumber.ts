/** 公民身份号码, GB 11643-1999: address code, birth date, sequence, check character. */

import type { CodeCheck } from './creditCode';
import { normalizeCode } from './creditCode';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** The birth date in an ID number as YYYY-MM-DD, or null when it is not a real date. */
export function idNumberBirthDate(code: string): string | null {
  const y = Number(code.slice(6, 10));
  const m = Number(code.slice(10, 12));
  const d = Number(code.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return code.slice(6, 10) + '-' + code.slice(10, 12) + '-' + code.slice(12, 14);
}

export function checkIdNumber(raw: string, today: Date = new Date()): CodeCheck {
  const code = normalizeCode(raw);
  const fail = (problem: string, checkCharacterOnly = false): CodeCheck => ({
    ok: false,
    code,
    problem,
    checkCharacterOnly,
  });
  if (code.length !== 18) {
    return fail(`公民身份号码 must be 18 characters, got ${code.length}`);
  }
  const bad = /[^0-9]/.exec(code.slice(0, 17));
  if (bad) {
    return fail(`character '${bad[0]}' at position ${bad.index + 1} must be a digit`);
  }
  if (!/[0-9X]/.test(code.charAt(17))) {
    return fail(`the last character must be a digit or X, got '${code.charAt(17)}'`);
  }
  const birth = idNumberBirthDate(code);
  if (birth === null || birth < '1900-01-01') {
    return fail(`positions 7–14 must be a real birth date (YYYYMMDD), got ${code.slice(6, 14)}`);
  }
  if (birth > today.toISOString().slice(0, 10)) {
    return fail(`the birth date ${birth} is in the future`);
  }
  const expected = idNumberCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return fail(`check character should be '${expected}', got '${code.charAt(17)}'`, true);
  }
  return { ok: true, code };
}

/** `110105********002X`: the address code and the last four characters stay visible. */
export function maskIdNumber(code: string): string {
  if (code.length < 10) return '*'.repeat(code.length);
  return code.slice(0, 6) + '*'.repeat(code.length - 10) + code.slice(-4);
}
