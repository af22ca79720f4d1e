import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize } from '../src';

const position = ([date, id]: unknown[]) => (typeof date === 'string' && typeof id === 'string' ? { date, id } : null);

describe('cursors and page sizes', () => {
  it('round-trips a position', () => {
    expect(decodeCursor(encodeCursor(['2026-11-01', 'a']), position)).toEqual({ date: '2026-11-01', id: 'a' });
  });

  it('refuses a cursor it did not make, with INVALID_CURSOR', () => {
    for (const bad of ['garbage', encodeCursor([1, 2]), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, position)).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_CURSOR' }) }));
    }
  });

  it('caps the page size', () => {
    expect(pageSize(10, 100)).toBe(10);
    expect(() => pageSize(0, 100)).toThrow('`first` must be between 1 and 100, got 0');
    expect(() => pageSize(101, 100)).toThrow('`first` must be between 1 and 100, got 101');
  });
});
