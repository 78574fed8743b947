import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { seedDemo } from '../../../src/domain/demo/seed-demo';
import { DEMO_CUSTOMERS, DEMO_MEMBERS, DEMO_TEAM } from '../../../src/domain/demo/demo-data';
import { createTestApp } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.stop());

const now = new Date('2026-12-01T08:00:00Z');

describe('seed-demo', () => {
  it('loads the customers when the demo members exist but no customers do (a run that was cut short)', async () => {
    await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
    const first = await seedDemo(app.database.prisma, app.services.team, now);
    expect(first.skipped).toBe(false);
    expect(first.customers).toBe(DEMO_CUSTOMERS.length);
    expect(first.members).toBe(DEMO_MEMBERS.length - 1);
    expect(await app.database.prisma.customer.count()).toBe(DEMO_CUSTOMERS.length);

    const again = await seedDemo(app.database.prisma, app.services.team, now);
    expect(again).toEqual({ members: 0, customers: 0, skipped: true });
    expect(await app.database.prisma.customer.count()).toBe(DEMO_CUSTOMERS.length);
  }, 60_000);
});

describe('the team report on the demo book', () => {
  it('never shows a negative first-response time (replies older than the customer record are history, not responses)', async () => {
    const zhao = await app.services.team.byName('zhao');
    const r = await app.services.reports.run(zhao, 'test', 'team', ['30d'], now);
    if (r.kind !== 'team') throw new Error('wrong kind');
    const figures = r.rows.flatMap((x) => [x.frtMedianHours, x.frtP90Hours]).filter((v): v is number => v !== null);
    expect(figures.length).toBeGreaterThan(0);
    for (const hours of figures) expect(hours).toBeGreaterThanOrEqual(0);
  }, 60_000);
});

describe('the demo book routes from the start', () => {
  let fresh: App & { databaseUrl: string };
  beforeAll(async () => {
    fresh = await createTestApp();
  });
  afterAll(async () => fresh.stop());

  it('replaces the first start\'s default rule (to the first admin) with one to the demo team, once; a new lead goes to a demo rep', async () => {
    const db = fresh.database.prisma;
    await fresh.services.team.add({ name: 'ana', role: 'admin', locale: 'en' });
    expect(await fresh.services.ensureDefaultRoute('test')).toMatchObject({ status: 'created', targetType: 'member', target: 'ana' });
    await seedDemo(db, fresh.services.team, now);
    await seedDemo(db, fresh.services.team, now);
    const team = await db.team.findUniqueOrThrow({ where: { name: DEMO_TEAM.team }, include: { members: true, manager: true } });
    expect(team.members.map((m) => m.name).sort()).toEqual([...DEMO_TEAM.reps].sort());
    expect(team.manager?.name).toBe(DEMO_TEAM.manager);
    const defaults = await db.assignmentRule.findMany({ where: { isDefault: true } });
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({ targetType: 'team', targetId: team.id });
    // the start after seed-demo leaves the demo team's rule alone
    expect(await fresh.services.ensureDefaultRoute('test')).toEqual({ status: 'done_before' });
    const lead = await db.customer.create({ data: { name: 'Nairobi Lights', normalizedName: 'nairobi lights', country: 'KE', source: 'telegram' } });
    const outcome = await fresh.services.assignment.assignLead(lead.id, { via: 'test' }, now);
    expect(outcome.status).toBe('assigned');
    const owner = await db.teamMember.findUniqueOrThrow({ where: { id: (outcome as { memberId: number }).memberId } });
    expect(DEMO_TEAM.reps).toContain(owner.name);
  }, 90_000);
});
