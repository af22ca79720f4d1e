/**
 * Working days for deadlines: the official calendar (holidays and make-up working days, 调休) from
 * `chinese-days`, with local closures and openings (given by the caller) on top.
 */
import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';
import { addDays } from './dates';

const require = createRequire(import.meta.url);
const calendarData = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string> };

/** The last year with official data; later years are treated as plain Monday to Friday. */
export const CALENDAR_LAST_YEAR = Math.max(...Object.keys(calendarData.holidays).map((day) => Number(day.slice(0, 4))));

export interface Deadline {
  date: string;
  /** Some day counted lies past the official calendar's data. */
  provisional: boolean;
}

/** The official calendar's answer per day, remembered: it never changes while the process runs. */
const officialWorkdays = new Map<string, boolean>();

function officialWorkday(date: string): boolean {
  let working = officialWorkdays.get(date);
  if (working === undefined) {
    working = chineseDays.isWorkday(date);
    officialWorkdays.set(date, working);
  }
  return working;
}

export class WorkingCalendar {
  private readonly cache = new Map<string, Deadline>();

  /** `overrides`: day → working (true) or closed (false), overriding the official calendar. */
  constructor(private readonly overrides: ReadonlyMap<string, boolean> = new Map()) {}

  isWorkingDay(date: string): boolean {
    return this.overrides.get(date) ?? officialWorkday(date);
  }

  /** The `n`-th working day after `date` (the date itself not counted). */
  addWorkingDays(date: string, n: number): Deadline {
    const key = `${date}+${n}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    let day = date;
    let counted = 0;
    let provisional = false;
    while (counted < n) {
      day = addDays(day, 1);
      if (Number(day.slice(0, 4)) > CALENDAR_LAST_YEAR && !this.overrides.has(day)) provisional = true;
      if (this.isWorkingDay(day)) counted++;
    }
    const result = { date: day, provisional };
    this.cache.set(key, result);
    return result;
  }
}
