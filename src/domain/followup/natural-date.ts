import type * as Chrono from 'chrono-node';
import { loadWhenUsed } from '../text/load-when-used';
import { DateTime } from 'luxon';
import { lookupTable } from '../text/lookup-table';

const chronoParser = loadWhenUsed<typeof Chrono>('chrono-node');

const UNIT_MS: Record<string, number> = lookupTable({
  m: 60_000, min: 60_000, mins: 60_000, minute: 60_000, minutes: 60_000, 分钟: 60_000, 分: 60_000,
  h: 3_600_000, hr: 3_600_000, hrs: 3_600_000, hour: 3_600_000, hours: 3_600_000, 小时: 3_600_000, 个小时: 3_600_000, 钟头: 3_600_000,
  d: 86_400_000, day: 86_400_000, days: 86_400_000, 天: 86_400_000, 日: 86_400_000,
  w: 604_800_000, wk: 604_800_000, week: 604_800_000, weeks: 604_800_000, 周: 604_800_000, 星期: 604_800_000, 个星期: 604_800_000, 礼拜: 604_800_000,
});
const ZH_NUMBERS: Record<string, number> = lookupTable({ 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 });

/** "2d", "3 hours", "1w", "2天", "3小时", "两周" → milliseconds; null when the text is not a plain duration. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?|[一两二三四五六七八九十半])\s*([a-z]+|个小时|个星期|分钟|小时|钟头|星期|礼拜|[分天日周])\s*(后|以后)?\s*$/iu.exec(text);
  if (!match) return null;
  const amount = ZH_NUMBERS[match[1]] ?? Number(match[1]);
  const unit = UNIT_MS[match[2].toLowerCase()];
  if (!unit || !(amount > 0)) return null;
  return amount * unit;
}

/**
 * Parses a date/time in English or Chinese ("next tuesday", "tomorrow 3pm", "下周二", "明天下午3点", "3天后")
 * as wall-clock time in `zone`. Parsing happens on a "floating" clock (the zone's wall time written as UTC) and the
 * result's fields are then placed in the zone, so DST days come out right whatever the server's own zone.
 * A date without a time means 09:00 there. Returns null when nothing in the text is a date.
 */
export function parseWhen(text: string, zone: string, now: Date): { at: Date; text: string; index: number } | null {
  const duration = parseDuration(text);
  if (duration !== null) return { at: new Date(now.getTime() + duration), text, index: 0 };
  const local = DateTime.fromJSDate(now, { zone });
  if (!local.isValid) return null;
  const floating = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
  const ref = { instant: floating, timezone: 0 };
  const chrono = chronoParser();
  const results = [...chrono.en.parse(text, ref, { forwardDate: true }), ...chrono.zh.hans.parse(text, ref, { forwardDate: true })];
  // the longest match wins ("next tuesday 3pm" over "3pm")
  const best = results.sort((a, b) => b.text.length - a.text.length)[0];
  if (!best) return null;
  const c = best.start;
  const timed = c.isCertain('hour');
  const at = DateTime.fromObject(
    {
      year: c.get('year') ?? local.year,
      month: c.get('month') ?? local.month,
      day: c.get('day') ?? local.day,
      hour: timed ? (c.get('hour') ?? 9) : 9,
      minute: timed ? (c.get('minute') ?? 0) : 0,
    },
    { zone },
  );
  if (!at.isValid) return null;
  return { at: at.toJSDate(), text: best.text, index: best.index };
}

/**
 * "Acme Trading next tuesday" → { subject: 'Acme Trading', at }: the date must end the text (how reps type
 * `/remind <customer> <when>: <what>`); durations as the last word ("Acme 3d") too.
 */
export function splitTrailingDate(text: string, zone: string, now: Date): { subject: string; at: Date } | null {
  const trimmed = text.trim();
  const lastWord = /(\S+)$/.exec(trimmed);
  if (lastWord) {
    const duration = parseDuration(lastWord[1]);
    if (duration !== null) return { subject: trimmed.slice(0, lastWord.index).trim(), at: new Date(now.getTime() + duration) };
  }
  const parsed = parseWhen(trimmed, zone, now);
  if (!parsed || parsed.index === 0) return null;
  const end = parsed.index + parsed.text.length;
  if (trimmed.slice(end).trim() !== '') return null;
  return { subject: trimmed.slice(0, parsed.index).trim(), at: parsed.at };
}
