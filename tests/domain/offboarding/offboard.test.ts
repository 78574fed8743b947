import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { createTestApp } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;

async function book(owner: string, names: string[]) {
  const actor = await app.services.team.byName(owner);
  const ids: number[] = [];
  for (const name of names) {
    const c = await app.services.customers.create(actor, 'test', { name, country: 'MX', details: [] });
    ids.push(c.id);
    await db().task.create({ data: { customerId: c.id, assigneeId: actor.id, title: `follow up ${name}`, dueAt: new Date() } });
    await db().opportunity.create({ data: { customerId: c.id, ownerId: actor.id, stage: 'quoted' } });
    await db().sequenceEnrollment.create({ data: { customerId: c.id, status: 'active' } });
  }
  return ids;
}

beforeAll(async () => {
  app = await createTestApp();
  await app.services.team.add({ name: 'mgr', role: 'manager', locale: 'en' });
  for (const name of ['alice', 'bob', 'carol']) await app.services.team.add({ name, role: 'rep', regions: ['LATAM'], locale: 'en', manager: 'mgr' });
});
afterAll(async () => app.stop());

describe('crm user offboard', () => {
  it('moves every customer, open task, opportunity and sequence to a colleague in one step and unlinks the leaver', async () => {
    const ids = await book('alice', ['Azteca Uno SA', 'Azteca Dos SA', 'Azteca Tres SA']);
    const done = await db().task.create({ data: { assigneeId: (await app.services.team.byName('alice')).id, title: 'old', dueAt: new Date(), status: 'done' } });
    const r = await app.services.offboarding.offboard('alice', 'bob');
    expect(r).toMatchObject({ from: 'alice', to: 'bob', customers: 3, tasks: 3, opportunities: 3, sequences: 3, identities: 1 });
    const bob = await app.services.team.byName('bob');
    expect(await db().customer.count({ where: { id: { in: ids }, ownerId: bob.id } })).toBe(3);
    expect(await db().task.count({ where: { customerId: { in: ids }, assigneeId: bob.id, status: 'open' } })).toBe(3);
    expect((await db().task.findUniqueOrThrow({ where: { id: done.id } })).assigneeId).not.toBe(bob.id); // history stays
    expect(await db().assignment.count({ where: { customerId: { in: ids }, memberId: bob.id } })).toBe(3);
    expect(await app.services.team.identify('terminal', 'alice')).toBeNull();
    expect((await db().teamMember.findFirstOrThrow({ where: { name: 'alice' } })).status).toBe('left');
    expect(await db().auditLog.count({ where: { action: 'offboard' } })).toBe(1);
  });

  it('to the pool: customers unowned with a release event each, tasks to the manager, sequences paused', async () => {
    const ids = await book('carol', ['Lima Uno SAC', 'Lima Dos SAC']);
    const r = await app.services.offboarding.offboard('carol', 'pool');
    expect(r).toMatchObject({ to: 'pool', customers: 2, tasks: 2, sequences: 2 });
    expect(await db().customer.count({ where: { id: { in: ids }, ownerId: null, status: 'pool' } })).toBe(2);
    expect(await db().poolEvent.count({ where: { customerId: { in: ids }, kind: 'release' } })).toBe(2);
    const mgr = await app.services.team.byName('mgr');
    expect(await db().task.count({ where: { customerId: { in: ids }, assigneeId: mgr.id } })).toBe(2);
    expect(await db().sequenceEnrollment.count({ where: { customerId: { in: ids }, status: 'paused' } })).toBe(2);
  });

  it('refuses bad hand-overs and changes nothing', async () => {
    await expect(app.services.offboarding.offboard('ghost', 'bob')).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    await expect(app.services.offboarding.offboard('bob', 'ghost')).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    await expect(app.services.offboarding.offboard('bob', 'bob')).rejects.toMatchObject({ code: 'OFFBOARD_INVALID' });
    await expect(app.services.offboarding.offboard('bob', 'alice')).rejects.toMatchObject({ code: 'OFFBOARD_INVALID' });
    await expect(app.services.offboarding.offboard('alice', 'bob')).rejects.toMatchObject({ code: 'OFFBOARD_INVALID' });
    const bob = await app.services.team.byName('bob');
    expect(await db().customer.count({ where: { ownerId: bob.id } })).toBe(3);
  });
});
