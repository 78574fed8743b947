import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import { contactNameKeys } from '../../../src/domain/dedupe/contact-name-keys';
import { fillContactNameKeys } from '../../../src/domain/dedupe/contact-name-keys.repository';
import { CONTACT_CANDIDATES, findCandidateIds, findCandidateIdsBulk, findCandidates } from '../../../src/domain/dedupe/duplicate-candidates.repository';
import { checkDuplicates } from '../../../src/domain/dedupe/duplicate-check.service';
import { prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import type { Actor } from '../../../src/domain/team/actor';
import { createTestApp } from '../../support/terminal-harness';

// Two records of one buyer whose company names translate rather than transliterate share no name key, word or sound
// key: the contact person (王伟 / "Wang Wei", in either script) is the only way the database check can fetch them.
let app: App & { databaseUrl: string };
let alice: Actor;
let bright: number;
let svet: number;
const db = () => app.database.prisma;

beforeAll(async () => {
  app = await createTestApp();
  alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['CN', 'RU', 'AE'], locale: 'en' });
  const c = app.services.customers;
  bright = (await c.create(alice, 'test', { name: '深圳市光明照明有限公司', country: 'CN', details: ['+86 755 2345 6789'], contactName: '王伟' })).id;
  svet = (await c.create(alice, 'test', { name: 'ООО «Светлый дом»', country: 'RU', details: ['+7 495 123 4567'], contactName: 'Кузнецов Андрей Викторович' })).id;
  // unrelated firms whose contact has the commonest of names
  for (const [name, country] of [['Ningbo Ocean Plastics Co., Ltd.', 'CN'], ['Qingdao Harbour Tools Co., Ltd.', 'CN'], ['Xiamen Jade Textiles Co., Ltd.', 'CN'],
    ['Harbin Northern Valves Co., Ltd.', 'CN'], ['Wuhan Riverside Paper Co., Ltd.', 'CN'], ['Kunming Blue Sky Tea Co., Ltd.', 'CN']]) {
    await c.create(alice, 'test', { name, country, details: [`+86 10 ${5550000 + name.length * 97}`], contactName: 'Wang Wei', force: true });
  }
});
afterAll(async () => app?.stop());

const ids = (record: CandidateRecord, withContact = true) => {
  const q = candidateQuery(prepareRecord(record));
  // without the contact route, the name's spellings only: its translation's spellings ("guangming" for "Bright") find 光明 too
  return findCandidateIds(db(), withContact ? q : { ...q, contactKeys: [], translationTerms: undefined });
};

describe('contact-name keys', () => {
  it('are the same for one person written in two scripts, and none for a family name alone', () => {
    const shared = (a: string, b: string) => contactNameKeys(a).filter((k) => contactNameKeys(b).includes(k));
    expect(shared('王伟', 'Wang Wei')).not.toEqual([]);
    expect(shared('Кузнецов Андрей Викторович', 'Andrei Kuznetsov')).not.toEqual([]);
    expect(shared('يوسف بنعلي', 'Youssef Benali')).not.toEqual([]);
    expect(contactNameKeys('Mr. Leung')).toEqual([]);
    expect(contactNameKeys('Brightlux Lighting', 'Brightlux Lighting')).toEqual([]);
  });

  it("are none for the label a chat lead's contact has until a rep names the person: every chat lead has it", () => {
    for (const label of ['WhatsApp buyer', 'Telegram buyer', 'Wechat buyer']) expect(contactNameKeys(label)).toEqual([]);
    const lead = prepareRecord({ name: 'WhatsApp lead #12', contactNames: ['WhatsApp buyer', 'Ahmed Al Mansouri'] });
    const person = prepareRecord({ name: 'WhatsApp lead #12', contactNames: ['Ahmed Al Mansouri'] });
    expect(candidateQuery(lead).contactKeys).toEqual(candidateQuery(person).contactKeys);
    expect(candidateQuery(person).contactKeys).not.toEqual([]);
  });

  it('are kept by the database: new contacts marked unread, filled by the check, marked again on a rename, dropped on erasure', async () => {
    const keysOf = async (id: number) => (await db().$queryRaw<{ k: string[] }[]>`SELECT name_keys AS k FROM contacts WHERE customer_id = ${id}`)[0].k;
    const id = (await app.services.customers.create(alice, 'test', { name: 'Harbin Frost Glass Co', country: 'CN', details: ['+86 451 8765 4321'], contactName: '李娜' })).id;
    expect(await keysOf(id)).toEqual(['!']);
    await fillContactNameKeys(db());
    expect(await keysOf(id)).toEqual(contactNameKeys('李娜'));
    await db().$executeRaw`UPDATE contacts SET name = 'Zhao Min' WHERE customer_id = ${id}`;
    expect(await keysOf(id)).toEqual(['!']);
    await fillContactNameKeys(db());
    expect(await keysOf(id)).toEqual(contactNameKeys('Zhao Min'));
    await db().$executeRaw`UPDATE contacts SET name = '[erased]', erased_at = now() WHERE customer_id = ${id}`;
    expect(await keysOf(id)).toEqual([]);
  });
});

describe('candidate route through the contact person', () => {
  it("finds a contact written since the last check in the check's own statement, and fills its keys on the way", async () => {
    const keysOf = async (id: number) => (await db().$queryRaw<{ k: string[] }[]>`SELECT name_keys AS k FROM contacts WHERE customer_id = ${id}`)[0].k;
    const id = (await app.services.customers.create(alice, 'test', { name: '大连星辰灯饰有限公司', country: 'CN', details: ['+86 411 8234 5678'], contactName: '刘洋' })).id;
    expect(await keysOf(id)).toEqual(['!']);
    const q = candidateQuery(prepareRecord({ name: 'Dalian Starlight Lamps Co., Ltd.', country: 'CN', contactNames: ['Liu Yang'] }));
    expect(await findCandidateIds(db(), { ...q, contactKeys: [], translationTerms: undefined })).not.toContain(id);
    expect((await findCandidates(db(), q)).map((c) => c.id)).toContain(id);
    expect(await keysOf(id)).toEqual(contactNameKeys('刘洋', '大连星辰灯饰有限公司'));
  });

  it('fetches a translated company name through its contact in another script, and only through it', async () => {
    const english = { name: 'Shenzhen Bright Lighting Co., Ltd.', country: 'CN', contactNames: ['Wang Wei'], emails: ['ww@bright-lighting.cn'] };
    expect(await ids(english, false)).not.toContain(bright);
    expect(await ids(english)).toContain(bright);
    const [match] = await checkDuplicates(db(), english);
    expect(match?.customer.id).toBe(bright);
    expect(match.reasons.map((r) => r.code)).toContain('same_contact');

    // a Cyrillic card and a Latin one, the patronymic on one side only
    const russian = { name: 'Bright Home LLC', country: 'RU', contactNames: ['Andrei Kuznetsov'] };
    expect(await ids(russian, false)).not.toContain(svet);
    expect(await ids(russian)).toContain(svet);
    const [dom] = await checkDuplicates(db(), russian);
    expect(dom?.customer.id).toBe(svet);
    expect(dom.verdict).not.toBe('distinct');

    // the import path too
    const [bulk] = await findCandidateIdsBulk(db(), [candidateQuery(prepareRecord(english))]);
    expect(bulk.has(bright)).toBe(true);
  });

  it('a common contact name fetches a few customers, and the matcher keeps unrelated firms apart', async () => {
    const record = { name: 'Fuzhou Golden Bamboo Furniture Co., Ltd.', country: 'CN', contactNames: ['Wang Wei'] };
    const withoutPerson = new Set(await ids(record, false));
    const byPerson = (await ids(record)).filter((id) => !withoutPerson.has(id));
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.length).toBeLessThanOrEqual(CONTACT_CANDIDATES);
    // fetched and scored, none called the same buyer: one shared person's name does not make two firms one
    expect(await checkDuplicates(db(), record)).toEqual([]);
  });
});
