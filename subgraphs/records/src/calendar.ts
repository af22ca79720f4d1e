/**
 * The records subgraph's deadlines, counted in working days on the platform calendar
 * (@credit/calendar), with local closures and openings from the `calendar_override` table on top.
 */
import { WorkingCalendar } from '@credit/calendar';
import type { RecordsDb } from './db';
import { calendarOverrides } from './db/schema';

/** Report within 5 working days of the decision, publish within 7. */
export const REPORT_WORKING_DAYS = 5;
export const PUBLISH_WORKING_DAYS = 7;
/** Objections are handled within 5 working days of filing. */
export const OBJECTION_WORKING_DAYS = 5;

export async function loadCalendar(db: RecordsDb): Promise<WorkingCalendar> {
  const rows = await db.select().from(calendarOverrides);
  return new WorkingCalendar(new Map(rows.map((row) => [row.day, row.working])));
}
