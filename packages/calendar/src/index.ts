export { addDays, addMonths, chinaDate, DATE, isDate } from './dates';
export { CALENDAR_LAST_YEAR, WorkingCalendar, type Deadline } from './workingDays';
