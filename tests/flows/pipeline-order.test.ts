import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import type { DomainEvents } from '../../src/domain/events';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';
import { revealHandles } from '../support/reveal-handles';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;
const say = (user: string, lines: string[]) => runTerminalScript(app.databaseUrl, user, lines);
const stageOf = async (name: string) => (await db().opportunity.findFirstOrThrow({ where: { customer: { name } }, orderBy: { id: 'desc' } })).stage;

beforeAll(async () => {
  app = await createTestApp();
  const team = app.services.team;
  await team.add({ name: 'wang', role: 'manager', locale: 'en' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'bob', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'mia', role: 'rep', locale: 'zh' });
  await team.add({ name: 'wu', role: 'rep', locale: 'en' });
  await team.add({ name: 'fei', role: 'rep', locale: 'en' });
  await db().teamMember.update({ where: { name: 'mia' }, data: { duties: ['merchandiser'] } });
  await db().teamMember.update({ where: { name: 'wu' }, data: { duties: ['warehouse'] } });
  await db().teamMember.update({ where: { name: 'fei' }, data: { duties: ['finance'] } });
  const alice = await team.byName('alice');
  await app.services.customers.create(alice, 'test', { name: 'Nordic Light AB', country: 'SE', details: [] });
  await app.services.customers.create(alice, 'test', { name: 'Lagos Power Ltd', country: 'NG', details: [] });
  await app.services.customers.create(await team.byName('bob'), 'test', { name: 'Bobs Leuchten GmbH', country: 'DE', details: [] });
});
afterAll(async () => app.stop());

describe('/stage', () => {
  it('moves a deal, records each move and announces it', async () => {
    const seen: DomainEvents['opportunity.stage'][] = [];
    app.services.events.on('opportunity.stage', (e) => void seen.push(e));
    await app.services.pipeline.move(await app.services.team.byName('alice'), 'test', 'Nordic Light AB', 'contacted');
    const out = await say('alice', ['/stage Nordic Light AB sample', '/stage Nordic Light AB 样品']);
    expect(out).toMatch(/#\d+ Nordic Light AB: contacted → sample/);
    expect(out).toMatch(/#\d+ Nordic Light AB is already at sample\./);
    const opportunity = await db().opportunity.findFirstOrThrow({ where: { customer: { name: 'Nordic Light AB' } }, include: { stageEvents: { orderBy: { id: 'asc' } } } });
    expect(opportunity.stageEvents.map((s) => [s.fromStage, s.toStage, s.cause])).toEqual([['lead', 'contacted', 'manual'], ['contacted', 'sample', 'manual']]);
    expect(seen.map((e) => [e.from, e.to])).toEqual([['lead', 'contacted']]); // the terminal run has its own app and bus
  });

  it('needs a reason from the list to mark a deal lost, and refuses unknown stages', async () => {
    const out = await say('alice', [
      '/stage Lagos Power Ltd lost',
      '/stage Lagos Power Ltd lost weather',
      '/stage Lagos Power Ltd shipped',
      '/stage Bobs Leuchten GmbH sample',
      '/stage Lagos Power Ltd lost competitor',
    ]);
    expect(out).toContain('Say why it was lost: price, lead_time, quality, competitor, no_reply, other.');
    expect(out).toContain('"shipped" is not a stage.');
    expect(out).toContain('No customer "Bobs Leuchten GmbH" that you can see.');
    expect(out).toMatch(/Lagos Power Ltd: lead → lost \(reason: competitor\)/);
    const lost = await db().opportunity.findFirstOrThrow({ where: { customer: { name: 'Lagos Power Ltd' } }, include: { stageEvents: true } });
    expect(lost).toMatchObject({ stage: 'lost', lostReason: 'competitor' });
    expect(lost.closedAt).not.toBeNull();
    expect(lost.stageEvents).toHaveLength(1);
    expect(await db().opportunity.count({ where: { customer: { name: 'Bobs Leuchten GmbH' } } })).toBe(0);
  });
});

describe('/order', () => {
  it('refuses an order from a quote that is not approved, and one for a version that does not exist', async () => {
    // 20,000 USD needs the manager: pending
    await say('alice', ['/quote Nordic Light AB: LED-600 x6250 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy']);
    const out = await say('alice', ['/order Nordic Light AB from quote v1', '/order Nordic Light AB from quote v7']);
    expect(out).toMatch(/Quote Q-\d{4}-0001 v1 is still pending; only an approved quote version can become an order\./);
    expect(out).toMatch(/No quote "Q-\d{4}-0001 v7" that you can see\./);
    expect(await db().order.count()).toBe(0);
    // a quote after samples leaves the deal at sample: automatic moves only go forward
    expect(await stageOf('Nordic Light AB')).toBe('sample');
  });

  it('turns quote v2 into an order with PI, deposit and balance, hands off to each role and wins the deal', async () => {
    // (the rep names the quote to revise)
    const v1 = await db().quote.findFirstOrThrow({ where: { version: 1 } });
    await say('alice', [`/quote ${v1.number}: LED-600 x3000 @3.20 USD FOB Ningbo, 30% deposit, 70% OA 45 days`]);
    const v2 = await db().quote.findFirstOrThrow({ where: { version: 2 } });
    expect(v2.status).toBe('approved'); // 9,600 USD: within the auto limit
    const out = await say('alice', ['/order Nordic Light AB from quote v2']);
    expect(out).toMatch(/Order #(\d+) created, PI PI-\d{4}-0001 \(Nordic Light AB, from quote Q-\d{4}-0001 v2\)/);
    expect(out).toContain('Amount 9,600.00 USD · deposit 30% 2,880.00 USD · balance 6,720.00 USD');
    expect(out).toContain('Handed off: merchandiser: mia; warehouse: wu; finance: fei');
    // each role is told in its own chat and language (on their own terminal, at their next session)
    expect(out).not.toContain('New order task');
    expect(await say('mia', [])).toMatch(/📦 新的订单任务：排产：PI-\d{4}-0001 · Nordic Light AB（9,600\.00 USD）/);
    expect(await say('wu', [])).toMatch(/📦 New order task: Plan shipping and book space: PI-\d{4}-0001/);
    expect(await say('fei', [])).toMatch(/📦 New order task: Confirm deposit 2,880\.00 USD received/);
    const order = await db().order.findFirstOrThrow({ include: { events: true } });
    expect(order).toMatchObject({ quoteId: v2.id, status: 'confirmed', currency: 'USD' });
    expect([order.amount.toFixed(2), order.deposit.toFixed(2), order.balance.toFixed(2)]).toEqual(['9600.00', '2880.00', '6720.00']);
    expect(order.events.map((e) => e.status)).toEqual(['confirmed']);
    const tasks = await db().task.findMany({ where: { kind: 'order_handoff' }, include: { assignee: true }, orderBy: { id: 'asc' } });
    expect(tasks.map((t) => [t.assignee.name, t.dedupeKey])).toEqual([
      ['mia', `order:${order.id}:merchandiser`], ['wu', `order:${order.id}:warehouse`], ['fei', `order:${order.id}:finance`],
    ]);
    expect(await stageOf('Nordic Light AB')).toBe('won');
    const again = await say('alice', ['/order Nordic Light AB from quote v2']);
    expect(again).toMatch(/This quote version is already order #\d+ \(PI-\d{4}-0001\); nothing was created\./);
    expect(await db().order.count()).toBe(1);
  });

  it('logs status updates: shipped with the B/L sets the balance due date and hands collection to finance', async () => {
    const order = await db().order.findFirstOrThrow();
    const out = await say('wu', [`/order ${order.id} shipped BL MSKU1234567`]);
    expect(out).toMatch(new RegExp(`Order #${order.id} PI-\\d{4}-0001: shipped, B/L MSKU1234567; balance 6,720.00 USD due \\d{4}-\\d\\d-\\d\\d, handed to finance\\.`));
    expect(await say('fei', [])).toMatch(/New order task: Collect balance 6,720\.00 USD due/);
    const shipped = await db().order.findUniqueOrThrow({ where: { id: order.id }, include: { events: { orderBy: { id: 'asc' } } } });
    expect(shipped).toMatchObject({ status: 'shipped', blNumber: 'MSKU1234567' });
    const days = Math.round((shipped.balanceDueAt!.getTime() - shipped.events[1].at.getTime()) / 86_400_000);
    expect(days).toBe(45);
    expect(shipped.events.map((e) => [e.status, e.note])).toEqual([['confirmed', expect.stringMatching(/^from Q-/)], ['shipped', 'BL MSKU1234567']]);
    // the owner's notice has a "Tell the buyer" button: the buyer hears it on the chat they wrote from
    await db().communication.create({ data: { customerId: order.customerId, channel: 'terminal', chatId: 'nordic-buyer', direction: 'inbound', text: 'When will it ship?' } });
    const told = await say('alice', ['1']);
    expect(told).toMatch(/📦 Order PI-\d{4}-0001 \(Nordic Light AB\): shipped · BL MSKU1234567 \(by wu\)/); // the owner is told
    expect(told).toMatch(/Order update PI-\d{4}-0001: shipped\. B\/L number: MSKU1234567\. Balance due: 6,720\.00 USD by \d{4}-\d\d-\d\d\./);
    expect(told).toMatch(/Told #\d+ Nordic Light AB on terminal: Order update/);
    const outbound = await db().communication.findFirstOrThrow({ where: { customerId: order.customerId, direction: 'outbound' } });
    expect(outbound.chatId).toMatch(/^enc:v2:/);
    expect(revealHandles(outbound)).toMatchObject({ chatId: 'nordic-buyer', text: expect.stringContaining('MSKU1234567') });
  });

  it('refuses unknown statuses, strangers to the order and closed orders', async () => {
    const order = await db().order.findFirstOrThrow();
    const out = await say('bob', [`/order ${order.id} paid`]);
    expect(out).toContain(`No order "${order.id}" that you can update.`);
    const out2 = await say('alice', [`/order ${order.id} teleported`, `/order ${order.piNumber} closed`, `/order ${order.id} paid`]);
    expect(out2).toContain('"teleported" is not an order status.');
    expect(out2).toMatch(/Order #\d+ PI-\d{4}-0001: closed\./);
    expect(out2).toMatch(/Order PI-\d{4}-0001 is closed; it can no longer change\./);
    const events = await db().orderEvent.findMany({ where: { orderId: order.id } });
    expect(events.map((e) => e.status)).toEqual(['confirmed', 'shipped', 'closed']);
  });
});
