import { describe, expect, it } from 'vitest';
import { addDays, addMonths, chinaDate, isDate } from '../src';

describe('dates on YYYY-MM-DD strings in China Standard Time', () => {
  it('adds days across month and year ends, and subtracts them', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('adds months, clamped to the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2027-01-31', 13)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
  });

  it('reads the day in China Standard Time, not UTC', () => {
    expect(chinaDate(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDate(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });

  it('accepts only real days in the YYYY-MM-DD form', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('2026-1-01')).toBe(false);
    expect(isDate('2026-01-01T00:00:00Z')).toBe(false);
  });
});
