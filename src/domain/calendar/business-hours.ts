import { DateTime } from 'luxon';
import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
/** `{ "mon": ["09:00","18:00"], … }`; a missing or null day is a day off */
export const businessHoursSchema = z.partialRecord(z.enum(WEEKDAYS), z.tuple([hhmm, hhmm]).nullable());
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  mon: ['09:00', '18:00'], tue: ['09:00', '18:00'], wed: ['09:00', '18:00'], thu: ['09:00', '18:00'], fri: ['09:00', '18:00'],
};

export interface WorkSchedule {
  timezone: string;
  hours: BusinessHours;
  /** yyyy-mm-dd in the schedule's zone */
  holidays: readonly string[];
}

// A year of days at most: anything older is long past every SLA and escalation threshold.
const MAX_DAYS = 366;

/** The instant of a wall-clock time on a local day (set, not added: a DST change earlier that day must not move it). */
function wallClock(day: DateTime, time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h === 24 ? day.plus({ days: 1 }).startOf('day').toMillis() : day.set({ hour: h, minute: m }).toMillis();
}

/**
 * Working time (ms) between two instants, counted in the schedule's own zone (DST included), skipping days off and
 * holidays: so a request sent Friday evening is not "late" on Monday morning.
 */
export function workingMillisBetween(schedule: WorkSchedule, from: Date, to: Date): number {
  if (to <= from) return 0;
  const holidays = new Set(schedule.holidays);
  let day = DateTime.fromJSDate(from).setZone(schedule.timezone).startOf('day');
  const end = DateTime.fromJSDate(to).setZone(schedule.timezone);
  let total = 0;
  for (let i = 0; i <= MAX_DAYS && day <= end; i += 1, day = day.plus({ days: 1 })) {
    const hours = schedule.hours[WEEKDAYS[day.weekday - 1]];
    if (!hours || holidays.has(day.toISODate()!)) continue;
    const open = wallClock(day, hours[0]);
    const close = wallClock(day, hours[1]);
    const start = Math.max(open, from.getTime());
    const stop = Math.min(close, to.getTime());
    if (stop > start) total += stop - start;
  }
  return total;
}

export function workingMinutesBetween(schedule: WorkSchedule, from: Date, to: Date): number {
  return Math.floor(workingMillisBetween(schedule, from, to) / 60_000);
}

/** The schedule for a team row (its hours, holidays and zone), falling back to the company's hours. */
export function scheduleFor(team: { timezone: string; businessHours: unknown; holidays: string[] } | null, fallback: { timezone: string; hours: BusinessHours }): WorkSchedule {
  const parsed = team?.businessHours ? businessHoursSchema.safeParse(team.businessHours) : null;
  return {
    timezone: team?.timezone ?? fallback.timezone,
    hours: parsed?.success ? parsed.data : fallback.hours,
    holidays: team?.holidays ?? [],
  };
}

/**
 * The first working moment at or after `from` in the schedule (its zone, hours and holidays): `from` itself when it
 * is inside working hours. Null when nothing opens within four weeks (a schedule with no working day).
 */
export function nextOpening(schedule: WorkSchedule, from: Date): Date | null {
  const holidays = new Set(schedule.holidays);
  let day = DateTime.fromJSDate(from).setZone(schedule.timezone).startOf('day');
  if (!day.isValid) return null;
  for (let i = 0; i < 28; i += 1, day = day.plus({ days: 1 })) {
    const hours = schedule.hours[WEEKDAYS[day.weekday - 1]];
    if (!hours || holidays.has(day.toISODate()!)) continue;
    const open = wallClock(day, hours[0]);
    const close = wallClock(day, hours[1]);
    if (from.getTime() < close && open < close) return new Date(Math.max(open, from.getTime()));
  }
  return null;
}
