import { DateTime } from 'luxon';

/** When someone works: weekly hours in their time zone, minus holidays. */
export interface WorkCalendar {
  timezone: string;
  /** { mon: ['09:00', '18:00'], … }; a missing day is not worked */
  hours: Partial<Record<Weekday, [string, string]>>;
  /** ISO dates (yyyy-mm-dd) */
  holidays: string[];
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const DEFAULT_HOURS: WorkCalendar['hours'] = {
  mon: ['09:00', '18:00'], tue: ['09:00', '18:00'], wed: ['09:00', '18:00'], thu: ['09:00', '18:00'], fri: ['09:00', '18:00'],
};

/** A team's `business_hours` JSON, read leniently: anything malformed falls back to the default week. */
export function toCalendar(timezone: string, businessHours: unknown, holidays: string[] = []): WorkCalendar {
  const hours: WorkCalendar['hours'] = {};
  if (businessHours && typeof businessHours === 'object') {
    for (const day of WEEKDAYS) {
      const span = (businessHours as Record<string, unknown>)[day];
      if (Array.isArray(span) && span.length === 2 && span.every((t) => typeof t === 'string' && /^\d\d:\d\d$/.test(t))) {
        hours[day] = [span[0], span[1]];
      }
    }
  }
  return { timezone, hours: Object.keys(hours).length ? hours : DEFAULT_HOURS, holidays };
}

/** Working hours between two instants in the calendar (so a request sent Friday evening is not "late" on Monday morning). */
export function workingHoursBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  if (to <= from) return 0;
  let day = DateTime.fromJSDate(from, { zone: calendar.timezone }).startOf('day');
  const end = DateTime.fromJSDate(to, { zone: calendar.timezone });
  let ms = 0;
  // at most a year of days: a stale approval is escalated long before that
  for (let i = 0; i < 366 && day <= end; i += 1, day = day.plus({ days: 1 })) {
    const span = calendar.hours[WEEKDAYS[day.weekday - 1]];
    if (!span || calendar.holidays.includes(day.toISODate() ?? '')) continue;
    const [openH, openM] = span[0].split(':').map(Number);
    const [closeH, closeM] = span[1].split(':').map(Number);
    const open = day.set({ hour: openH, minute: openM }).toMillis();
    const close = day.set({ hour: closeH, minute: closeM }).toMillis();
    const start = Math.max(open, from.getTime());
    const stop = Math.min(close, to.getTime());
    if (stop > start) ms += stop - start;
  }
  return ms / 3_600_000;
}
