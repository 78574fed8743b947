import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { errorReply } from '../../src/flows/error-replies';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;
const say = (user: string, lines: string[]) => runTerminalScript(app.databaseUrl, user, lines);

beforeAll(async () => {
  app = await createTestApp();
  const team = app.services.team;
  await team.add({ name: 'mia', role: 'manager', locale: 'en', timezone: 'Asia/Shanghai' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', timezone: 'Asia/Shanghai', manager: 'mia' });
  await team.add({ name: 'bob', role: 'rep', locale: 'en', manager: 'mia' });
  await team.add({ name: 'li', role: 'rep', locale: 'zh', timezone: 'Asia/Shanghai', manager: 'mia' });
});
afterAll(async () => app.stop());

describe('clear answers instead of "I could not read that"', () => {
  it('says an out-of-range customer id is not found', async () => {
    const out = await say('alice', ['/customer #2147483648', '/customer 99999999999', '/unmerge 99999999999']);
    expect(out).toContain('No merge #99999999999 that can be undone.');
    expect(out).toContain('No customer "#2147483648" that you can see.');
    expect(out).toContain('No customer "99999999999" that you can see.');
    expect(out).not.toContain('Something went wrong');
  });

  it('says a link code is wrong or expired', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'stranger', ['/link 111111111']);
    expect(out).toContain('The link code 111111111 is wrong or expired');
  });

  it('names an unknown contact role and lists the roles; "constructor" is no role', async () => {
    await app.services.customers.create(await app.services.team.byName('alice'), 'test', { name: 'Acme Lighting Ltd', country: 'GB', details: [] });
    const out = await say('alice', ['/contact Acme Lighting Ltd: Joe, wizard, joe@acme.co.uk', '/contact Acme Lighting Ltd: Joe, constructor']);
    expect(out).toContain('Unknown role "wizard"; roles are purchasing, technical, finance, boss, logistics, sales, other. Nothing was saved.');
    expect(out).toContain('Unknown role "constructor"');
    expect(await db().contact.count({ where: { name: 'Joe' } })).toBe(0);
  });

  it('says a customer cannot be grouped with itself', async () => {
    const acme = await db().customer.findFirstOrThrow({ where: { name: 'Acme Lighting Ltd' } });
    const out = await say('alice', [`/group #${acme.id} with #${acme.id}`]);
    expect(out).toContain(`#${acme.id} Acme Lighting Ltd cannot be grouped with itself`);
    expect(await db().companyGroup.count()).toBe(0);
  });

  it('asks before merging customers in different countries or of different owners, and merges only on "Merge anyway"', async () => {
    const alice = await app.services.team.byName('alice');
    const jp = await app.services.customers.create(alice, 'test', { name: 'Sakura Denki KK', country: 'JP', details: [] });
    const mx = await app.services.customers.create(alice, 'test', { name: 'Sakura Electric SA de CV', country: 'MX', details: [] });
    const asked = await say('mia', [`/merge #${jp.id} into #${mx.id}`, '2']);
    expect(asked).toContain(`Merge #${jp.id} Sakura Denki KK into #${mx.id} Sakura Electric SA de CV? They are in different countries (JP / MX). Nothing is merged yet.`);
    expect(asked).toContain('1) Merge anyway');
    expect(asked).toContain('Cancelled; nothing was merged.');
    expect((await db().customer.findUniqueOrThrow({ where: { id: jp.id } })).mergedIntoId).toBeNull();

    const bob = await app.services.team.byName('bob');
    const bobs = await db().customer.create({ data: { name: 'Sakura Denki Trading KK', normalizedName: 'sakura denki trading', country: 'JP', ownerId: bob.id, status: 'active' } });
    const owners = await say('mia', [`/merge #${bobs.id} into #${jp.id}`, '1']);
    expect(owners).toContain('They have different owners (bob / alice)');
    expect(owners).toMatch(new RegExp(`Merged #${bobs.id} Sakura Denki Trading KK into #${jp.id} Sakura Denki KK`));
    expect((await db().customer.findUniqueOrThrow({ where: { id: bobs.id } })).mergedIntoId).toBe(jp.id);
  });

  it('shows timeline times in the reader\'s zone with a label, and the buyer\'s own clock on their messages', async () => {
    const alice = await app.services.team.byName('alice');
    const mx = await app.services.customers.create(alice, 'test', { name: 'Iluminación Azteca SA', country: 'MX', details: [] });
    await db().communication.create({
      data: { customerId: mx.id, channel: 'whatsapp', direction: 'inbound', text: 'precio FOB?', occurredAt: new Date('2026-12-03T15:12:00Z') },
    });
    const en = await say('alice', [`/customer #${mx.id}`]);
    expect(en).toContain('Last communications (Asia/Shanghai time):');
    expect(en).toContain("2026-12-03 23:12 (buyer's 09:12)");
  });

  it('names a bad time zone or region of a new member, with an example, and adds nobody', async () => {
    const zone = await app.services.team.add({ name: 'zed', role: 'rep', locale: 'en', timezone: 'Mars/Base' }).catch((e: unknown) => e);
    expect(zone).toMatchObject({ code: 'BAD_TIMEZONE' });
    expect(errorReply(zone as never, 'en')).toBe('"Mars/Base" is not a time zone. Use an IANA name such as Asia/Shanghai, Europe/Berlin or America/Mexico_City.');
    const region = await app.services.team.add({ name: 'zed', role: 'rep', locale: 'en', regions: ['LATAM', 'MARS'] }).catch((e: unknown) => e);
    expect(region).toMatchObject({ code: 'UNKNOWN_REGION', details: { value: 'MARS' } });
    expect(errorReply(region as never, 'en')).toMatch(/^"MARS" is not a region or a country\. Regions are LATAM, NA, EU/);
    expect(await db().teamMember.count({ where: { name: 'zed' } })).toBe(0);
    // country names become codes
    expect((await app.services.team.add({ name: 'zed', role: 'rep', locale: 'en', regions: ['Mexico', 'eu'] })).regions).toEqual(['MX', 'EU']);
  });
});
