import { DateTime } from 'luxon';
import { z } from 'zod';
import { closingTimeSchema, hhmmSchema, minutesOfDay } from './hhmm';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `{ "mon": ["09:00","18:00"], … }`; a missing or null day is a day off */
export const businessHoursSchema = z.partialRecord(z.enum(WEEKDAYS), z.tuple([hhmmSchema, closingTimeSchema]).nullable());
/** The one shape of working hours: per weekday an [open, close) span in some zone, or a day off. */
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  mon: ['09:00', '18:00'], tue: ['09:00', '18:00'], wed: ['09:00', '18:00'], thu: ['09:00', '18:00'], fri: ['09:00', '18:00'],
};

/** The same hours on some ISO weekdays (1 = Monday … 7 = Sunday): the short form settings and env variables use. */
export interface DailySpan {
  days: number[];
  start: string;
  end: string;
}

export const dailySpanSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    start: hhmmSchema.default('09:00'),
    end: hhmmSchema.default('18:00'),
  })
  .refine((h) => h.start < h.end, 'start must be before end');

export function weeklyHours(span: DailySpan): BusinessHours {
  const hours: BusinessHours = {};
  for (const day of span.days) hours[WEEKDAYS[day - 1]] = [span.start, span.end];
  return hours;
}

/**
 * Hours in a setting: the weekly map, or the short form `{ days, start, end }` (defaults Monday–Friday 09:00–18:00),
 * read as the weekly map.
 */
export const businessHoursSettingSchema = z.union([
  businessHoursSchema.refine((h) => Object.keys(h).length > 0),
  dailySpanSchema.transform(weeklyHours),
]);

export interface WorkSchedule {
  timezone: string;
  hours: BusinessHours;
  /** yyyy-mm-dd in the schedule's zone */
  holidays: readonly string[];
}

// A year of days at most: anything older is long past every SLA and escalation threshold.
const MAX_DAYS = 366;

// Windows per (zone, local date, span) are few and asked for very often (a day's plan for 100k buyers): memoised.
const windows = new Map<string, { open: number; close: number } | null>();

/**
 * The window [open, close) of a local calendar day as epoch ms, built from wall-clock fields in the zone (set, not
 * added: a DST change earlier that day must not move it). Null on a day off.
 */
function windowOn(zone: string, y: number, m: number, d: number, hours: BusinessHours): { open: number; close: number } | null {
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const span = hours[WEEKDAYS[weekday]];
  if (!span) return null;
  const key = `${zone}|${y}-${m}-${d}|${span[0]}|${span[1]}`;
  const hit = windows.get(key);
  if (hit !== undefined) return hit;
  const at = (hhmm: string) => {
    const minutes = minutesOfDay(hhmm);
    return minutes === 1440
      ? DateTime.fromObject({ year: y, month: m, day: d }, { zone }).plus({ days: 1 }).startOf('day').toMillis()
      : DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone }).toMillis();
  };
  const open = at(span[0]);
  const close = at(span[1]);
  const result = close > open ? { open, close } : null;
  if (windows.size > 50_000) windows.clear();
  windows.set(key, result);
  return result;
}

/** The local calendar date of an instant in a zone, plus `plusDays` (calendar arithmetic, not 24-hour steps). */
function localDate(instant: number, zone: string, plusDays = 0): { y: number; m: number; d: number } | null {
  const local = DateTime.fromMillis(instant, { zone });
  if (!local.isValid) return null;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + plusDays));
  return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
}

/** yyyy-mm-dd, as holidays are written */
const isoDate = (day: { y: number; m: number; d: number }) => `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;

/**
 * Working time (ms) between two instants, counted in the schedule's own zone (DST included), skipping days off and
 * holidays: so a request sent Friday evening is not "late" on Monday morning.
 */
export function workingMillisBetween(schedule: WorkSchedule, from: Date, to: Date): number {
  if (to <= from) return 0;
  const holidays = new Set(schedule.holidays);
  const first = localDate(from.getTime(), schedule.timezone);
  const lastDay = localDate(to.getTime(), schedule.timezone);
  if (!first || !lastDay) return 0;
  const last = isoDate(lastDay);
  let total = 0;
  for (let i = 0; i <= MAX_DAYS; i += 1) {
    const day = localDate(Date.UTC(first.y, first.m - 1, first.d + i, 12), 'UTC')!;
    const iso = isoDate(day);
    if (iso > last) break;
    if (holidays.has(iso)) continue;
    const window = windowOn(schedule.timezone, day.y, day.m, day.d, schedule.hours);
    if (!window) continue;
    const start = Math.max(window.open, from.getTime());
    const stop = Math.min(window.close, to.getTime());
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
 * A team's `business_hours` JSON read leniently: malformed days are dropped; null when no day is valid (the caller
 * falls back to its default week).
 */
export function readBusinessHoursLeniently(json: unknown): BusinessHours | null {
  if (!json || typeof json !== 'object') return null;
  const hours: BusinessHours = {};
  for (const day of WEEKDAYS) {
    const span = z.tuple([closingTimeSchema, closingTimeSchema]).safeParse((json as Record<string, unknown>)[day]);
    if (span.success) hours[day] = span.data;
  }
  return Object.keys(hours).length ? hours : null;
}

/**
 * The first working moment at or after `from` in the schedule (its zone, hours and holidays): `from` itself when it
 * is inside working hours. Null when nothing opens within four weeks (a schedule with no working day).
 */
export function nextOpening(schedule: WorkSchedule, from: Date): Date | null {
  const holidays = new Set(schedule.holidays);
  const today = localDate(from.getTime(), schedule.timezone);
  if (!today) return null;
  for (let i = 0; i < 28; i += 1) {
    const day = localDate(Date.UTC(today.y, today.m - 1, today.d + i, 12), 'UTC')!;
    if (holidays.has(isoDate(day))) continue;
    const window = windowOn(schedule.timezone, day.y, day.m, day.d, schedule.hours);
    if (window && from.getTime() < window.close) return new Date(Math.max(window.open, from.getTime()));
  }
  return null;
}

export function isWithinBusinessHours(instant: Date, zone: string, hours: BusinessHours): boolean {
  const day = localDate(instant.getTime(), zone);
  if (!day) return false;
  const window = windowOn(zone, day.y, day.m, day.d, hours);
  return window !== null && instant.getTime() >= window.open && instant.getTime() < window.close;
}

/**
 * The first moment at or after `earliest` inside the buyer's business hours, moved by up to `jitterMinutes`
 * into the window (so a thousand buyers in one zone are not all messaged at 09:00:00) but never past
 * `close - tailMinutes`. `random` in [0, 1) is injected so tests are exact.
 */
export function nextSendTime(
  earliest: Date,
  zone: string,
  hours: BusinessHours,
  options: { jitterMinutes?: number; tailMinutes?: number; random?: number } = {},
): Date {
  const start = earliest.getTime();
  const today = localDate(start, zone);
  if (!today) throw new Error(`invalid zone ${zone}`);
  const tail = (options.tailMinutes ?? 0) * 60_000;
  for (let i = 0; i < 14; i += 1) {
    const day = i === 0 ? today : localDate(Date.UTC(today.y, today.m - 1, today.d + i, 12), 'UTC')!;
    const window = windowOn(zone, day.y, day.m, day.d, hours);
    if (!window) continue;
    const lastStart = window.close - tail;
    const from = Math.max(window.open, start);
    if (from >= lastStart) continue;
    const room = lastStart - from - 1;
    const jitter = Math.min(room, (options.jitterMinutes ?? 0) * 60_000) * (options.random ?? 0);
    return new Date(from + Math.floor(jitter));
  }
  throw new Error('no business hours in the next two weeks');
}
