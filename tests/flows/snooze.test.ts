import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import type { Actor } from '../../src/domain/team/actor';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let app: App & { databaseUrl: string };
let alice: Actor;
let customerId: number;
const db = () => app.database.prisma;
const task = (dueAt: Date) => db().task.create({ data: { customerId, assigneeId: alice.id, title: 'send samples', dueAt } });

beforeAll(async () => {
  app = await createTestApp();
  alice = await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en', timezone: 'Asia/Shanghai' });
  customerId = (await app.services.customers.create(alice, 'test', { name: 'Nordic Light AB', country: 'SE', details: [] })).id;
});
afterAll(async () => app.stop());

describe('/snooze never makes a task due sooner', () => {
  // Fri 4 Dec 2026 10:00 in Shanghai; the task is due Tue 8 Dec 09:00 there
  const now = new Date('2026-12-04T02:00:00Z');
  const due = new Date('2026-12-08T01:00:00Z');

  it('counts a duration from the due time when that is later than now', async () => {
    const t = await task(due);
    const moved = await app.services.followup.snooze(alice, 'test', String(t.id), { kind: 'duration', ms: 2 * DAY }, now);
    expect(moved.dueAt.toISOString()).toBe('2026-12-10T01:00:00.000Z');
    expect(moved.countedFrom).toBe('due');
    expect((await db().task.findUniqueOrThrow({ where: { id: t.id } })).dueAt.toISOString()).toBe('2026-12-10T01:00:00.000Z');
  });

  it('counts from now when the task is overdue', async () => {
    const t = await task(new Date(now.getTime() - 3 * DAY));
    const moved = await app.services.followup.snooze(alice, 'test', String(t.id), { kind: 'duration', ms: 2 * DAY }, now);
    expect(moved.dueAt.toISOString()).toBe('2026-12-06T02:00:00.000Z');
    expect(moved.countedFrom).toBe('now');
  });

  it('refuses a date before the current due time and changes nothing', async () => {
    const t = await task(due);
    await expect(app.services.followup.snooze(alice, 'test', String(t.id), { kind: 'at', at: new Date('2026-12-06T01:00:00Z') }, now)).rejects.toMatchObject({
      code: 'BAD_DATE',
      details: { reason: 'before_due' },
    });
    expect((await db().task.findUniqueOrThrow({ where: { id: t.id } })).dueAt.toISOString()).toBe(due.toISOString());
  });

  it('says in chat what it counted from', async () => {
    // (the chat command reads the real clock: the task is placed relative to it, whole hours in the rep's zone)
    const later = new Date(Math.ceil((Date.now() + 4 * DAY) / HOUR) * HOUR);
    const t = await task(later);
    const out = await runTerminalScript(app.databaseUrl, 'alice', [`/snooze ${t.id} 2d`, `/snooze ${t.id} tomorrow 9am`]);
    expect(out).toMatch(new RegExp(`⏰ #${t.id} snoozed until \\w+ \\d+ \\w+ \\d\\d:00 \\(2d from its due time \\w+ \\d+ \\w+ \\d\\d:00\\)`));
    expect(out).toContain('a snooze only moves it later');
    expect((await db().task.findUniqueOrThrow({ where: { id: t.id } })).dueAt.getTime()).toBe(later.getTime() + 2 * DAY);
  });
});
