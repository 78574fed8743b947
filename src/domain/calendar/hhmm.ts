import { z } from 'zod';

/** A wall-clock time "hh:mm", 00:00–23:59: the one pattern every setting, rules file and env variable checks. */
export const HHMM_PATTERN = '([01]\\d|2[0-3]):[0-5]\\d';
const HHMM = new RegExp(`^${HHMM_PATTERN}$`);

/** zod schema for an "hh:mm" time at an edge (settings, rules files). */
export const hhmmSchema = z.string().regex(HHMM, 'a time like 09:00');

/** The end of a working day may also be "24:00" (open until midnight). */
export const closingTimeSchema = z.string().regex(new RegExp(`^${HHMM_PATTERN}$|^24:00$`), 'a time like 18:00 or 24:00');

export const isHhmm = (value: unknown): value is string => closingTimeSchema.safeParse(value).success;

/** Minutes since midnight of an already validated "hh:mm" ("24:00" → 1440). */
export function minutesOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Whether a minute of the day falls in the daily span [from, until); a span whose end is before its start wraps
 * midnight (quiet hours 21:00–08:00).
 */
export function inDailySpan(minute: number, from: string, until: string): boolean {
  const [start, end] = [minutesOfDay(from), minutesOfDay(until)];
  return start > end ? minute >= start || minute < end : minute >= start && minute < end;
}
