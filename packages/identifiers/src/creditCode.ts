/** 统一社会信用代码, GB 32100-2015: 18 characters, the last a check character. */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CodeCheck =
  | { ok: true; code: string }
  | { ok: false; code: string; problem: string; checkCharacterOnly: boolean };

/** Upper-cases and trims, so that people may type codes as they find them. */
export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character for the first 17 characters of a code (which must be valid symbols). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function checkCreditCode(raw: string): CodeCheck {
  const code = normalizeCode(raw);
  const fail = (problem: string, checkCharacterOnly = false): CodeCheck => ({
    ok: false,
    code,
    problem,
    checkCharacterOnly,
  });
  if (code.length !== 18) {
    return fail(`统一社会信用代码 must be 18 characters, got ${code.length}`);
  }
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i);
    if (!CREDIT_CODE_ALPHABET.includes(ch)) {
      return fail(
        `character '${ch}' at position ${i + 1} is not allowed in a 统一社会信用代码 ` +
          '(digits and capital letters except I, O, S, V, Z)',
      );
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return fail('positions 3–8 must be a 6-digit administrative division code (GB/T 2260)');
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return fail(`check character should be '${expected}', got '${code.charAt(17)}'`, true);
  }
  return { ok: true, code };
}
