import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoutingApp, makeLead, makeTeam, type RoutingApp } from './routing-fixture';
import { createAssignmentService } from '../../../src/domain/assignment/assignment.service';
import { interleavedCycle } from '../../../src/domain/assignment/weighted-round-robin';
import { createLogger } from '../../../src/logger';
import { writeAssignment } from '../../../src/domain/assignment/assignment.repository';

let app: RoutingApp;
let ids: Record<string, number>;
const ctx = { via: 'whatsapp', text: 'please quote LED lighting' };
const now = new Date('2026-11-24T03:00:00Z');

beforeAll(async () => {
  app = await createRoutingApp();
  ({ ids } = await makeTeam(app, 'latam', { alice: 3, bob: 2, carol: 1 }, 'maria'));
  await app.services.team.add({ name: 'boss', role: 'admin', locale: 'zh' });
  const admin = await app.services.team.byName('boss');
  await app.services.assignmentRules.add(admin, 'test', 'latam: country=MX,CO,PE product=lighting -> team:latam');
});
afterAll(async () => app.stop());

async function assignMany(n: number, prefix: string) {
  const names: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const lead = await makeLead(app, `${prefix} ${i}`);
    const outcome = await app.services.assignment.assignLead(lead.id, ctx, now);
    if (outcome.status !== 'assigned') throw new Error(`not assigned: ${JSON.stringify(outcome)}`);
    names.push(Object.entries(ids).find(([, id]) => id === outcome.memberId)![0]);
  }
  return names;
}

describe('assignLead: weighted round robin inside a team', () => {
  it('hands out leads in interleaved order 3:2:1 = A-B-C-A-B-A, twice over, with the reason stored', async () => {
    expect(await assignMany(12, 'Order')).toEqual(['alice', 'bob', 'carol', 'alice', 'bob', 'alice', 'alice', 'bob', 'carol', 'alice', 'bob', 'alice']);
    const reasons = await app.database.prisma.assignment.findMany({ orderBy: { id: 'asc' }, take: 6 });
    expect(reasons[3].reason).toBe('rule latam, round robin 4/6');
    const audit = await app.database.prisma.auditLog.count({ where: { action: 'assign' } });
    expect(audit).toBe(12);
  });

  it('notifies the chosen rep on their channel with the customer card and the reason', async () => {
    const last = app.recorder.to('alice').at(-1)!;
    expect(last.text).toContain('New lead for you (rule latam, round robin 6/6)');
    expect(last.text).toMatch(/#\d+ Order 11/);
    expect(last.text).toContain('🇲🇽 Mexico');
  });

  it('skips a rep on leave without breaking the order of the others, and says whom it skipped', async () => {
    await app.database.prisma.teamMember.update({ where: { id: ids.alice }, data: { leaveFrom: new Date('2026-11-20'), leaveUntil: new Date('2026-11-30') } });
    expect(await assignMany(6, 'Leave')).toEqual(['bob', 'carol', 'bob', 'bob', 'carol', 'bob']);
    const first = await app.database.prisma.assignment.findFirst({ where: { reason: { contains: 'skipped' } } });
    expect(first?.reason).toBe('rule latam, round robin 2/6 (skipped: alice on leave)');
    await app.database.prisma.teamMember.update({ where: { id: ids.alice }, data: { leaveFrom: null, leaveUntil: null } });
  });

  it('skips a rep at capacity', async () => {
    const db = app.database.prisma;
    const open = await db.customer.count({ where: { ownerId: ids.bob, status: 'lead' } });
    await db.teamMember.update({ where: { id: ids.bob }, data: { maxOpenLeads: open } });
    const names = await assignMany(3, 'Cap');
    expect(names).not.toContain('bob');
    await db.teamMember.update({ where: { id: ids.bob }, data: { maxOpenLeads: null } });
  });

  it('falls back to the manager when everyone is off, and says so to the manager', async () => {
    const db = app.database.prisma;
    await db.teamMember.updateMany({ where: { teamId: { not: null } }, data: { status: 'off' } });
    const lead = await makeLead(app, 'Nobody Home SA');
    const outcome = await app.services.assignment.assignLead(lead.id, ctx, now);
    expect(outcome).toMatchObject({ status: 'assigned', memberId: ids.maria, fallback: true });
    expect(app.recorder.to('maria').at(-1)!.text).toContain('nobody available in team latam (alice off, bob off, carol off), sent to the team manager');
  });

  it('puts the lead in the pool and tells the admin (in Chinese) when the manager is off too; the cursor does not move', async () => {
    const db = app.database.prisma;
    const before = (await db.team.findFirstOrThrow({ where: { name: 'latam' } })).rrCursor;
    await db.teamMember.update({ where: { id: ids.maria }, data: { status: 'off' } });
    const lead = await makeLead(app, 'Still Nobody SA');
    const outcome = await app.services.assignment.assignLead(lead.id, ctx, now);
    expect(outcome).toMatchObject({ status: 'pooled', why: 'team_unavailable' });
    expect((await db.customer.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe('pool');
    expect(await db.poolEvent.count({ where: { customerId: lead.id, kind: 'release' } })).toBe(1);
    expect(app.recorder.to('boss').at(-1)!.text).toContain('无法分配');
    expect((await db.team.findFirstOrThrow({ where: { name: 'latam' } })).rrCursor).toBe(before);
    await db.teamMember.updateMany({ data: { status: 'active' } });
  });

  it('keeps an owned buyer with its owner and sends a group company to the group owner', async () => {
    const db = app.database.prisma;
    const owned = await db.customer.create({ data: { name: 'Owned Ltd', normalizedName: 'owned', country: 'MX', ownerId: ids.carol } });
    expect(await app.services.assignment.assignLead(owned.id, ctx, now)).toEqual({ status: 'kept', customerId: owned.id, memberId: ids.carol });
    const group = await db.companyGroup.create({ data: { name: 'Grupo Azteca' } });
    await db.customer.create({ data: { name: 'Azteca Norte', normalizedName: 'azteca norte', country: 'MX', ownerId: ids.bob, groupId: group.id } });
    const sister = await makeLead(app, 'Azteca Sur', { groupId: group.id });
    const outcome = await app.services.assignment.assignLead(sister.id, ctx, now);
    expect(outcome).toMatchObject({ status: 'assigned', memberId: ids.bob });
    expect((await db.assignment.findFirstOrThrow({ where: { customerId: sister.id } })).reason).toBe('owner of group Grupo Azteca (one owner per group)');
  });

  it('a job run again after its process died between the assignment and the notice tells the owner then, once', async () => {
    const db = app.database.prisma;
    const lead = await makeLead(app, 'Crash Between SA');
    // the first run committed the assignment and died before writing the owner's notice
    const at = new Date(now.getTime() - 60_000);
    const assignmentId = await writeAssignment(db, {
      customerId: lead.id, memberId: ids.bob, ruleId: null, reason: 'rule latam, round robin 2/6', expectedOwnerId: null, actorId: null, via: 'test', at,
    });
    const notice = () => db.outbox.findUnique({ where: { dedupeKey: `assigned:${assignmentId}` } });
    // the job's retry, moments after the commit: a live process may still be writing its notice, so not yet
    expect(await app.services.assignment.assignLead(lead.id, ctx, new Date(at.getTime() + 1_000))).toMatchObject({ status: 'kept', memberId: ids.bob });
    expect(await notice()).toBeNull();
    const before = app.recorder.to('bob').length;
    expect(await app.services.assignment.assignLead(lead.id, ctx, now)).toMatchObject({ status: 'kept', memberId: ids.bob });
    expect(await notice()).toMatchObject({ status: 'sent', memberId: ids.bob });
    expect(await app.services.assignment.assignLead(lead.id, ctx, now)).toMatchObject({ status: 'kept' });
    const told = app.recorder.to('bob').slice(before);
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain('New lead for you (rule latam, round robin 2/6)');
    expect(told[0].text).toMatch(/#\d+ Crash Between SA/);
    // an owner who has long known (older than an hour) is not told again
    const old = await makeLead(app, 'Long Known SA');
    await writeAssignment(db, { customerId: old.id, memberId: ids.bob, ruleId: null, reason: 'rule latam', expectedOwnerId: null, actorId: null, via: 'test', at: new Date(now.getTime() - 2 * 3_600_000) });
    await app.services.assignment.assignLead(old.id, ctx, now);
    expect(app.recorder.to('bob').slice(before)).toHaveLength(1);
  });

  it('sends a lead no rule matches to the pool when there is no default rule', async () => {
    const lead = await makeLead(app, 'Berlin GmbH', { country: 'DE' });
    expect(await app.services.assignment.assignLead(lead.id, ctx, now)).toMatchObject({ status: 'pooled', why: 'no_rule' });
  });

  it('assigns a new buyer at once when the inbox announces a new lead', async () => {
    const lead = await makeLead(app, 'Lima Luz SAC', { country: 'PE' });
    await app.services.events.emit('buyer.message', {
      communicationId: 1, customerId: lead.id, contactId: null, channel: 'whatsapp', chatId: 'x', text: 'cotización de iluminación lighting',
      language: 'es', intents: [], occurredAt: now, newLead: true,
    });
    const stored = await app.database.prisma.customer.findUniqueOrThrow({ where: { id: lead.id } });
    expect(stored.ownerId).not.toBeNull();
    expect(app.recorder.sent.at(-1)!.text).toContain('Lima Luz SAC');
  });
});

describe('assignLead from two services at once (as two processes)', () => {
  it('keeps the exact interleaved order when their batches race for the same team, and never assigns a lead twice', async () => {
    const db = app.database.prisma;
    const { ids: apac } = await makeTeam(app, 'apac', { hana: 2, ken: 1 });
    await app.services.assignmentRules.add(await app.services.team.byName('boss'), 'test', 'apac: country=JP -> team:apac');
    const other = createAssignmentService({ db, events: app.services.events, notifier: app.services.notifier, logger: createLogger('silent') });
    const leads = await Promise.all(Array.from({ length: 30 }, (_, i) => makeLead(app, `Race JP ${i}`, { country: 'JP' })));
    // every lead asked of both services: one assigns it, the other finds it taken
    const outcomes = await Promise.all(leads.flatMap((l) => [app.services.assignment.assignLead(l.id, ctx, now), other.assignLead(l.id, ctx, now)]));
    expect(outcomes.filter((o) => o.status === 'assigned')).toHaveLength(leads.length);
    const rows = await db.assignment.findMany({ where: { customerId: { in: leads.map((l) => l.id) } }, orderBy: { id: 'asc' } });
    expect(new Set(rows.map((r) => r.customerId)).size).toBe(leads.length);
    const cycle = interleavedCycle([{ id: apac.hana, weight: 2 }, { id: apac.ken, weight: 1 }]);
    expect(rows.map((r) => r.memberId)).toEqual(rows.map((_, i) => cycle[i % cycle.length]));
  });
});
