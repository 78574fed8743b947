import {
  DEFAULT_BUSINESS_HOURS,
  readBusinessHoursLeniently,
  workingMillisBetween,
  type WorkSchedule,
} from '../calendar/business-hours';

export type { Weekday } from '../calendar/business-hours';

/** When an approver works: weekly hours in their time zone, minus holidays. */
export type WorkCalendar = WorkSchedule;

export const DEFAULT_HOURS = DEFAULT_BUSINESS_HOURS;

/** A team's `business_hours` JSON, read leniently: malformed days are dropped, nothing valid falls back to the default week. */
export function toCalendar(timezone: string, businessHours: unknown, holidays: string[] = []): WorkCalendar {
  return { timezone, hours: readBusinessHoursLeniently(businessHours) ?? DEFAULT_HOURS, holidays };
}

/** Working hours between two instants in the approver's calendar. */
export function workingHoursBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  return workingMillisBetween(calendar, from, to) / 3_600_000;
}
