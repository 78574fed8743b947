import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseDuration, parseWhen, splitTrailingDate } from '../../../src/domain/followup/natural-date';

const now = new Date('2026-11-23T03:00:00Z'); // Monday 11:00 in Shanghai, Sunday 22:00 in New York
const inZone = (d: Date | undefined, zone: string) => (d ? DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-MM-dd HH:mm') : null);

describe('natural dates in the rep zone', () => {
  it.each([
    ['下周二', 'Asia/Shanghai', 'Tue 2026-12-01 09:00'],
    ['明天下午3点', 'Asia/Shanghai', 'Tue 2026-11-24 15:00'],
    ['3天后', 'Asia/Shanghai', 'Thu 2026-11-26 11:00'],
    ['两周', 'Asia/Shanghai', 'Mon 2026-12-07 11:00'],
    ['tomorrow 3pm', 'Asia/Shanghai', 'Tue 2026-11-24 15:00'],
    ['tomorrow 3pm', 'America/New_York', 'Mon 2026-11-23 15:00'],
    ['next tuesday', 'Asia/Shanghai', 'Tue 2026-12-01 09:00'],
    ['2d', 'Europe/Berlin', 'Wed 2026-11-25 04:00'],
    ['in 3 hours', 'Asia/Shanghai', 'Mon 2026-11-23 14:00'],
  ])('%s in %s', (text, zone, expected) => {
    expect(inZone(parseWhen(text, zone, now)?.at, zone)).toBe(expected);
  });

  it('puts a wall-clock time on the right instant across a DST change', () => {
    // Saturday 2026-03-07 in New York; Monday is after the spring-forward: 09:00 EDT = 13:00Z
    const at = parseWhen('monday 9am', 'America/New_York', new Date('2026-03-07T17:00:00Z'))!.at;
    expect(at.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('returns null for text without a date', () => {
    expect(parseWhen('whenever', 'Asia/Shanghai', now)).toBeNull();
    expect(parseWhen('改天', 'Asia/Shanghai', now)).toBeNull();
    expect(parseDuration('0d')).toBeNull();
    expect(parseDuration('3 parsecs')).toBeNull();
  });

  it('splits the customer from a trailing date', () => {
    expect(splitTrailingDate('Acme Trading next tuesday', 'Asia/Shanghai', now)?.subject).toBe('Acme Trading');
    expect(splitTrailingDate('阿克米 下周二', 'Asia/Shanghai', now)?.subject).toBe('阿克米');
    expect(splitTrailingDate('#42 3d', 'Asia/Shanghai', now)?.subject).toBe('#42');
    expect(splitTrailingDate('Acme Trading', 'Asia/Shanghai', now)).toBeNull();
    expect(splitTrailingDate('next tuesday', 'Asia/Shanghai', now)).toBeNull();
  });
});
