import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import type { Actor } from '../../../src/domain/team/actor';
import { createTestApp } from '../../support/terminal-harness';

// customer_progress is kept by triggers; every check compares it with the same facts worked out here from the source
// rows, so a write path the triggers miss shows up as a difference.
let app: App & { databaseUrl: string };
let dir: Actor;
let rep: Actor;
const clients: pg.Client[] = [];

beforeAll(async () => {
  app = await createTestApp();
  dir = await app.services.team.add({ name: 'dir', role: 'director', locale: 'en' });
  rep = await app.services.team.add({ name: 'rep', role: 'rep', regions: ['LATAM'], locale: 'en' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await app.stop();
});

const RANK: Record<string, number> = { contacted: 1, quoted: 2, sample: 3, won: 4 };
type Progress = { rank: number; allLost: boolean; ordered: boolean; won: boolean };

/** The definition, from the source rows: furthest step, every deal lost, an order, a won deal or an order. */
async function fromSourceRows(): Promise<Record<number, Progress>> {
  const db = app.database.prisma;
  const [opps, moves, quotes, orders] = await Promise.all([
    db.opportunity.findMany(), db.stageChange.findMany({ include: { opportunity: true } }), db.quote.findMany(), db.order.findMany(),
  ]);
  const out: Record<number, Progress & { opps: number; lost: number }> = {};
  const at = (id: number) => (out[id] ??= { rank: 0, allLost: false, ordered: false, won: false, opps: 0, lost: 0 });
  for (const o of opps) {
    const p = at(o.customerId);
    p.rank = Math.max(p.rank, RANK[o.stage] ?? 0);
    p.opps++;
    if (o.stage === 'lost') p.lost++;
    if (o.stage === 'won') p.won = true;
  }
  for (const m of moves) if (!m.undoneAt) at(m.opportunity.customerId).rank = Math.max(at(m.opportunity.customerId).rank, RANK[m.toStage] ?? 0);
  for (const q of quotes) at(q.customerId).rank = Math.max(at(q.customerId).rank, 2);
  for (const o of orders.filter((x) => x.status !== 'cancelled')) Object.assign(at(o.customerId), { rank: 4, ordered: true, won: true });
  const result: Record<number, Progress> = {};
  for (const [id, { opps: n, lost, ...p }] of Object.entries(out)) {
    const progress = { ...p, allLost: n > 0 && lost === n };
    if (progress.rank || progress.allLost || progress.ordered || progress.won) result[Number(id)] = progress;
  }
  return result;
}

/** What the triggers stored (a row of zeros means the same as no row). */
async function stored(): Promise<Record<number, Progress>> {
  const rows = await app.database.prisma.$queryRaw<(Progress & { id: number })[]>`
    SELECT customer_id AS id, rank::int AS rank, all_lost AS "allLost", ordered, won FROM customer_progress
    WHERE rank > 0 OR all_lost OR ordered OR won`;
  return Object.fromEntries(rows.map(({ id, ...p }) => [id, p]));
}

async function expectCurrent() {
  expect(await stored()).toEqual(await fromSourceRows());
}

async function sqlClient() {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  clients.push(client);
  return client;
}

async function customer(name: string) {
  return app.database.prisma.customer.create({ data: { name, normalizedName: name.toLowerCase(), ownerId: rep.id, country: 'MX' } });
}

describe('customer_progress (maintained for /report funnel and channels)', () => {
  it('follows deals, stage moves and their undo, quotes, orders and cancellations, deletes', async () => {
    const db = app.database.prisma;
    const c = await customer('Progress One');
    const deal = await db.opportunity.create({ data: { customerId: c.id, ownerId: rep.id, stage: 'lead' } });
    await expectCurrent();
    await db.opportunity.update({ where: { id: deal.id }, data: { stage: 'contacted' } });
    expect((await stored())[c.id]).toMatchObject({ rank: 1 });
    const move = await db.stageChange.create({ data: { opportunityId: deal.id, fromStage: 'contacted', toStage: 'sample' } });
    expect((await stored())[c.id]).toMatchObject({ rank: 3 });
    await db.stageChange.update({ where: { id: move.id }, data: { undoneAt: new Date() } });
    expect((await stored())[c.id]).toMatchObject({ rank: 1 });
    const quote = await db.quote.create({
      data: { number: 'Q-P1', customerId: c.id, createdById: rep.id, currency: 'USD', total: 100, baseCurrency: 'USD', rate: 1, totalBase: 100 },
    });
    expect((await stored())[c.id]).toMatchObject({ rank: 2 });
    await db.opportunity.update({ where: { id: deal.id }, data: { stage: 'lost' } });
    expect((await stored())[c.id]).toEqual({ rank: 2, allLost: true, ordered: false, won: false });
    const order = await db.order.create({ data: { piNumber: 'PI-P1', customerId: c.id, ownerId: rep.id, currency: 'USD', amount: 500 } });
    expect((await stored())[c.id]).toEqual({ rank: 4, allLost: true, ordered: true, won: true });
    await db.order.update({ where: { id: order.id }, data: { status: 'cancelled' } });
    expect((await stored())[c.id]).toEqual({ rank: 2, allLost: true, ordered: false, won: false });
    await db.quote.delete({ where: { id: quote.id } });
    await db.opportunity.delete({ where: { id: deal.id } }); // its stage moves go with it (cascade)
    expect((await stored())[c.id]).toBeUndefined();
    await expectCurrent();
  });

  it('follows bulk writes and a merge moving deals, quotes and orders to another customer (and back)', async () => {
    const db = app.database.prisma;
    const [a, b, x] = [await customer('Merge Source'), await customer('Merge Target'), await customer('Bulk')];
    await db.opportunity.createMany({
      data: [
        { customerId: a.id, ownerId: rep.id, stage: 'won' }, { customerId: b.id, ownerId: rep.id, stage: 'lost' },
        { customerId: x.id, ownerId: rep.id, stage: 'quoted' }, { customerId: x.id, ownerId: rep.id, stage: 'lost' },
      ],
    });
    await db.order.create({ data: { piNumber: 'PI-M1', customerId: a.id, ownerId: rep.id, currency: 'USD', amount: 900 } });
    await expectCurrent();
    await db.opportunity.updateMany({ where: { customerId: x.id }, data: { stage: 'lost' } });
    expect((await stored())[x.id]).toEqual({ rank: 0, allLost: true, ordered: false, won: false });

    await app.services.merges.merge(dir, 'test', a.id, b.id);
    expect((await stored())[a.id]).toBeUndefined();
    expect((await stored())[b.id]).toEqual({ rank: 4, allLost: false, ordered: true, won: true });
    await expectCurrent();
    const merge = await db.merge.findFirstOrThrow({ where: { sourceId: a.id } });
    await app.services.merges.unmerge(dir, 'test', merge.id);
    expect((await stored())[b.id]).toEqual({ rank: 0, allLost: true, ordered: false, won: false });
    await expectCurrent();
  });

  it('two transactions writing for the same customer at once: the later one recomputes from what the first committed', async () => {
    const c = await customer('Concurrent');
    const { id: dealId } = await app.database.prisma.opportunity.create({ data: { customerId: c.id, ownerId: rep.id, stage: 'quoted' } });
    const [t1, t2] = [await sqlClient(), await sqlClient()];
    await t1.query('BEGIN');
    await t1.query(`INSERT INTO orders (pi_number, customer_id, owner_id, currency, amount) VALUES ('PI-C1', $1, $2, 'USD', 10)`, [c.id, rep.id]);
    await t2.query('BEGIN');
    const { rows: [{ pid }] } = await t2.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    // t2 cannot see t1's order yet; it waits on the customer's progress row until t1 commits, then recomputes
    const losing = t2.query(`UPDATE opportunities SET stage = 'lost' WHERE id = $1`, [dealId]);
    for (let waiting = false; !waiting;) {
      const { rows } = await t1.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
      waiting = rows[0]?.wait_event_type === 'Lock';
    }
    await t1.query('COMMIT');
    await losing;
    await t2.query('COMMIT');
    expect((await stored())[c.id]).toEqual({ rank: 4, allLost: true, ordered: true, won: true });
    await expectCurrent();
  });

  it('gives the funnel the same counts as working them out from the rows', async () => {
    const r = await app.services.reports.run(dir, 'test', 'funnel', ['all'], new Date());
    if (r.kind !== 'funnel') throw new Error('wrong kind');
    const facts = Object.values(await fromSourceRows());
    const customers = await app.database.prisma.customer.findMany({ where: { mergedIntoId: null } });
    const byId = await fromSourceRows();
    expect(r.counts.lead).toBe(customers.length);
    expect(r.counts.won).toBe(customers.filter((c) => byId[c.id]?.rank === 4).length);
    expect(r.counts.lost).toBe(customers.filter((c) => byId[c.id]?.allLost && !byId[c.id]?.ordered).length);
    expect(facts.length).toBeGreaterThan(0);
  });
});
