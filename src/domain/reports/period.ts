import { DateTime } from 'luxon';
import { DomainError } from '../errors';
import { lookupTable } from '../text/lookup-table';

/** A half-open time range [from, to) a report covers, with the words that named it. */
export interface ReportPeriod {
  from: Date;
  to: Date;
  label: string;
}

const WORDS: Record<string, string> = lookupTable({
  today: 'today', 今天: 'today', week: 'week', 本周: 'week', month: 'month', 本月: 'month', quarter: 'quarter', 本季度: 'quarter',
  year: 'year', 今年: 'year', 'last-week': 'last-week', 上周: 'last-week', 'last-month': 'last-month', 上月: 'last-month',
  'last-quarter': 'last-quarter', 上季度: 'last-quarter', 'last-year': 'last-year', 去年: 'last-year', all: 'all', 全部: 'all',
});

/** True if the token names a period (so the report parser can tell periods from reps and countries). */
export function isPeriodToken(token: string): boolean {
  const t = token.toLowerCase();
  return t in WORDS || /^\d{1,4}[dwm天周月]$/.test(t) || /^\d{4}(-(0[1-9]|1[0-2])|-q[1-4])?$/.test(t) || /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(t);
}

/**
 * "30d", "week", "last-month", "2026-10", "2026-Q3", "2026", "2026-01-01..2026-03-31", 本月…, in the reader's time zone.
 * The end is capped at now; a period that starts after now is an error (there is nothing to count yet).
 */
export function parsePeriod(token: string | undefined, now: Date, zone: string): ReportPeriod {
  const t = (token ?? '30d').toLowerCase();
  const here = DateTime.fromJSDate(now, { zone });
  let from: DateTime;
  let to: DateTime;
  const word = WORDS[t];
  const rolling = /^(\d{1,4})([dwm天周月])$/.exec(t);
  const month = /^(\d{4})-(\d{2})$/.exec(t);
  const quarter = /^(\d{4})-q([1-4])$/.exec(t);
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (word) {
    const unit = word.replace('last-', '') as 'day' | 'week' | 'month' | 'quarter' | 'year';
    if (word === 'all') [from, to] = [DateTime.fromMillis(0, { zone }), here];
    else if (word === 'today') [from, to] = [here.startOf('day'), here];
    else if (word.startsWith('last-')) {
      const start = here.minus({ [`${unit}s`]: 1 }).startOf(unit);
      [from, to] = [start, start.endOf(unit).plus({ milliseconds: 1 })];
    } else [from, to] = [here.startOf(unit), here];
  } else if (rolling) {
    const n = Number(rolling[1]);
    const unit = { d: 'days', 天: 'days', w: 'weeks', 周: 'weeks', m: 'months', 月: 'months' }[rolling[2]]!;
    if (n === 0) throw new DomainError('BAD_ARGUMENTS', { value: token });
    [from, to] = [here.minus({ [unit]: n }), here];
  } else if (month) {
    from = DateTime.fromObject({ year: Number(month[1]), month: Number(month[2]), day: 1 }, { zone });
    to = from.plus({ months: 1 });
  } else if (quarter) {
    from = DateTime.fromObject({ year: Number(quarter[1]), month: (Number(quarter[2]) - 1) * 3 + 1, day: 1 }, { zone });
    to = from.plus({ months: 3 });
  } else if (/^\d{4}$/.test(t)) {
    from = DateTime.fromObject({ year: Number(t), month: 1, day: 1 }, { zone });
    to = from.plus({ years: 1 });
  } else if (range) {
    from = DateTime.fromISO(range[1], { zone });
    to = DateTime.fromISO(range[2], { zone }).plus({ days: 1 });
    if (!from.isValid || !to.isValid || to <= from) throw new DomainError('BAD_ARGUMENTS', { value: token });
  } else {
    throw new DomainError('BAD_ARGUMENTS', { value: token });
  }
  if (!from.isValid || !to.isValid) throw new DomainError('BAD_ARGUMENTS', { value: token });
  if (from > here) throw new DomainError('REPORT_PERIOD_IN_FUTURE', { period: token, from: from.toISODate() });
  if (to > here) to = here;
  return { from: from.toJSDate(), to: to.toJSDate(), label: `${from.toISODate()} – ${to.minus({ milliseconds: 1 }).toISODate()}` };
}
