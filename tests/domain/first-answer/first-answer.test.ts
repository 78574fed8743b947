import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramApp } from '../../support/telegram-app';
import type { App } from '../../../src/app';
import { makeTelegramTextUpdate, type FakeTelegram } from '../../support/fake-telegram';
import { eventually, linkMember } from '../../support/channel-harness';

const BOSS = 9101;
const MONA = 9102;
// a Saturday noon in Shanghai: the first admin (Asia/Shanghai, Mon–Fri 09–18) next works on Monday 09:00
const now = new Date('2026-11-28T04:00:00Z');
let fake: FakeTelegram;
let app: App;
const db = () => app.database.prisma;

/** Waits until the lead made by `buyer`'s first message has been routed (its assign job completed). */
async function leadOf(buyer: number, count: number) {
  const leads = await eventually(async () => {
    const rows = await db().customer.findMany({ where: { source: 'telegram' }, orderBy: { id: 'asc' } });
    return rows.length >= count ? rows : null;
  });
  const lead = leads[count - 1];
  await eventually(async () => (await app.jobs!.queue.getJob(`assign-${lead.id}`))?.isCompleted());
  void buyer;
  return lead;
}

beforeAll(async () => {
  ({ fake, app } = await startTelegramApp('first-answer', { now: () => now }));
  await app.services.team.add({ name: 'boss', displayName: 'Boss Li', role: 'admin', locale: 'en' });
  await linkMember(app, 'boss', 'telegram', String(BOSS));
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

describe('a first run that routes, and a first answer to new buyers (fake Telegram Bot API, real queue and database)', () => {
  it('makes the default rule to the first admin once; a removed one is not made again', async () => {
    expect(await app.services.ensureDefaultRoute('test')).toMatchObject({ status: 'created', targetType: 'member', target: 'boss' });
    expect(await app.services.ensureDefaultRoute('test')).toEqual({ status: 'done_before' });
    const rules = await db().assignmentRule.findMany();
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ isDefault: true, targetType: 'member' });
  });

  it('answers a new Spanish buyer once, in Spanish, naming the owner and their next opening; a redelivery or a second message adds nothing', async () => {
    const first = makeTelegramTextUpdate({ fromId: 601, text: 'Hola, necesito precio de paneles LED 600x600 para México' });
    fake.push(first);
    const answer = await eventually(() => fake.sentTo(601)[0]);
    expect(answer).toMatch(/^¡Gracias por su mensaje! Boss Li le responderá el lunes.*09:00 \(Asia\/Shanghai\)\.$/);
    // the owner's "new lead for you" notice is dated on the app's clock too (its outbox row is due now, not next week)
    expect(await eventually(() => fake.sentTo(BOSS).find((t) => t.startsWith('🆕 New lead for you')), 30_000)).toContain('Telegram lead #');
    fake.push(makeTelegramTextUpdate({ fromId: 601, text: '¿Y el tiempo de entrega?' }));
    await eventually(() => fake.sentTo(BOSS).find((t) => t.includes('tiempo de entrega')));
    // Telegram delivers the first update again
    fake.push(first);
    await eventually(() => app.inbound!.drain(3000));
    expect(fake.sentTo(601)).toEqual([answer]);
    expect(await db().outbox.count({ where: { dedupeKey: { startsWith: 'first-answer:' } } })).toBe(1);
    // on the timeline, by nobody: an automated answer is not the rep's answer (the first-response SLA still runs)
    const lead = await db().customer.findFirstOrThrow({ where: { source: 'telegram' } });
    expect(await db().communication.findFirst({ where: { customerId: lead.id, direction: 'outbound' } })).toMatchObject({ text: answer, teamMemberId: null });
    expect(lead.firstResponseAt).toBeNull();
    // the SOP's next step is the owner's: send the sample policy and catalogue within 24 h; the automated answer does
    // not close that task (nor would it any later run)
    await app.services.followup.runSop(now);
    await app.services.followup.runSop(new Date(now.getTime() + 60_000));
    const task = await db().task.findFirstOrThrow({ where: { customerId: lead.id, kind: 'first_touch' } });
    expect(task).toMatchObject({ status: 'open', title: `Send the sample policy and catalogue: ${lead.name}` });
    expect(task.dueAt.getTime() - now.getTime()).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it('sends no first answer to a buyer whose first message opts out (only the opt-out confirmation)', async () => {
    fake.push(makeTelegramTextUpdate({ fromId: 602, text: 'Unsubscribe me. Do not contact me again.' }));
    await leadOf(602, 2);
    await app.inbound!.drain(3000);
    // the confirmation leaves through the outbox, at the channel's send rate: on a loaded machine after the lead's routing
    const sent = await eventually(() => (fake.sentTo(602).length ? fake.sentTo(602) : null));
    expect(sent).toEqual(['Done: you will not receive any more automated messages from us. You can still write to us at any time.']);
    expect(await db().outbox.count({ where: { dedupeKey: { startsWith: 'first-answer:' } } })).toBe(1);
  });

  it('with no rule at all: the lead waits in the pool, the region\'s manager is told in chat, the buyer hears "our sales team", and a later message reaches the manager', async () => {
    // removed as an admin would (the routing cache is told), not behind its back
    const boss = await app.services.team.byName('boss');
    for (const rule of await db().assignmentRule.findMany()) await app.services.assignmentRules.remove(boss, 'test', rule.name);
    expect(await db().assignmentRule.count()).toBe(0);
    await app.services.team.add({ name: 'mona', role: 'manager', locale: 'en', regions: ['EU'] });
    await linkMember(app, 'mona', 'telegram', String(MONA));
    fake.push(makeTelegramTextUpdate({ fromId: 603, text: 'Hello, please send your catalogue of LED tubes' }));
    const notice = await eventually(() => fake.sentTo(MONA).find((t) => t.includes('was not assigned')));
    expect(notice).toMatch(/New lead #\d+ Telegram lead #\d+ was not assigned \(no routing rule matched it\); it waits in the public pool\. Claim it: \/claim #\d+/);
    expect(await eventually(() => fake.sentTo(603)[0])).toMatch(/^Thank you for your message! Our sales team will answer you on Monday/);
    fake.push(makeTelegramTextUpdate({ fromId: 603, text: 'Any news about the catalogue?' }));
    const again = await eventually(() => fake.sentTo(MONA).find((t) => t.includes('Any news about the catalogue?')));
    expect(again).toContain('A buyer in the public pool wrote');
    expect(fake.sentTo(603)).toHaveLength(1);
  });
});
