import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { CAPTURE_CHECKS_PER_HOUR } from '../../src/domain/customers/capture-limit';
import { createAppWithAdapters, createFakeChannel } from '../support/channel-harness';

/**
 * Issue 15, "Leaks across teams and roles": each test plays the attacker through the real chat pipeline on a real
 * database, and asserts what must not come back.
 */
const channel = createFakeChannel('terminal');
let app: App;
const db = () => app.database.prisma;
async function say(user: string, text: string): Promise<string> {
  const before = channel.sent.length;
  await channel.receive({ senderId: user, text });
  return channel.sent.slice(before).map((m) => m.text).join('\n');
}
const ids: Record<string, number> = {};

beforeAll(async () => {
  app = await createAppWithAdapters([channel]);
  const t = app.services.team;
  await t.add({ name: 'wang', role: 'manager', regions: ['LATAM'], locale: 'en' });
  await t.add({ name: 'eva', role: 'manager', regions: ['EU'], locale: 'en' });
  await t.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en', manager: 'wang' });
  await t.add({ name: 'bob', role: 'rep', regions: ['EU'], displayName: '李波 Bob', locale: 'en', manager: 'eva' });
  await t.add({ name: 'mallet', role: 'rep', regions: ['LATAM'], locale: 'en', manager: 'wang' });
  await t.add({ name: 'dora', role: 'director', locale: 'en' });
  const bob = await t.byName('bob');
  const created = await app.services.customers.create(bob, 'test', {
    name: 'Lichttechnik Müller GmbH', country: 'DE', details: ['t.mueller@lichttechnik-mueller.de', '+49 30 1234 5678', 'lichttechnik-mueller.de'],
  });
  ids.mueller = created.id;
}, 60_000);
afterAll(async () => app?.stop());

describe('/claim', () => {
  it('of an owned customer by #id says only that it is not in the pool: no name, no owner', async () => {
    const out = await say('mallet', `/claim #${ids.mueller}`);
    expect(out).toContain('is not in the public pool');
    expect(out).not.toMatch(/Lichttechnik|Müller|Bob|李波/);
    // the same answer as for an id that does not exist: walking the ids tells nothing
    expect((await say('mallet', '/claim #999999')).replace('999999', 'N')).toBe(out.replace(String(ids.mueller), 'N'));
    expect((await db().customer.findUniqueOrThrow({ where: { id: ids.mueller } })).ownerId).not.toBeNull();
  });

  it('by exact name of an owned customer answers the same way', async () => {
    const out = await say('mallet', '/claim Lichttechnik Müller GmbH');
    expect(out).toContain('is not in the public pool');
    expect(out).not.toMatch(/#\d|Bob|李波/);
  });
});

describe('/new is not an oracle', () => {
  it('a guessed email is never confirmed back; the company is a masked hint, the owner named', async () => {
    const out = await say('mallet', '/new Guess Co, DE, t.mueller@lichttechnik-mueller.de');
    expect(out).toMatch(/Not created/);
    expect(out).toContain('李波 Bob');
    expect(out).not.toContain('t.mueller@');
    expect(out).not.toContain('lichttechnik-mueller.de');
    expect(out).not.toContain('Lichttechnik');
    expect(out).toContain('L••• M••• GmbH');
    expect(out).not.toMatch(/1234\s?5678/);
    expect(await db().customer.count({ where: { name: 'Guess Co' } })).toBe(0);
  });

  it('a guessed phone is never repeated', async () => {
    // a shared phone alone is weak evidence (a forwarder's, an agent's): the name must look alike for a clash
    const out = await say('mallet', '/new Lichttechnik Mueller, DE, +49 30 1234 5678');
    expect(out).toMatch(/Not created/);
    expect(out).toContain('same phone number');
    expect(out.replace(/\D/g, '')).not.toContain('12345678');
  });

  it('a bare company domain does not reveal a customer the rep cannot see', async () => {
    const out = await say('mallet', '/new X, DE, lichttechnik-mueller.de');
    expect(out).not.toMatch(/Lichttechnik|L••• M•••|Bob|李波|Not created/);
    expect(out).toMatch(/Created customer #\d+ X/);
  });

  it('the owner\'s manager still sees the full clash (the customer is theirs to see)', async () => {
    const out = await say('eva', '/new Lichttechnik Mueller, DE, t.mueller@lichttechnik-mueller.de');
    expect(out).toContain('Lichttechnik Müller GmbH');
    expect(out).toContain('same email t.mueller@lichttechnik-mueller.de');
  });

  it(`rate-limits the checks per member (${CAPTURE_CHECKS_PER_HOUR} an hour) and says the limit`, async () => {
    const mallet = await app.services.team.byName('mallet');
    const used = await db().auditLog.count({ where: { actorId: mallet.id, action: { in: ['create', 'block'] }, entityType: 'customer' } });
    for (let i = used; i < CAPTURE_CHECKS_PER_HOUR; i++) {
      await db().auditLog.create({ data: { actorId: mallet.id, via: 'terminal', action: 'block', entityType: 'customer' } });
    }
    const before = await db().customer.count();
    const out = await say('mallet', '/new Probe Trading, DE, probe@example-probe.de');
    expect(out).toContain(`the limit is ${CAPTURE_CHECKS_PER_HOUR} per hour for each member`);
    expect(await db().customer.count()).toBe(before);
    // another member is not held back by mallet's guessing
    expect(await say('alice', '/new Honest Lamps, MX')).toMatch(/Created customer/);
  });
});

describe('/reassign', () => {
  it('refuses to hand a task to a member who may not see its customer; nothing reaches them', async () => {
    const bob = await app.services.team.byName('bob');
    const task = await db().task.create({ data: { customerId: ids.mueller, assigneeId: bob.id, createdById: bob.id, title: 'send Herr Müller the samples', kind: 'reminder', dueAt: new Date('2026-12-10T09:00:00Z') } });
    const before = channel.textsTo('mallet').length;
    const out = await say('bob', `/reassign ${task.id} mallet`);
    expect(out).toContain(`Task #${task.id} not reassigned: mallet may not see its customer`);
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).assigneeId).toBe(bob.id);
    expect(await db().outbox.count({ where: { text: { contains: 'Müller' } } })).toBe(0);
    expect(channel.textsTo('mallet').slice(before).join('\n')).not.toContain('Müller');
    // someone who may see it (bob's manager) can take it
    expect(await say('bob', `/reassign ${task.id} eva`)).toContain(`#${task.id} is now eva's`);
  });
});

describe('routing rules belong to their team', () => {
  beforeAll(async () => {
    const p = db();
    const wang = await p.teamMember.findUniqueOrThrow({ where: { name: 'wang' } });
    const eva = await p.teamMember.findUniqueOrThrow({ where: { name: 'eva' } });
    const latam = await p.team.create({ data: { name: 'latam', managerId: wang.id } });
    const eu = await p.team.create({ data: { name: 'eu', managerId: eva.id } });
    await p.teamMember.updateMany({ where: { name: { in: ['alice', 'mallet'] } }, data: { teamId: latam.id } });
    await p.teamMember.update({ where: { name: 'bob' }, data: { teamId: eu.id } });
    const dora = await app.services.team.byName('dora');
    await app.services.assignmentRules.add(dora, 'test', 'eu: country=DE,AT -> team:eu');
    await app.services.assignmentRules.add(dora, 'test', 'default -> team:eu');
  });

  it('a manager cannot replace the default rule', async () => {
    const out = await say('wang', '/rule add default -> @wang');
    expect(out).toContain('only a director or an admin may change it');
    expect((await app.services.assignmentRules.list()).find((r) => r.isDefault)?.targetName).toBe('eu');
  });

  it('a manager cannot route leads to another team, nor remove its rules', async () => {
    expect(await say('wang', '/rule add country=FR -> team:eu')).toContain('managers change only their own teams\' rules');
    expect(await say('wang', '/rule add country=FR -> @bob')).toContain('managers change only their own teams\' rules');
    expect(await say('wang', '/rule remove eu')).toContain('managers change only their own teams\' rules');
    expect((await app.services.assignmentRules.list()).map((r) => r.name)).toEqual(['eu', 'default']);
  });

  it('a manager changes their own team\'s rules; a director any', async () => {
    expect(await say('wang', '/rule add country=MX,CO -> team:latam')).toContain('Added rule latam');
    expect(await say('wang', '/rule add country=PE -> @alice')).toContain('Added rule alice');
    expect(await say('wang', '/rule remove alice')).toContain('Removed rule alice');
    expect(await say('dora', '/rule add default -> team:latam')).toContain('replaces the previous default');
  });
});

describe('/link guessing', () => {
  it('stops an account after 5 failed codes in 15 minutes (even a right code then), and audits each failure without the handle', async () => {
    for (let i = 0; i < 5; i++) expect(await say('mallory', `/link 10000000${i}`)).toContain('is wrong or expired');
    const { code } = await app.services.team.invite('mallet');
    const out = await say('mallory', `/link ${code}`);
    expect(out).toContain('Too many failed link attempts: the limit is 5 per 15 minutes');
    expect(await app.services.team.identify('terminal', 'mallory')).toBeNull();
    const failures = await db().auditLog.findMany({ where: { action: 'link_failed' } });
    expect(failures).toHaveLength(5);
    expect(JSON.stringify(failures)).not.toContain('mallory');
  });

  it('stops a chat after 10 failures from any accounts in it', async () => {
    const inLobby = (sender: string, text: string) => {
      const before = channel.sent.length;
      return channel.receive({ senderId: sender, chatId: 'lobby', isDirect: false, text }).then(() => channel.sent.slice(before).map((m) => m.text).join('\n'));
    };
    for (let i = 0; i < 10; i++) await inLobby(`guest${i % 5}`, `/link 20000000${i}`);
    const { code } = await app.services.team.invite('mallet');
    expect(await inLobby('newcomer', `/link ${code}`)).toContain('Too many failed link attempts');
    expect(await app.services.team.identify('terminal', 'newcomer')).toBeNull();
  });
});
