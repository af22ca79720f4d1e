import { describe, expect, it } from 'vitest';
import { CALENDAR_LAST_YEAR, WorkingCalendar, addMonths, chinaDate } from '../src';

describe('working-day deadlines on the official calendar', () => {
  const calendar = new WorkingCalendar();

  it('counts 7 working days after 2026-09-28 across National Day to 2026-10-13, with the make-up Saturday', () => {
    // 10-01..10-07 are holidays and 10-10 (a Saturday) is a make-up working day.
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-09-28', 7)).toEqual({ date: '2026-10-13', provisional: false });
    expect(calendar.addWorkingDays('2026-09-28', 5)).toEqual({ date: '2026-10-10', provisional: false });
  });

  it('counts across the Spring Festival, make-up Saturdays included', () => {
    // 2026-02-15..02-23 are holidays; 02-14 and 02-28 (Saturdays) are working days.
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-18')).toBe(false);
    expect(calendar.addWorkingDays('2026-02-13', 5)).toEqual({ date: '2026-02-27', provisional: false });
    expect(calendar.addWorkingDays('2026-02-13', 7)).toEqual({ date: '2026-03-02', provisional: false });
  });

  it('flags a deadline past the calendar data as provisional (plain Monday to Friday)', () => {
    expect(CALENDAR_LAST_YEAR).toBe(2026);
    expect(calendar.addWorkingDays('2026-12-24', 5)).toEqual({ date: '2026-12-31', provisional: false });
    expect(calendar.addWorkingDays('2026-12-28', 5)).toEqual({ date: '2027-01-04', provisional: true });
    // 2027-10-01 is National Day, but the calendar has no data for 2027 yet.
    expect(calendar.addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-01', provisional: true });
  });

  it('applies local closures and openings from the override table', () => {
    const local = new WorkingCalendar(new Map([['2026-11-23', false], ['2026-11-29', true]]));
    // A typhoon closure on Monday moves the deadline a day; a Sunday opening counts.
    expect(calendar.addWorkingDays('2026-11-20', 5)).toEqual({ date: '2026-11-27', provisional: false });
    expect(local.addWorkingDays('2026-11-20', 5)).toEqual({ date: '2026-11-29', provisional: false });
  });

  it('adds months clamped to the month end and reads dates in China Standard Time', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-04-15', 36)).toBe('2029-04-15');
    expect(chinaDate(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
  });
});
