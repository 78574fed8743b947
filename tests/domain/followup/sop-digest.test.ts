import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSopSettings } from '../../../src/domain/followup/followup.settings';
import type { Actor } from '../../../src/domain/team/actor';
import { addRep, createFollowupApp, days } from '../../support/followup-fixtures';

const t0 = new Date('2026-11-23T00:30:00Z'); // Monday 08:30 Shanghai
let env: Awaited<ReturnType<typeof createFollowupApp>>;
let li: Actor; // Shanghai, zh
let ana: Actor; // Sao Paulo, en
let max: Actor; // Berlin, en
const db = () => env.app.database.prisma;

async function customer(owner: Actor, name: string, data: Record<string, unknown> = {}) {
  return db().customer.create({ data: { name, normalizedName: name.toLowerCase(), ownerId: owner.id, status: 'lead', createdAt: t0, ...data } });
}

beforeAll(async () => {
  env = await createFollowupApp();
  li = await addRep(env.app, 'li', { locale: 'zh', timezone: 'Asia/Shanghai' });
  ana = await addRep(env.app, 'ana', { timezone: 'America/Sao_Paulo' });
  max = await addRep(env.app, 'max', { timezone: 'Europe/Berlin' });
});
afterAll(async () => env.app.stop());

const tasksOf = (assigneeId: number) => db().task.findMany({ where: { assigneeId }, orderBy: { id: 'asc' } });

describe('follow-up SOP', () => {
  it('creates first-touch, no-reply and high-intent tasks once, with due times from the rules', async () => {
    const fresh = await customer(li, 'Fresh Lead Co');
    const waiting = await customer(li, 'Waiting Buyer', { lastOutboundAt: new Date(t0.getTime() - days(2)), lastContactAt: new Date(t0.getTime() - days(2)) });
    const hot = await customer(ana, 'Hot Buyer', { status: 'active', lastOutboundAt: new Date(t0.getTime() - days(9)) });
    await db().communication.create({ data: { customerId: hot.id, channel: 'wa', direction: 'inbound', text: 'price for 5000 pcs?', intents: ['price_inquiry'], occurredAt: new Date(t0.getTime() - days(6)) } });
    const cold = await customer(ana, 'Cold Buyer', { status: 'active', lastOutboundAt: new Date(t0.getTime() - days(1)), lastInboundAt: t0 });
    await db().communication.create({ data: { customerId: cold.id, channel: 'wa', direction: 'inbound', text: 'hello', intents: ['greeting'], occurredAt: new Date(t0.getTime() - days(6)) } });

    const first = await env.app.services.followup.runSop(t0);
    expect(first.created).toBe(4); // fresh: first touch; waiting: no reply; hot: no reply + high intent; cold answered: none
    expect(await env.app.services.followup.runSop(t0)).toEqual({ created: 0, closed: 0 });
    const liTasks = await tasksOf(li.id);
    expect(liTasks.map((t) => [t.kind, t.title])).toEqual([
      ['first_touch', '发送样品政策和产品目录：Fresh Lead Co'],
      ['second_follow_up', '跟进未回复的消息：Waiting Buyer'],
    ]);
    expect(liTasks[0].dueAt).toEqual(new Date(t0.getTime() + days(1))); // the SOP: within 24 h of the first inquiry
    expect(liTasks[1].dueAt).toEqual(new Date(t0.getTime() + days(5)));
    const anaTasks = await tasksOf(ana.id);
    expect(anaTasks.map((t) => t.kind).sort()).toEqual(['high_intent', 'second_follow_up']);
    expect(anaTasks.find((t) => t.kind === 'high_intent')!.title).toBe('High-intent buyer waiting: Hot Buyer');
    expect(fresh.id).toBeGreaterThan(0);
    void waiting;
  });

  it('follows the company settings and closes tasks whose reason went away', async () => {
    await writeSopSettings(db(), { highIntentDays: 10 });
    const later = await customer(max, 'Sample Seeker');
    await db().communication.create({ data: { customerId: later.id, channel: 'wa', direction: 'inbound', text: 'can you send a sample', intents: ['sample_request'], occurredAt: new Date(t0.getTime() - days(6)) } });
    await env.app.services.followup.runSop(t0);
    expect((await tasksOf(max.id)).map((t) => t.kind)).toEqual(['first_touch']); // 6 days < 10: not flagged yet
    await db().customer.updateMany({ where: { name: 'Fresh Lead Co' }, data: { lastOutboundAt: t0 } });
    await db().customer.updateMany({ where: { name: 'Waiting Buyer' }, data: { lastInboundAt: t0 } });
    const run = await env.app.services.followup.runSop(new Date(t0.getTime() + 1000));
    expect(run.closed).toBe(2);
    // first touch done; the answered follow-up cancelled; the first touch itself is now an unanswered outbound
    expect((await tasksOf(li.id)).map((t) => [t.kind, t.status])).toEqual([
      ['first_touch', 'done'], ['second_follow_up', 'cancelled'], ['second_follow_up', 'open'],
    ]);
    await expect(writeSopSettings(db(), { firstTouchDays: -1 })).rejects.toThrow();
  });
});

describe('nudges and the morning digest', () => {
  it('nudges a task once when it falls due (not in the rep quiet hours), and again after a snooze', async () => {
    const task = (await tasksOf(ana.id)).find((t) => t.kind === 'high_intent')!;
    const nightInSaoPaulo = new Date('2026-11-23T05:00:00Z'); // 02:00 local
    expect((await env.app.services.followup.nudgeDue(nightInSaoPaulo)).sent).toBe(0);
    const morning = new Date('2026-11-23T12:00:00Z'); // 09:00 local
    await env.app.services.followup.nudgeDue(morning);
    await env.app.services.followup.nudgeDue(morning);
    const nudges = () => env.chat.to('ana').filter((s) => s.text.startsWith('⏰ Task due'));
    expect(nudges().filter((n) => n.text.includes(`#${task.id} `))).toHaveLength(1);
    expect(nudges().find((n) => n.text.includes(`#${task.id} `))!.buttons).toContain(`✓ Done #${task.id}`);
    await env.app.services.followup.snooze(ana, 'test', String(task.id), new Date(morning.getTime() + days(1)), morning);
    await env.app.services.followup.nudgeDue(new Date(morning.getTime() + days(1)));
    expect(nudges().filter((n) => n.text.includes(`#${task.id} `))).toHaveLength(2);
  });

  it('sends each rep one digest at 09:00 in their own zone, with overdue, today and overnight buyers', async () => {
    const hot = await db().customer.findFirstOrThrow({ where: { name: 'Hot Buyer' } });
    await db().communication.create({ data: { customerId: hot.id, channel: 'wa', direction: 'inbound', text: '¿Tienen stock?', occurredAt: new Date('2026-11-26T03:00:00Z') } });
    const fresh = await db().customer.findFirstOrThrow({ where: { name: 'Fresh Lead Co' } });
    await env.app.services.followup.remind(li, 'test', { customer: `#${fresh.id}`, at: new Date('2026-11-26T06:00:00Z'), text: '发新目录' }, t0);
    const run = (iso: string) => env.app.services.followup.sendDigests(new Date(iso));
    const digests = (name: string) => env.chat.to(name).filter((s) => /Good morning|早上好/.test(s.text));
    await run('2026-11-26T00:45:00Z'); // 08:45 Shanghai: too early for everyone
    expect(digests('li')).toHaveLength(0);
    await run('2026-11-26T01:00:00Z'); // 09:00 Shanghai
    await run('2026-11-26T01:15:00Z');
    expect(digests('li')).toHaveLength(1);
    expect(digests('li')[0].text).toMatch(/☀️ 早上好，li！今日跟进：\n\n📋 今天到期（1）\n• #\d+ 发新目录 \(Fresh Lead Co\) — 11-26 14:00/);
    expect(digests('ana')).toHaveLength(0);
    await run('2026-11-26T12:00:00Z'); // 09:00 Sao Paulo
    await run('2026-11-26T12:15:00Z');
    const [anaDigest] = digests('ana');
    expect(digests('ana')).toHaveLength(1);
    expect(anaDigest.text).toContain('⚠️ Overdue');
    expect(anaDigest.text).toMatch(/Buyers who wrote overnight \(1\)\n• #\d+ Hot Buyer \(wa\): ¿Tienen stock\?/);
    expect(anaDigest.buttons).toEqual(expect.arrayContaining([expect.stringMatching(/^✓ Done #\d+$/), expect.stringMatching(/^⏰ Snooze 1d/), expect.stringMatching(/^👥 Reassign/), '↩ Reply Hot Buyer']));
    // max in Berlin has only a first-touch task due later: no overdue; 09:00 Berlin on the next day
    await run('2026-11-27T08:00:00Z');
    expect(digests('max')).toHaveLength(1);
  });

  it('uses the right 09:00 on a DST day and the company zone for a member with an unknown zone', async () => {
    await db().teamMember.update({ where: { id: max.id }, data: { timezone: 'Atlantis/Lost' } });
    await env.app.services.followup.sendDigests(new Date('2026-11-28T01:05:00Z')); // 09:05 in the company zone (Shanghai)
    expect(env.chat.to('max').filter((s) => s.text.includes('Good morning'))).toHaveLength(2);
    await db().teamMember.update({ where: { id: max.id }, data: { timezone: 'Europe/Berlin' } });
    // 2026-10-25 is Berlin's fall-back Sunday: 09:00 CET = 08:00Z; at 07:30Z it is 08:30 local
    await env.app.services.followup.sendDigests(new Date('2026-10-25T07:30:00Z'));
    expect(env.chat.to('max').filter((s) => s.text.includes('Good morning'))).toHaveLength(2);
    await env.app.services.followup.sendDigests(new Date('2026-10-25T08:00:00Z'));
    expect(env.chat.to('max').filter((s) => s.text.includes('Good morning'))).toHaveLength(3);
  });
});
