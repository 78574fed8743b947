import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isWithinBusinessHours, nextSendTime, weeklyHours } from '../../../src/domain/calendar/business-hours';
import { buyerZone, planStep } from '../../../src/domain/wakeup/plan-step';
import type { StepCandidate } from '../../../src/domain/wakeup/sequence.repository';
import { templatesSchema } from '../../../src/domain/wakeup/templates';
import { wakeupSettingsSchema } from '../../../src/domain/wakeup/wakeup.settings';

const HOURS = weeklyHours({ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

describe('business hours in the buyer zone', () => {
  it('moves a Saturday to Monday 09:00 and a Friday evening to Monday', () => {
    expect(local(nextSendTime(new Date('2026-11-28T12:00:00Z'), 'Europe/Berlin', HOURS), 'Europe/Berlin')).toBe('Mon 2026-11-30 09:00');
    expect(local(nextSendTime(new Date('2026-11-27T17:30:00Z'), 'Europe/Berlin', HOURS), 'Europe/Berlin')).toBe('Mon 2026-11-30 09:00');
    expect(local(nextSendTime(new Date('2026-11-24T10:00:00Z'), 'Europe/Berlin', HOURS), 'Europe/Berlin')).toBe('Tue 2026-11-24 11:00');
  });

  it('is right on DST days (New York springs forward, Berlin falls back)', () => {
    // Sunday 2026-03-08 02:00 does not exist in New York; Monday 09:00 EDT is 13:00Z
    expect(nextSendTime(new Date('2026-03-08T06:30:00Z'), 'America/New_York', HOURS).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    // Monday 2026-10-26 after the fall-back: 09:00 CET is 08:00Z (a week earlier it was 07:00Z)
    expect(nextSendTime(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin', HOURS).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(nextSendTime(new Date('2026-10-18T12:00:00Z'), 'Europe/Berlin', HOURS).toISOString()).toBe('2026-10-19T07:00:00.000Z');
    expect(isWithinBusinessHours(new Date('2026-10-26T07:30:00Z'), 'Europe/Berlin', HOURS)).toBe(false);
  });

  it('keeps jitter inside the window and clear of the last minutes', () => {
    for (const random of [0, 0.5, 0.999]) {
      const at = nextSendTime(new Date('2026-11-24T16:00:00Z'), 'Europe/Berlin', HOURS, { jitterMinutes: 240, tailMinutes: 30, random });
      expect(isWithinBusinessHours(at, 'Europe/Berlin', HOURS)).toBe(true);
      expect(DateTime.fromJSDate(at, { zone: 'Europe/Berlin' }).toFormat('HH:mm') < '17:30').toBe(true);
    }
    // 17:45 local is inside the tail: tomorrow instead
    expect(local(nextSendTime(new Date('2026-11-24T16:45:00Z'), 'Europe/Berlin', HOURS, { tailMinutes: 30 }), 'Europe/Berlin')).toBe('Wed 2026-11-25 09:00');
  });

  it('handles zones with odd offsets and refuses unknown ones', () => {
    expect(local(nextSendTime(new Date('2026-11-23T00:00:00Z'), 'Asia/Kathmandu', HOURS), 'Asia/Kathmandu')).toBe('Mon 2026-11-23 09:00');
    expect(() => nextSendTime(new Date(), 'Mars/Olympus', HOURS)).toThrow(/invalid zone/);
    expect(isWithinBusinessHours(new Date(), 'Mars/Olympus', HOURS)).toBe(false);
  });
});

const base: StepCandidate = {
  id: 1, customerId: 10, customerName: 'Acme', contactId: 5, step: 0, startedAt: new Date('2026-11-23T00:00:00Z'), ownerId: 1, repName: 'Li',
  country: 'BR', customerTimezone: null, contactName: 'Ana', contactTimezone: null, contactPhone: null, contactOptedOut: false,
  customerOptedOut: false, language: null, detectedLanguage: 'pt', lastAutomatedAt: null,
};
const settings = wakeupSettingsSchema.parse(undefined);
const templates = templatesSchema.parse(undefined);
const chan = (lastInboundAt: Date | null = null) => [{ contactId: 5, channel: 'wa', chatId: '5511', lastInboundAt }];
const caps = (replyWindowHours: number | null) => () => ({ buttons: false, threads: false, files: false, replyWindowHours, maxTextLength: 4096, customerFacing: true });
const plan = (c: Partial<StepCandidate>, extra: Partial<Parameters<typeof planStep>[0]> = {}) =>
  planStep({ candidate: { ...base, ...c }, channels: chan(), capabilities: caps(null), settings, templates, now: base.startedAt, random: 0, ...extra });

describe('planning one step', () => {
  it('writes in the detected language and sends in the buyer business hours on day 7', () => {
    const p = plan({});
    expect(p).toMatchObject({ kind: 'send', channel: 'wa', chatId: '5511', language: 'pt', languageFallback: false, zone: 'America/Sao_Paulo' });
    if (p.kind === 'send') {
      expect(p.text).toMatch(/^Olá Ana, uma breve novidade de Li/);
      expect(local(p.dueAt, 'America/Sao_Paulo')).toBe('Mon 2026-11-30 09:00');
    }
  });

  it('prefers the contact language and zone, and falls back to English for a language without templates', () => {
    expect(plan({ language: 'fr', contactTimezone: 'Africa/Casablanca' })).toMatchObject({ language: 'fr', zone: 'Africa/Casablanca' });
    expect(plan({ language: 'sw' })).toMatchObject({ language: 'en', languageFallback: true });
  });

  it('skips with a reason: no channel, unknown zone, opted out, closed reply window without a template', () => {
    expect(plan({}, { channels: [] })).toEqual({ kind: 'skip', reason: 'no_channel' });
    expect(plan({}, { capabilities: () => undefined })).toEqual({ kind: 'skip', reason: 'no_channel' });
    expect(plan({ country: null, contactTimezone: 'Not/AZone' })).toEqual({ kind: 'skip', reason: 'no_timezone' });
    expect(plan({ contactOptedOut: true })).toEqual({ kind: 'skip', reason: 'opted_out' });
    expect(plan({}, { capabilities: caps(24) })).toEqual({ kind: 'skip', reason: 'reply_window', detail: 'wa' });
    // the buyer wrote an hour before the due time: the window is open
    expect(plan({}, { capabilities: caps(24), channels: chan(new Date('2026-11-30T11:00:00Z')) })).toMatchObject({ kind: 'send', template: undefined });
  });

  it('finds a zone from the phone number when nothing else is known', () => {
    expect(buyerZone({ contactTimezone: null, customerTimezone: null, country: null, contactPhone: '+4915112345678' })).toBe('Europe/Berlin');
    expect(buyerZone({ contactTimezone: null, customerTimezone: 'bogus', country: null, contactPhone: null })).toBeUndefined();
  });

  it('keeps the minimum gap after the last automated message', () => {
    const p = plan({ lastAutomatedAt: new Date('2026-11-29T15:00:00Z') });
    expect(p.kind === 'send' && local(p.dueAt, 'America/Sao_Paulo')).toBe('Wed 2026-12-02 12:00');
  });
});
