import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createMergeService } from '../../src/domain/merge/merge.service';
import type { Actor } from '../../src/domain/team/actor';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
let alice: Actor;
let keep: number;
let dup: number;
const run = (user: string, lines: string[]) => runTerminalScript(app.databaseUrl, user, lines);
const db = () => app.database.prisma;

async function rowsOf(customerId: number) {
  const where = { customerId };
  return {
    contacts: await db().contact.count({ where }),
    communications: await db().communication.count({ where }),
    opportunities: await db().opportunity.count({ where }),
    quotes: await db().quote.count({ where }),
    orders: await db().order.count({ where }),
    tasks: await db().task.count({ where }),
    tags: (await db().customerTag.findMany({ where, orderBy: { tag: 'asc' } })).map((t) => t.tag),
  };
}

beforeAll(async () => {
  app = await createTestApp();
  await app.services.team.add({ name: 'mia', role: 'manager', locale: 'en' });
  alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mia' });
  await app.services.team.add({ name: 'bob', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mia' });
  keep = (await app.services.customers.create(alice, 'test', { name: 'Sunrise Leuchten GmbH', country: 'DE', details: ['info@sunrise-leuchten.de'] })).id;
  // the same buyer captured earlier under its trading name, with nothing in common the matcher could see
  dup = (await app.services.customers.create(alice, 'test', { name: 'SRL Lichttechnik', country: 'DE', details: ['+49 30 5550 1010'], contactName: 'Jonas Weber' })).id;
  await app.services.customers.log(alice, 'test', String(dup), { kind: 'call', text: 'wants 2000 panels' });
  await db().customerTag.createMany({ data: [{ customerId: keep, tag: 'vip' }, { customerId: dup, tag: 'vip' }, { customerId: dup, tag: 'trade-show-2026' }] });
  const opp = await db().opportunity.create({ data: { customerId: dup, ownerId: alice.id, title: 'Panels', stage: 'quoted' } });
  await db().quote.create({ data: { number: 'Q-2026-0001', customerId: dup, opportunityId: opp.id, createdById: alice.id, currency: 'EUR', total: 1000, baseCurrency: 'CNY', rate: 7.8, totalBase: 7800 } });
  await db().order.create({ data: { piNumber: 'PI-2026-0001', customerId: dup, ownerId: alice.id, currency: 'EUR', amount: 1000 } });
  await db().task.create({ data: { customerId: dup, assigneeId: alice.id, title: 'send samples', dueAt: new Date() } });
});
afterAll(async () => app?.stop());

describe('/merge and /unmerge', () => {
  it('refuses bad input and customers the rep may not touch, changing nothing', async () => {
    const out = await run('bob', [
      '/merge SRL Lichttechnik into Sunrise Leuchten GmbH',
      '/merge Sunrise Leuchten GmbH',
      '/unmerge abc',
      '/unmerge 999',
    ]);
    expect(out).toContain('No customer "SRL Lichttechnik" that you can see');
    expect(out).toContain('Usage: /merge <duplicate> into <customer>');
    expect(out).toContain('Usage: /unmerge <merge id>');
    expect(out).toContain('No merge #999 that can be undone');
    expect(await run('alice', [`/merge #${keep} into #${keep}`])).toContain('cannot be merged into itself');
    expect(await db().merge.count()).toBe(0);
    expect((await rowsOf(dup)).contacts).toBe(1);
  });

  it('moves everything to the survivor, keeps the old name as an alias, records and audits the merge', async () => {
    const before = await rowsOf(dup);
    const out = await run('alice', ['/merge SRL Lichttechnik into Sunrise Leuchten GmbH']);
    expect(out).toMatch(new RegExp(`Merged #${dup} SRL Lichttechnik into #${keep} Sunrise Leuchten GmbH \\(merge #(\\d+)\\): 1 contacts, 1 communications, 1 opportunities, 1 quotes, 1 orders, 1 tasks, 1 tags moved`));
    expect(out).toMatch(/Undo within 30 days: \/unmerge \d+/);
    expect(await rowsOf(dup)).toEqual({ contacts: 0, communications: 0, opportunities: 0, quotes: 0, orders: 0, tasks: 0, tags: [] });
    const after = await rowsOf(keep);
    expect(after.contacts).toBe(before.contacts + 1);
    expect(after.tags).toEqual(['trade-show-2026', 'vip']);
    const survivor = await db().customer.findUniqueOrThrow({ where: { id: keep } });
    expect(survivor.aliases).toContain('SRL Lichttechnik');
    expect((await db().customer.findUniqueOrThrow({ where: { id: dup } })).mergedIntoId).toBe(keep);
    const merge = await db().merge.findFirstOrThrow();
    expect(merge.snapshot).toMatchObject({ addedAliases: ['SRL Lichttechnik'], droppedTags: [{ tag: 'vip' }] });
    const audit = await db().auditLog.findMany({ where: { action: 'merge' } });
    expect(audit.map((a) => a.customerId).sort()).toEqual([keep, dup].sort());
    // the old name and the old phone now lead to the survivor
    const card = await run('alice', ['/customer SRL Lichttechnik']);
    expect(card).toContain(`#${keep} Sunrise Leuchten GmbH (SRL Lichttechnik)`);
    expect(card).toContain('Jonas Weber');
    expect(await run('alice', ['/new SRL Lichttechnik, DE, +49 30 5550 1010'])).toContain(`you already have this customer as #${keep}`);
  });

  it('undoes within 30 days, putting back exactly what moved, then refuses a second undo', async () => {
    const merge = await db().merge.findFirstOrThrow();
    const out = await run('alice', [`/unmerge ${merge.id}`, `/unmerge ${merge.id}`]);
    expect(out).toContain(`Undid merge #${merge.id}: #${dup} SRL Lichttechnik and #${keep} Sunrise Leuchten GmbH are separate again.`);
    expect(out).toMatch(new RegExp(`No merge #${merge.id} that can be undone \\(already undone on \\d{4}-`));
    expect(await rowsOf(dup)).toEqual({ contacts: 1, communications: 1, opportunities: 1, quotes: 1, orders: 1, tasks: 1, tags: ['trade-show-2026', 'vip'] });
    expect((await rowsOf(keep)).tags).toEqual(['vip']);
    expect((await db().customer.findUniqueOrThrow({ where: { id: keep } })).aliases).toEqual([]);
    expect((await db().customer.findUniqueOrThrow({ where: { id: dup } })).mergedIntoId).toBeNull();
    expect(await db().auditLog.count({ where: { action: 'unmerge' } })).toBe(2);
  });

  it('lets a manager merge across reps, and refuses an undo after 30 days (injected clock)', async () => {
    const mia = await app.services.team.byName('mia');
    const out = await run('mia', [`/merge #${dup} into #${keep}`]);
    expect(out).toMatch(/Merged #\d+ SRL Lichttechnik into #\d+ Sunrise Leuchten GmbH/);
    const merge = await db().merge.findFirstOrThrow({ where: { undoneAt: null } });
    const later = createMergeService({ db: db(), policy: { repsSeeRegionUnowned: false }, now: () => new Date(merge.at.getTime() + 31 * 86_400_000) });
    await expect(later.unmerge(mia, 'test', merge.id)).rejects.toMatchObject({ code: 'MERGE_EXPIRED' });
    const inTime = createMergeService({ db: db(), policy: { repsSeeRegionUnowned: false }, now: () => new Date(merge.at.getTime() + 29 * 86_400_000) });
    await expect(inTime.unmerge(mia, 'test', merge.id)).resolves.toMatchObject({ source: { id: dup } });
  });
});
