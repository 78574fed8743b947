import { DateTime } from 'luxon';
import { z } from 'zod';

/** When automated messages may reach a buyer, in the buyer's own zone. */
export const businessHoursSchema = z
  .object({
    /** ISO weekdays, 1 = Monday … 7 = Sunday */
    days: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('09:00'),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('18:00'),
  })
  .refine((h) => h.start < h.end, 'start must be before end');
export type BusinessHours = z.infer<typeof businessHoursSchema>;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

// Windows per (zone, local date, hours) are few and asked for very often (a day's plan for 100k buyers): memoised.
const windows = new Map<string, { open: number; close: number } | null>();

/** The window [open, close) on a local calendar day, as epoch ms (DST-correct: built from wall-clock fields in the zone). */
function windowOn(zone: string, y: number, m: number, d: number, hours: BusinessHours): { open: number; close: number } | null {
  const key = `${zone}|${y}-${m}-${d}|${hours.days.join('')}|${hours.start}|${hours.end}`;
  const hit = windows.get(key);
  if (hit !== undefined) return hit;
  const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  let result: { open: number; close: number } | null = null;
  if (hours.days.includes(weekday)) {
    const at = (hhmm: string) =>
      DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(minutesOf(hhmm) / 60), minute: minutesOf(hhmm) % 60 }, { zone }).toMillis();
    const open = at(hours.start);
    const close = at(hours.end);
    result = close > open ? { open, close } : null;
  }
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
