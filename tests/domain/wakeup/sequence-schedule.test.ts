import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWithinBusinessHours, weeklyHours } from '../../../src/domain/calendar/business-hours';
import { writeTemplates } from '../../../src/domain/wakeup/templates';
import type { Actor } from '../../../src/domain/team/actor';
import { addBuyer, addRep, createFollowupApp, days } from '../../support/followup-fixtures';

const HOURS = weeklyHours({ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
const t0 = new Date('2026-11-23T03:00:00Z'); // Monday
let env: Awaited<ReturnType<typeof createFollowupApp>>;
let alice: Actor;
const ids: Record<string, number> = {};

beforeAll(async () => {
  env = await createFollowupApp();
  alice = await addRep(env.app, 'alice', { locale: 'en' });
  const add = async (key: string, b: Parameters<typeof addBuyer>[3]) => (ids[key] = (await addBuyer(env.app, alice, t0, b)).customer.id);
  await add('berlin', { name: 'Berlin GmbH', country: 'DE' });
  await add('madrid', { name: 'Madrid SL', country: 'ES', detected: 'es' });
  await add('tokyo', { name: 'Tokyo KK', country: 'JP', language: 'ja' });
  await add('nochat', { name: 'No Chat Ltd', country: 'GB', chat: null });
  await add('nozone', { name: 'Nowhere Inc', country: null, timezone: 'Mars/Olympus' });
  await add('phone', { name: 'Por Telefono SA', country: null, phone: '+525512345678', language: 'es' });
  await add('fresh', { name: 'Fresh Buyer', country: 'FR', silentDays: 10 });
});
afterAll(async () => env.app.stop());

const outboxOf = (customerId: number) => env.app.database.prisma.outbox.findMany({ where: { customerId, memberId: null } });

describe('wake-up scheduling', () => {
  it('enrols silent customers once and plans nothing before the first step is near', async () => {
    const first = await env.app.services.wakeup.run(t0);
    expect(first.enrolled).toBe(6); // not the customer silent for only 10 days
    expect(first.created).toHaveLength(0);
    expect((await env.app.services.wakeup.run(t0)).enrolled).toBe(0);
  });

  it('plans step 1 in the buyer language, in their business hours, and tells the rep about every gap', async () => {
    const at = new Date(t0.getTime() + days(6.5));
    const report = await env.app.services.wakeup.run(at);
    expect(report.created).toHaveLength(4); // berlin, madrid, tokyo, phone
    const [berlin] = await outboxOf(ids.berlin);
    expect(berlin).toMatchObject({ status: 'pending', channel: 'wa', step: 0, dedupeKey: expect.stringMatching(/^wakeup:\d+:\d+:0$/) });
    expect(isWithinBusinessHours(berlin.dueAt, 'Europe/Berlin', HOURS)).toBe(true);
    expect(berlin.dueAt.getTime()).toBeGreaterThanOrEqual(t0.getTime() + days(7));
    expect(berlin.text).toMatch(/^Hi Berlin GmbH buyer, a quick update from alice/);
    expect((await outboxOf(ids.madrid))[0].text).toMatch(/^Hola .* de alice/);
    const [phone] = await outboxOf(ids.phone);
    expect(isWithinBusinessHours(phone.dueAt, 'America/Mexico_City', HOURS)).toBe(true);
    expect((await outboxOf(ids.tokyo))[0].text).toMatch(/^Hi Tokyo KK buyer/);
    expect((await outboxOf(ids.nochat))[0]).toMatchObject({ status: 'skipped', lastError: 'no_channel' });
    expect((await outboxOf(ids.nozone))[0]).toMatchObject({ status: 'skipped', lastError: 'no_timezone' });
    const told = env.chat.to('alice').map((s) => s.text).join('\n');
    expect(told).toMatch(/No Chat Ltd was skipped: the buyer has no chat account/);
    expect(told).toMatch(/Nowhere Inc was skipped: the buyer's timezone is unknown/);
    expect(told).toMatch(/Tokyo KK has no "ja" template; it will go out in English/);
  });

  it('changes nothing when run again (same keys, same steps, no repeated notices)', async () => {
    const before = env.chat.sent.length;
    const again = await env.app.services.wakeup.run(new Date(t0.getTime() + days(6.6)));
    expect(again.created).toHaveLength(0);
    expect(env.chat.sent.length).toBe(before);
    expect(await env.app.database.prisma.outbox.count({ where: { memberId: null } })).toBe(6);
  });

  it('sends once at the due time, defers when outside business hours, and never twice', async () => {
    const [berlin] = await outboxOf(ids.berlin);
    const saturday = new Date('2026-12-05T12:00:00Z');
    const early = await env.app.services.outbox.deliver(berlin.id, { now: saturday });
    expect(early.outcome).toBe('deferred');
    const row = await env.app.services.outbox.byId(berlin.id);
    expect(row!.dueAt.toISOString() >= '2026-12-07T08:00:00.000Z').toBe(true); // Monday 09:00 Berlin
    expect(isWithinBusinessHours(row!.dueAt, 'Europe/Berlin', HOURS)).toBe(true);
    expect(await env.app.services.outbox.deliver(berlin.id, { now: row!.dueAt })).toEqual({ outcome: 'sent' });
    expect(await env.app.services.outbox.deliver(berlin.id, { now: row!.dueAt })).toEqual({ outcome: 'not_claimed' });
    expect(env.wa.to(`wa-${ids.berlin}`)).toHaveLength(1);
    const enrollment = await env.app.database.prisma.sequenceEnrollment.findFirst({ where: { customerId: ids.berlin } });
    expect(enrollment!.lastSentAt).toEqual(row!.dueAt);
  });

  it('keeps three days between automated messages after a clock jump makes two steps due at once', async () => {
    const jumped = new Date(t0.getTime() + days(40)); // steps on day 14 and 30 both overdue
    await env.app.services.wakeup.run(jumped);
    const rows = (await outboxOf(ids.berlin)).sort((a, b) => a.step! - b.step!);
    expect(rows.map((r) => r.step)).toEqual([0, 1]);
    expect(rows[1].dueAt.getTime() - rows[0].dueAt.getTime()).toBeGreaterThanOrEqual(days(3));
    await env.app.services.outbox.deliver(rows[1].id, { now: rows[1].dueAt });
    await env.app.services.wakeup.run(new Date(rows[1].dueAt.getTime() + 60_000));
    const third = (await outboxOf(ids.berlin)).find((r) => r.step === 2)!;
    expect(third.dueAt.getTime() - rows[1].dueAt.getTime()).toBeGreaterThanOrEqual(days(3));
    // a clock that jumps back finds nothing new to do
    expect((await env.app.services.wakeup.run(t0)).created).toHaveLength(0);
  });

  it('skips and tells the rep when the reply window is closed and no approved template exists; uses one when it does', async () => {
    const windowed = await createFollowupApp({ waWindowHours: 24 });
    try {
      const bob = await addRep(windowed.app, 'bob', { locale: 'zh' });
      const a = await addBuyer(windowed.app, bob, t0, { name: 'Lisboa Lda', country: 'PT', language: 'pt' });
      await windowed.app.services.wakeup.run(t0);
      await windowed.app.services.wakeup.run(new Date(t0.getTime() + days(6.5)));
      const [row] = await windowed.app.database.prisma.outbox.findMany({ where: { customerId: a.customer.id, memberId: null } });
      expect(row).toMatchObject({ status: 'skipped', lastError: 'reply_window' });
      expect(windowed.chat.to('bob')[0].text).toMatch(/唤醒第 1 步已跳过：wa 的回复窗口已关闭/);

      await writeTemplates(windowed.app.database.prisma, { case_study: { pt: { text: 'Olá {name}', approvedTemplate: 'case_study_pt_v1' }, en: { text: 'Hi {name}' } } });
      await windowed.app.services.wakeup.run(new Date(t0.getTime() + days(13.5)));
      const second = await windowed.app.database.prisma.outbox.findFirst({ where: { customerId: a.customer.id, step: 1 } });
      expect(second).toMatchObject({ status: 'pending', text: 'Olá Lisboa Lda buyer' });
      expect(second!.payload).toMatchObject({ template: { name: 'case_study_pt_v1', language: 'pt' } });
    } finally {
      await windowed.app.stop();
    }
  });
});
