import { describe, expect, it } from 'vitest';
import {
  businessHoursSettingSchema,
  DEFAULT_BUSINESS_HOURS,
  isWithinBusinessHours,
  nextOpening,
  nextSendTime,
  readBusinessHoursLeniently,
  weeklyHours,
  workingMinutesBetween,
} from '../../../src/domain/calendar/business-hours';
import { closingTimeSchema, hhmmSchema, inDailySpan, minutesOfDay } from '../../../src/domain/calendar/hhmm';
import { wakeupSettingsSchema } from '../../../src/domain/wakeup/wakeup.settings';

describe('hh:mm', () => {
  it('accepts 00:00–23:59, "24:00" only as a closing time, and says what it wants', () => {
    expect(['00:00', '09:30', '23:59'].map((t) => hhmmSchema.safeParse(t).success)).toEqual([true, true, true]);
    expect(['24:00', '9:00', '12:60', '25:00', '09:00 '].map((t) => hhmmSchema.safeParse(t).success)).toEqual([false, false, false, false, false]);
    expect(hhmmSchema.safeParse('9:00').error?.issues[0].message).toBe('a time like 09:00');
    expect(closingTimeSchema.safeParse('24:00').success).toBe(true);
    expect(minutesOfDay('24:00')).toBe(1440);
  });

  it('reads a span that wraps midnight (quiet hours 21:00–08:00)', () => {
    expect([20 * 60 + 59, 21 * 60, 2 * 60, 7 * 60 + 59, 8 * 60].map((m) => inDailySpan(m, '21:00', '08:00'))).toEqual([false, true, true, true, false]);
    expect([8 * 60, 12 * 60, 18 * 60].map((m) => inDailySpan(m, '09:00', '18:00'))).toEqual([false, true, false]);
  });
});

describe('one BusinessHours for every module', () => {
  it('reads the short form of a setting as the weekly map, with the old defaults', () => {
    expect(businessHoursSettingSchema.parse({})).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(businessHoursSettingSchema.parse({ days: [6, 7], start: '10:00', end: '14:00' })).toEqual({ sat: ['10:00', '14:00'], sun: ['10:00', '14:00'] });
    expect(businessHoursSettingSchema.parse({ mon: ['08:00', '24:00'] })).toEqual({ mon: ['08:00', '24:00'] });
    expect(businessHoursSettingSchema.safeParse({ days: [1], start: '18:00', end: '09:00' }).success).toBe(false);
    expect(wakeupSettingsSchema.parse(undefined).businessHours).toEqual(DEFAULT_BUSINESS_HOURS);
  });

  it('drops malformed days of a stored team calendar, and gives null when none is left', () => {
    expect(readBusinessHoursLeniently({ mon: ['09:00', '17:00'], tue: ['9am', '5pm'], wed: ['25:00', '26:00'], sun: null })).toEqual({ mon: ['09:00', '17:00'] });
    expect(readBusinessHoursLeniently({ tue: 'all day' })).toBeNull();
    expect(readBusinessHoursLeniently(null)).toBeNull();
  });

  it('answers the same in every use: within hours, next send, next opening, working minutes (until midnight too)', () => {
    const hours = weeklyHours({ days: [1], start: '22:00', end: '23:00' });
    const late = { ...hours, tue: ['22:00', '24:00'] as [string, string] };
    const schedule = { timezone: 'Asia/Shanghai', hours: late, holidays: [] };
    const mondayLate = new Date('2026-11-30T14:30:00Z'); // 22:30 in Shanghai
    expect(isWithinBusinessHours(mondayLate, 'Asia/Shanghai', late)).toBe(true);
    expect(nextSendTime(new Date('2026-11-30T15:00:00Z'), 'Asia/Shanghai', late).toISOString()).toBe('2026-12-01T14:00:00.000Z');
    expect(nextOpening(schedule, new Date('2026-11-30T15:00:00Z'))?.toISOString()).toBe('2026-12-01T14:00:00.000Z');
    // Monday 22:30–23:00 plus Tuesday 22:00–24:00
    expect(workingMinutesBetween(schedule, mondayLate, new Date('2026-12-02T00:00:00Z'))).toBe(30 + 120);
    expect(isWithinBusinessHours(new Date('2026-12-01T15:59:00Z'), 'Asia/Shanghai', late)).toBe(true);
    expect(isWithinBusinessHours(new Date('2026-12-01T16:00:00Z'), 'Asia/Shanghai', late)).toBe(false);
  });
});
