import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/team/actor';
import { createRoutingApp, type RoutingApp } from '../assignment/routing-fixture';

const DAY = 86_400_000;
const now = new Date('2026-11-24T02:30:00Z');
let app: RoutingApp;
let alice: Actor;
let bob: Actor;

async function owned(name: string, grade: string, ownerId: number, lastFollowUpDaysAgo: number, extra: Record<string, unknown> = {}) {
  return app.database.prisma.customer.create({
    data: {
      name, normalizedName: name.toLowerCase(), country: 'MX', grade, ownerId, status: 'active',
      ownedSince: new Date(now.getTime() - 400 * DAY), lastOutboundAt: new Date(now.getTime() - lastFollowUpDaysAgo * DAY), ...extra,
    },
  });
}

beforeAll(async () => {
  app = await createRoutingApp();
  alice = await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en', timezone: 'America/Mexico_City' });
  bob = await app.services.team.add({ name: 'bob', role: 'rep', locale: 'zh' });
  await owned('A Stale', 'A', alice.id, 31);
  await owned('A Fresh', 'A', alice.id, 29);
  await owned('B Stale', 'B', alice.id, 16);
  await owned('C Stale', 'C', alice.id, 8);
  await owned('C Warned', 'C', alice.id, 5.5);
  await owned('C Protected', 'C', alice.id, 8, { protectedUntil: new Date(now.getTime() + DAY) });
});
afterAll(async () => app.stop());

describe('public pool: release, warnings, claims', () => {
  it('warns the owner two days ahead with an "I\'m on it" button, once', async () => {
    // A Fresh (29 of 30 days) and C Warned (5.5 of 7); the overdue ones are released, not warned
    expect(await app.services.pool.warnDue(now)).toEqual({ warned: 2 });
    const warning = app.recorder.to('alice').at(-1)!;
    expect(warning.text).toContain('C Warned');
    expect(warning.text).toContain('A Fresh');
    expect(warning.text).not.toContain('B Stale');
    expect(warning.buttons?.[0]).toMatchObject({ action: expect.stringMatching(/^pool\.onit:\d+$/) });
    expect(await app.services.pool.warnDue(now)).toEqual({ warned: 0 });
  });

  it('"I\'m on it" logs one follow-up task for the owner only', async () => {
    const warned = await app.database.prisma.customer.findFirstOrThrow({ where: { name: 'C Warned' } });
    const { task, releaseAt } = await app.services.pool.imOnIt(alice, warned.id, now);
    await app.services.pool.imOnIt(alice, warned.id, now);
    expect(task).toMatchObject({ assigneeId: alice.id, kind: 'follow_up', status: 'open' });
    expect(releaseAt.toISOString().slice(0, 10)).toBe('2026-11-25');
    expect(await app.database.prisma.task.count({ where: { customerId: warned.id } })).toBe(1);
    await expect(app.services.pool.imOnIt(bob, warned.id, now)).rejects.toThrow(/CUSTOMER_NOT_FOUND/);
  });

  it('releases by grade (A 30, B 15, C 7 days), skips protected ones, tells the owner why, and changes nothing twice', async () => {
    const released: number[] = [];
    app.services.events.on('customer.released', (e) => void released.push(e.customerId));
    expect(await app.services.pool.releaseDue(now, { batch: 2 })).toEqual({ released: 3 });
    const pool = await app.database.prisma.customer.findMany({ where: { status: 'pool' }, orderBy: { name: 'asc' } });
    expect(pool.map((c) => [c.name, c.ownerId])).toEqual([['A Stale', null], ['B Stale', null], ['C Stale', null]]);
    expect(released).toHaveLength(3);
    const events = await app.database.prisma.poolEvent.findMany({ where: { kind: 'release' }, orderBy: { customerId: 'asc' } });
    expect(events.map((e) => e.reason)).toEqual(['no follow-up for 30 days (grade A)', 'no follow-up for 15 days (grade B)', 'no follow-up for 7 days (grade C)']);
    expect(events.every((e) => e.memberId === alice.id)).toBe(true);
    expect(await app.database.prisma.auditLog.count({ where: { action: 'release' } })).toBe(3);
    expect(app.recorder.to('alice').at(-1)!.text).toContain('B Stale — no follow-up for 15 days (grade B)');
    expect(await app.services.pool.releaseDue(now)).toEqual({ released: 0 });
  });

  it('honours grade days from settings', async () => {
    await app.database.prisma.setting.upsert({ where: { key: 'pool' }, create: { key: 'pool', value: { releaseDays: { A: 30, B: 15, C: 3 } } }, update: {} });
    expect(await app.services.pool.releaseDue(now)).toEqual({ released: 1 }); // C Warned, 5.5 days
    await app.database.prisma.setting.delete({ where: { key: 'pool' } });
  });

  it('lists the pool by country and product and lets a rep claim, protected for the grace period', async () => {
    const list = await app.services.pool.list({ country: 'Mexico' });
    expect(list.map((r) => r.name)).toContain('B Stale');
    expect(await app.services.pool.list({ country: 'DE' })).toEqual([]);
    const result = await app.services.pool.claim(bob, 'test', 'B Stale', now);
    expect(result.protectedUntil.toISOString()).toBe(new Date(now.getTime() + 7 * DAY).toISOString());
    const row = await app.database.prisma.customer.findFirstOrThrow({ where: { name: 'B Stale' } });
    expect(row).toMatchObject({ ownerId: bob.id, status: 'active' });
    expect(await app.database.prisma.poolEvent.count({ where: { customerId: row.id, kind: 'claim', memberId: bob.id } })).toBe(1);
    expect(await app.database.prisma.auditLog.count({ where: { action: 'claim', customerId: row.id } })).toBe(1);
  });

  it('gives exactly one of two simultaneous claims the customer; the other hears who was faster', async () => {
    const results = await Promise.allSettled([app.services.pool.claim(alice, 'test', 'A Stale', now), app.services.pool.claim(bob, 'test', 'A Stale', now)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost[0].reason.code).toBe('ALREADY_CLAIMED');
    expect(lost[0].reason.details.owner).toMatch(/alice|bob/);
    const row = await app.database.prisma.customer.findFirstOrThrow({ where: { name: 'A Stale' } });
    expect(await app.database.prisma.poolEvent.count({ where: { customerId: row.id, kind: 'claim' } })).toBe(1);
  });

  it('refuses a claim beyond the daily limit with the reset time in the rep\'s zone', async () => {
    await app.database.prisma.setting.create({ data: { key: 'pool', value: { claimLimits: { day: 1, week: 20, month: 60 } } } });
    const c = await app.database.prisma.customer.findFirstOrThrow({ where: { name: 'C Stale' } });
    // bob claimed B Stale today (and maybe A Stale): one is already the limit
    const used = await app.database.prisma.poolEvent.count({ where: { memberId: bob.id, kind: 'claim' } });
    const error = await app.services.pool.claim(bob, 'test', `#${c.id}`, now).catch((e) => e);
    expect(error.code).toBe('CLAIM_LIMIT');
    expect(error.details).toMatchObject({ period: 'day', used, limit: 1, resetAt: '2026-11-25 00:00 (Asia/Shanghai)' });
    const other = await app.services.pool.allowance(alice, now);
    expect(other.find((a) => a.period === 'day')?.resetAt).toBe('2026-11-24 00:00 (America/Mexico_City)');
    expect((await app.database.prisma.customer.findUniqueOrThrow({ where: { id: c.id } })).ownerId).toBeNull();
  });

  it('releases a due customer while a task for it is being written (a foreign-key lock is not an edit)', async () => {
    const busy = await owned('C Busy', 'C', alice.id, 9);
    let written!: () => void;
    let inserted!: () => void;
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    // the SOP sweep or an inbound message inserts rows that refer to the customer; until they commit, the customer
    // row holds a KEY SHARE lock, and a sweep that skipped it on that lock lost a day (and a CI run)
    const writer = app.database.prisma.$transaction(async (tx) => {
      await tx.task.create({ data: { customerId: busy.id, assigneeId: alice.id, title: 'Send the catalogue', kind: 'first_touch', dueAt: now, status: 'open' } });
      inserted();
      await new Promise<void>((resolve) => (written = resolve));
    }, { timeout: 20_000 });
    await insertedNow;
    try {
      expect(await app.services.pool.releaseDue(now, { notify: false })).toEqual({ released: 1 });
    } finally {
      written();
      await writer;
    }
    expect(await app.database.prisma.customer.findUniqueOrThrow({ where: { id: busy.id } })).toMatchObject({ status: 'pool', ownerId: null });
  });
});
