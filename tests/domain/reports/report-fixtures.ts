import type { App } from '../../../src/app';
import type { Actor } from '../../../src/domain/team/actor';

const DAY = 86_400_000;

export interface ReportBook {
  mgr: Actor; alice: Actor; bob: Actor; carol: Actor; dir: Actor;
  ids: Record<string, number>;
}

/**
 * A small book whose report figures are known by hand: alice (MX/BR) has a won, a quoted and a contacted lead,
 * bob (DE) one bare lead, carol (no manager, US) one won; mgr manages alice and bob.
 */
export async function seedReportBook(app: App, now = new Date()): Promise<ReportBook> {
  const team = app.services.team;
  const mgr = await team.add({ name: 'mgr', role: 'manager', regions: ['EU'], locale: 'en' });
  const alice = await team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en', manager: 'mgr' });
  const bob = await team.add({ name: 'bob', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mgr' });
  const carol = await team.add({ name: 'carol', role: 'rep', regions: ['NA'], locale: 'en' });
  const dir = await team.add({ name: 'dir', role: 'director', locale: 'en' });
  const db = app.database.prisma;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const customer = (name: string, ownerId: number | null, country: string, source: string, extra: object = {}) =>
    db.customer.create({ data: { name, normalizedName: name.toLowerCase(), ownerId, country, source, createdAt: ago(5), ...extra } });

  const a1 = await customer('Azteca Won', alice.id, 'MX', 'alibaba', { lastOutboundAt: ago(4), firstResponseAt: ago(4.5) });
  const a2 = await customer('Azteca Quoted', alice.id, 'MX', 'alibaba', { lastOutboundAt: ago(4), firstResponseAt: ago(3) });
  const a3 = await customer('Brasil Contacted', alice.id, 'BR', 'website', { lastOutboundAt: ago(4) });
  const b1 = await customer('Berlin Lead', bob.id, 'DE', 'trade_show');
  const c1 = await customer('Chicago Won', carol.id, 'US', 'referral', { lastOutboundAt: ago(4) });
  const pool = await customer('Lima Pool', null, 'PE', 'import', { status: 'pool' });

  const o1 = await db.opportunity.create({ data: { customerId: a1.id, ownerId: alice.id, stage: 'won', createdAt: ago(5) } });
  await db.stageChange.create({ data: { opportunityId: o1.id, fromStage: 'sample', toStage: 'won', at: ago(1) } });
  const o2 = await db.opportunity.create({ data: { customerId: a2.id, ownerId: alice.id, stage: 'quoted', createdAt: ago(30) } });
  await db.stageChange.create({ data: { opportunityId: o2.id, fromStage: 'contacted', toStage: 'quoted', at: ago(20) } });
  await db.opportunity.create({ data: { customerId: c1.id, ownerId: carol.id, stage: 'won', createdAt: ago(5) } });
  const quote = { currency: 'USD', total: 1000, baseCurrency: 'USD', rate: 1, totalBase: 1000, createdAt: ago(3) };
  await db.quote.create({ data: { ...quote, number: 'Q-1', customerId: a2.id, createdById: alice.id } });
  await db.quote.create({ data: { ...quote, number: 'Q-1', version: 2, customerId: a2.id, createdById: alice.id } });
  const order = { currency: 'USD', createdAt: ago(2) };
  await db.order.create({ data: { ...order, piNumber: 'PI-1', customerId: a1.id, ownerId: alice.id, amount: 10_000, amountBase: 10_000 } });
  await db.order.create({ data: { ...order, piNumber: 'PI-2', customerId: c1.id, ownerId: carol.id, amount: 5_000, amountBase: 5_000 } });
  await db.task.create({ data: { customerId: a1.id, assigneeId: alice.id, title: 'follow up', dueAt: ago(2), status: 'done' } });
  await db.task.create({ data: { customerId: a2.id, assigneeId: alice.id, title: 'follow up', dueAt: ago(1) } });
  await db.poolEvent.create({ data: { customerId: a3.id, memberId: alice.id, kind: 'claim', at: ago(3) } });
  await db.communication.create({
    data: { customerId: a2.id, channel: 'whatsapp', direction: 'inbound', text: 'the lamps arrived broken', intents: ['complaint'], occurredAt: ago(2) },
  });
  await db.sequenceEnrollment.createMany({
    data: [
      { customerId: a3.id, sequence: 'wakeup', status: 'stopped', stopReason: 'replied', startedAt: ago(4), lastSentAt: ago(3), revivedAt: ago(2) },
      { customerId: a1.id, sequence: 'wakeup', status: 'active', startedAt: ago(4), lastSentAt: ago(3) },
      { customerId: c1.id, sequence: 'wakeup', status: 'active', startedAt: ago(4), lastSentAt: ago(3) },
    ],
  });
  return { mgr, alice, bob, carol, dir, ids: { a1: a1.id, a2: a2.id, a3: a3.id, b1: b1.id, c1: c1.id, pool: pool.id } };
}
