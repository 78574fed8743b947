import { DateTime } from 'luxon';

export type ClaimPeriod = 'day' | 'week' | 'month';
export const CLAIM_PERIODS: readonly ClaimPeriod[] = ['day', 'week', 'month'];

/** The calendar window (in the rep's own time zone) a claim made at `now` counts against: day, ISO week (Mon–Sun), month. */
export function claimWindow(period: ClaimPeriod, now: Date, timezone: string): { start: Date; resetAt: Date } {
  const local = DateTime.fromJSDate(now).setZone(timezone);
  const start = local.startOf(period === 'week' ? 'week' : period);
  return { start: start.toJSDate(), resetAt: start.plus({ [`${period}s`]: 1 }).toJSDate() };
}

/** "2026-11-24 00:00 Asia/Shanghai": when a refused rep may claim again, in their own time. */
export function formatReset(at: Date, timezone: string): string {
  return `${DateTime.fromJSDate(at).setZone(timezone).toFormat('yyyy-MM-dd HH:mm')} (${timezone})`;
}

/** A rep's limit, optionally scaled by their conversion weight against the team average (×0.5 … ×2, at least 1). */
export function scaledLimit(base: number, weight: number | null, teamAverage: number | null): number {
  if (!weight || !teamAverage) return base;
  const factor = Math.min(2, Math.max(0.5, weight / teamAverage));
  return Math.max(1, Math.round(base * factor));
}
