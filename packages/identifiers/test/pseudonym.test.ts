import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_PSEUDONYM_KEY, pseudonym, surnameOnly } from '../src/index';

describe('pseudonym', () => {
  it('is a keyed hash: stable for a key, different across keys', () => {
    const code = '11010519491231002X';
    expect(pseudonym('key-one-0123456789', code)).toBe(pseudonym('key-one-0123456789', code));
    expect(pseudonym('key-one-0123456789', code)).not.toBe(pseudonym('key-two-0123456789', code));
    expect(pseudonym('key-one-0123456789', code)).toMatch(/^P-[0-9a-f]{16}$/);
  });

  it('is HMAC-SHA256 of the code, its first 16 hex digits', () => {
    // From `printf 11010519491231002X | openssl dgst -sha256 -hmac credit-platform-development-pseudonym-key`.
    expect(pseudonym(DEVELOPMENT_PSEUDONYM_KEY, '11010519491231002X')).toBe('P-88d91e72f2eb7cee');
  });
});

describe('surnameOnly', () => {
  it('keeps the surname and hides the given name behind two asterisks, whatever its length', () => {
    expect(surnameOnly('张三')).toBe('张**');
    expect(surnameOnly('张三丰')).toBe('张**');
    expect(surnameOnly(' 李 ')).toBe('李**');
  });

  it('keeps a compound surname whole', () => {
    expect(surnameOnly('欧阳修')).toBe('欧阳**');
    expect(surnameOnly('司马相如')).toBe('司马**');
    // Two characters are a surname and a given name, not a compound surname alone.
    expect(surnameOnly('欧阳')).toBe('欧**');
  });

  it('takes whole characters, also outside the Basic Multilingual Plane', () => {
    expect(surnameOnly('𠀋一')).toBe('𠀋**');
  });
});
