import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkIdNumber,
  classifyCode,
  creditCodeCheckCharacter,
  idNumberCheckCharacter,
  kindOfCreditCode,
  maskIdNumber,
} from '../src/index';

describe('统一社会信用代码 (GB 32100)', () => {
  it('computes the check character of the worked example', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(checkCreditCode(' 91350100m000100y43 ').ok).toBe(true);
  });

  it('says which check character was expected', () => {
    const result = checkCreditCode('91350100M000100Y44');
    expect(result).toMatchObject({ ok: false, checkCharacterOnly: true });
    expect(!result.ok && result.problem).toBe("check character should be '3', got '4'");
  });

  it('reports the length', () => {
    const result = checkCreditCode('91350100M000100Y4');
    expect(!result.ok && result.problem).toMatch(/18 characters, got 17/);
  });

  it('rejects letters the standard never uses, naming the position', () => {
    const result = checkCreditCode('91350100I000100Y43');
    expect(!result.ok && result.problem).toMatch(/'I' at position 9/);
  });

  it('allows letters in the first two positions', () => {
    const body = 'N1320500MA1X2Y3Q0'.slice(0, 17);
    const code = body + creditCodeCheckCharacter(body);
    expect(checkCreditCode(code).ok).toBe(true);
    const military = 'A1110000MB0C1234'.padEnd(17, '1');
    expect(checkCreditCode(military + creditCodeCheckCharacter(military)).ok).toBe(true);
  });

  it('requires the division code in positions 3–8 to be digits', () => {
    const body = '91A20500MA1X2Y3Q0';
    const result = checkCreditCode(body + creditCodeCheckCharacter(body));
    expect(!result.ok && result.problem).toMatch(/positions 3–8/);
  });

  it('derives the kind of subject from positions 1–2', () => {
    expect(kindOfCreditCode('91350100M000100Y43')).toBe('ENTERPRISE');
    expect(kindOfCreditCode('92320594MA1X2Y3Q00')).toBe('INDIVIDUAL_BUSINESS');
    expect(kindOfCreditCode('93320594MA1X2Y3Q00')).toBe('FARMERS_COOPERATIVE');
    expect(kindOfCreditCode('11320594MA1X2Y3Q00')).toBe('GOVERNMENT_ORGAN');
    expect(kindOfCreditCode('12320594MA1X2Y3Q00')).toBe('PUBLIC_INSTITUTION');
    expect(kindOfCreditCode('51320594MA1X2Y3Q00')).toBe('SOCIAL_ORGANISATION');
    expect(kindOfCreditCode('53320594MA1X2Y3Q00')).toBe('SOCIAL_ORGANISATION');
    expect(kindOfCreditCode('N1320594MA1X2Y3Q00')).toBe('OTHER');
    expect(kindOfCreditCode('Y1320594MA1X2Y3Q00')).toBe('OTHER');
  });
});

describe('公民身份号码 (GB 11643)', () => {
  it('accepts the standard example with X as check character', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(checkIdNumber('11010519491231002X').ok).toBe(true);
    expect(checkIdNumber('11010519491231002x').ok).toBe(true);
  });

  it('says which check character was expected', () => {
    const result = checkIdNumber('110105194912310021');
    expect(!result.ok && result.problem).toBe("check character should be 'X', got '1'");
  });

  it('rejects impossible and future birth dates', () => {
    const feb30 = '11010519490230002';
    const result = checkIdNumber(feb30 + idNumberCheckCharacter(feb30));
    expect(!result.ok && result.problem).toMatch(/real birth date/);
    const future = '11010520990101002';
    const later = checkIdNumber(future + idNumberCheckCharacter(future), new Date('2026-11-26'));
    expect(!later.ok && later.problem).toMatch(/in the future/);
  });

  it('rejects letters before the check character', () => {
    const result = checkIdNumber('1101051949123100AX');
    expect(!result.ok && result.problem).toMatch(/'A' at position 17 must be a digit/);
  });

  it('masks all but the address code and the last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});

describe('classifyCode', () => {
  it('tells ID numbers from credit codes', () => {
    expect(classifyCode('11010519491231002X')).toMatchObject({ ok: true, type: 'ID_NUMBER' });
    expect(classifyCode('91350100M000100Y43')).toMatchObject({ ok: true, type: 'CREDIT_CODE' });
  });

  it('reports an invalid code as the type it resembles', () => {
    expect(classifyCode('110105194912310021')).toMatchObject({ ok: false, type: 'ID_NUMBER' });
    expect(classifyCode('91350100M000100Y44')).toMatchObject({ ok: false, type: 'CREDIT_CODE' });
    expect(classifyCode('12345')).toMatchObject({ ok: false, type: 'CREDIT_CODE' });
  });
});
