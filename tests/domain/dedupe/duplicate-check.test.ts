import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { checkDuplicates, checkDuplicatesBulk } from '../../../src/domain/dedupe/duplicate-check.service';
import { prepareRecord } from '../../../src/domain/dedupe/match';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import { findCandidateIds, findCandidateIdsBulk } from '../../../src/domain/dedupe/duplicate-candidates.repository';
import type { Actor } from '../../../src/domain/team/actor';
import { createTestApp } from '../../support/terminal-harness';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { storedSoundKeys, storedSoundKeysOfCustomer } from '../../../src/domain/dedupe/sound-skeleton';
import { loadLabelled } from './fixtures';

let app: App & { databaseUrl: string };
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  app = await createTestApp();
  alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['CN'], locale: 'en' });
  bob = await app.services.team.add({ name: 'bob', role: 'rep', regions: ['DE'], locale: 'en' });
  const c = app.services.customers;
  await c.create(alice, 'test', { name: 'BRIGHTLUX LIGHTING (SHENZHEN) CO LTD', country: 'CN', details: ['sales@brightlux.cn', '0755-23456789'], contactName: 'Wang Wei' });
  await c.create(bob, 'test', { name: 'Sunrise Leuchten GmbH', country: 'DE', details: ['info@sunrise-leuchten.de', 'www.sunrise-leuchten.de'] });
  await c.create(bob, 'test', { name: 'Müller Imp. & Exp. GmbH & Co. KG', country: 'DE', details: ['+49 30 1234567'] });
  await c.create(alice, 'test', { name: 'Global Trading LLC', country: 'AE', details: ['buyer1@gmail.com'] });
});
afterAll(async () => app?.stop());

const db = () => app.database.prisma;

describe('duplicate check against the database', () => {
  it('finds the same buyer spelled differently, by name, phone with trunk prefix and email domain', async () => {
    const matches = await checkDuplicates(db(), { name: 'Brightlux Lighting Co., Ltd.', country: 'China', phones: ['+86 755 2345 6789'] });
    expect(matches[0].customer.name).toBe('BRIGHTLUX LIGHTING (SHENZHEN) CO LTD');
    expect(matches[0].verdict).toBe('duplicate');
    expect(matches[0].reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['same_phone', 'same_name']));
    expect(matches[0].customer.owner?.displayName).toBe('alice');
    expect(matches[0].customer.contacts[0].email).toBe('sales@brightlux.cn');
  });

  it('fetches by whole distinctive word, misspelt names only with fuzzy (trigram), and a different name through the email domain', async () => {
    const [brightlux] = await checkDuplicates(db(), { name: 'Brightlux Lighting', country: 'CN' });
    const ids = (name: string, fuzzy: boolean) => findCandidateIds(db(), candidateQuery(prepareRecord({ name })), { fuzzy });
    expect(await ids('Brightlux Optoelectronics', false)).toContain(brightlux.customer.id);
    expect(await ids('Brightluxury Textiles', false)).not.toContain(brightlux.customer.id);
    for (const typo of ['Brigthlux Lighting', 'Brightlx Lamps', 'Brightluxe']) {
      expect(await ids(typo, true)).toContain(brightlux.customer.id);
    }
    const byDomain = await checkDuplicates(db(), { name: 'Shenzhen BL Opto', country: 'CN', emails: ['li@brightlux.cn'] });
    expect(byDomain[0]?.customer.name).toBe('BRIGHTLUX LIGHTING (SHENZHEN) CO LTD');
    expect(byDomain[0].reasons.some((r) => r.code === 'same_email_domain')).toBe(true);
  });

  it('folds umlauts and legal forms (Müller = Mueller) and uses the website domain', async () => {
    const m = await checkDuplicates(db(), { name: 'Mueller Import Export GmbH', country: 'DE' });
    expect(m[0]?.customer.name).toBe('Müller Imp. & Exp. GmbH & Co. KG');
    const site = await checkDuplicates(db(), { name: 'Sunrise Lighting', country: 'DE', website: 'https://www.sunrise-leuchten.de/en' });
    expect(site[0]?.customer.name).toBe('Sunrise Leuchten GmbH');
    expect(site[0].verdict).toBe('duplicate');
  });

  it('reads a customer edited since the last check as it is now, not as it was prepared then', async () => {
    await app.services.customers.create(alice, 'test', { name: 'Kestrel Tools Trading', country: 'KE', details: ['+254 20 7654321'] });
    const input = { name: 'Kestrel Tools', country: 'KE', website: 'https://kestrel-tools.co.ke' };
    const kestrel = (m: Awaited<ReturnType<typeof checkDuplicates>>) => m.find((x) => x.customer.name === 'Kestrel Tools Trading');
    const before = kestrel(await checkDuplicates(db(), input));
    expect(before?.reasons.map((r) => r.code)).not.toContain('same_website');
    const id = before!.customer.id;
    await db().customer.update({ where: { id }, data: { website: 'https://kestrel-tools.co.ke', websiteDomain: 'kestrel-tools.co.ke' } });
    const after = kestrel(await checkDuplicates(db(), input));
    expect(after?.reasons.map((r) => r.code)).toContain('same_website');
  });

  it('does not call a free-mail address or a generic name in another country a duplicate', async () => {
    const m = await checkDuplicates(db(), { name: 'Global Trading Co', country: 'US', emails: ['buyer2@gmail.com'] });
    expect(m.filter((x) => x.verdict === 'duplicate')).toEqual([]);
    expect(await checkDuplicates(db(), { name: 'Completely New Buyer Srl', country: 'IT' })).toEqual([]);
  });

  it('follows a merged customer to the survivor', async () => {
    const a = await app.services.customers.create(bob, 'test', { name: 'Nordlicht Handel GmbH', country: 'DE', details: [] });
    const b = await app.services.customers.create(bob, 'test', { name: 'NL Handelsgesellschaft', country: 'DE', details: ['+49 40 7654321'] });
    await app.services.merges.merge(bob, 'test', a.id, b.id);
    const m = await checkDuplicates(db(), { name: 'Nordlicht Handel', country: 'DE' });
    expect(m[0]?.customer.id).toBe(b.id);
  });

  it('follows a chain of merges (merged into a customer merged in turn) to the last survivor', async () => {
    const a = await app.services.customers.create(bob, 'test', { name: 'Quillon Keramik GmbH', country: 'DE', details: [] });
    const b = await app.services.customers.create(bob, 'test', { name: 'QK Vertrieb GmbH', country: 'DE', details: ['+49 89 5551234'] });
    const c = await app.services.customers.create(bob, 'test', { name: 'Isar Fliesenhandel GmbH', country: 'DE', details: ['+49 89 5559876'] });
    await app.services.merges.merge(bob, 'test', a.id, b.id);
    await app.services.merges.merge(bob, 'test', b.id, c.id);
    const m = await checkDuplicates(db(), { name: 'Quillon Keramik', country: 'DE' });
    expect(m.map((x) => x.customer.id)).toEqual([c.id]);
    expect(m[0].customer.contacts.map((k) => k.phone).sort()).toEqual(['+49895551234', '+49895559876']);
  });

  it('loads each candidate with its owner, its group and the group owner, dates as dates and contacts in clear', async () => {
    const a = await app.services.customers.create(alice, 'test', { name: 'Kestrel Valves Ltd', country: 'GB', details: ['sales@kestrel-valves.co.uk', '+44 20 7946 0000'], contactName: 'Ann Lee' });
    const b = await app.services.customers.create(alice, 'test', { name: 'Northwind Components Ltd', country: 'GB', details: ['info@northwind-components.co.uk'] });
    await app.services.groups.link(alice, 'test', a.id, b.id, 'Kestrel group');
    const m = await checkDuplicates(db(), { name: 'Kestrel Valves Limited', country: 'GB', emails: ['buyer@kestrel-valves.co.uk'] });
    const found = m.find((x) => x.customer.id === a.id)!;
    expect(found.customer.owner).toEqual({ id: alice.id, displayName: 'alice', managerId: null });
    expect(found.customer.group).toMatchObject({ name: 'Kestrel group', ownerId: alice.id, ownerName: 'alice' });
    expect(found.customer.ownedSince).toBeInstanceOf(Date);
    expect(found.customer.contacts.map((k) => [k.name, k.email, k.phone])).toEqual([['Ann Lee', 'sales@kestrel-valves.co.uk', '+442079460000']]);
  });

  it('checks many records in one pass (import path) with the same verdicts', async () => {
    const records = [
      { name: 'Brightlux Lighting Co Ltd', country: 'CN', phones: ['0755 2345 6789'] },
      { name: 'Sunrise Leuchten', country: 'DE', emails: ['einkauf@sunrise-leuchten.de'] },
      { name: 'Totally Unknown Pty Ltd', country: 'AU' },
    ].map(prepareRecord);
    const [a, b, c] = await checkDuplicatesBulk(db(), records);
    expect(a[0]?.verdict).toBe('duplicate');
    expect(b[0]?.customer.name).toBe('Sunrise Leuchten GmbH');
    expect(c).toEqual([]);
    // the one-pass table scan used for large files finds the same candidates as the per-word index probes
    const queries = [...records, prepareRecord({ name: 'Brightlux Optoelectronics' }), prepareRecord({ name: 'Müller Tools' })].map(candidateQuery);
    const probed = await findCandidateIdsBulk(db(), queries, { scanAbove: 1_000_000 });
    const scanned = await findCandidateIdsBulk(db(), queries, { scanAbove: 0 });
    expect(scanned.map((s) => [...s].sort())).toEqual(probed.map((s) => [...s].sort()));
    expect(scanned[3].size).toBeGreaterThan(0);
  });

  it('keeps the stored sound keys in the database as storedSoundKeys writes them (trigger on normalized_name)', async () => {
    const names = [...new Set(['companies.jsonl', 'hard.jsonl', 'dev.jsonl', 'dev2.jsonl'].flatMap((f) => (loadLabelled(f) ?? []).map((r) => normalizeCompanyName(r.name))))];
    const rows = await db().$queryRaw<{ k: string; keys: string[] }[]>`SELECT k, dedupe_sound_keys(k) AS keys FROM unnest(${names}::text[]) AS k`;
    expect(rows.length).toBe(names.length);
    for (const r of rows) expect(r.keys, r.k).toEqual(storedSoundKeys(r.k));
    // with the name: a name in another script stores each key marked too (the Latin look-up of its twins)
    const named = [...new Set(['dev.jsonl', 'dev3.jsonl'].flatMap((f) => (loadLabelled(f) ?? []).map((r) => r.name)))];
    const marked = await db().$queryRaw<{ n: string; keys: string[] }[]>`SELECT n, dedupe_stored_sound_keys(dedupe_k, n) AS keys
      FROM unnest(${named}::text[], ${named.map(normalizeCompanyName)}::text[]) AS t(n, dedupe_k)`;
    expect(marked.filter((r) => r.keys.some((k) => k.startsWith('~'))).length).toBeGreaterThan(20);
    for (const r of marked) expect(r.keys, r.n).toEqual(storedSoundKeysOfCustomer(normalizeCompanyName(r.n), r.n));
    const [row] = await db().$queryRaw<{ keys: string[] }[]>`SELECT name_sound_keys AS keys FROM customers WHERE name = 'Müller Imp. & Exp. GmbH & Co. KG'`;
    expect(row.keys).toEqual(storedSoundKeys(normalizeCompanyName('Müller Imp. & Exp. GmbH & Co. KG')));
  });

  it('keeps the words of each stored key for the look-up of a whole word (trigger on normalized_name)', async () => {
    const words = async (name: string) => (await db().$queryRaw<{ w: string[] }[]>`SELECT name_words AS w FROM customers WHERE name = ${name}`)[0].w;
    const key = normalizeCompanyName('Müller Imp. & Exp. GmbH & Co. KG');
    expect(await words('Müller Imp. & Exp. GmbH & Co. KG')).toEqual([...new Set(key.split(' '))].sort());
    const renamed = await app.services.customers.create(alice, 'test', { name: 'Velorak Lighting Co., Ltd.', country: 'DE', details: [] });
    await db().$executeRaw`UPDATE customers SET normalized_name = 'tuonti valo velorak' WHERE id = ${renamed.id}`;
    expect(await words('Velorak Lighting Co., Ltd.')).toEqual(['tuonti', 'valo', 'velorak']);
    expect(await findCandidateIds(db(), candidateQuery(prepareRecord({ name: 'Tuonti Oy' })))).toContain(renamed.id);
  });

  it('fetches a name written in another script or run together by its sound keys, one at a time and in bulk', async () => {
    const c = app.services.customers;
    const petra = await c.create(alice, 'test', { name: 'شركة البتراء للتجارة العامة', country: 'JO', details: [] });
    const lonestar = await c.create(bob, 'test', { name: 'Lonestar Supply', country: 'US', details: [] });
    const [stored] = await db().$queryRaw<{ keys: string[] }[]>`SELECT name_sound_keys AS keys FROM customers WHERE id = ${petra.id}`;
    expect(stored.keys).toEqual(storedSoundKeysOfCustomer(normalizeCompanyName(petra.name), petra.name));
    expect(stored.keys).toContain('~btr');
    const ids = (name: string) => findCandidateIds(db(), candidateQuery(prepareRecord({ name })));
    expect(await ids('Petra General Trading Co.')).toContain(petra.id);
    expect(await ids('Lone Star Supply LLC')).toContain(lonestar.id);
    expect(await ids('Brightluxury Textiles')).not.toContain(petra.id);
    const [byPetra, byStar] = await findCandidateIdsBulk(db(), ['Petra General Trading Co.', 'Lone Star Supply LLC'].map((name) => candidateQuery(prepareRecord({ name }))));
    expect([...byPetra]).toContain(petra.id);
    expect([...byStar]).toContain(lonestar.id);
    const [match] = await checkDuplicates(db(), { name: 'Petra General Trading Co.', country: 'Jordan' });
    expect(match?.customer.id).toBe(petra.id);
  });
});
