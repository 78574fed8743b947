import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { checkDuplicates } from '../../../src/domain/dedupe/duplicate-check.service';
import { CONTACT_KEY_VERSION, contactNameKeys } from '../../../src/domain/dedupe/contact-name-keys';
import { NAME_KEY_VERSION, refreshNameKeys } from '../../../src/domain/dedupe/name-key-backfill';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { eventually } from '../../support/eventually';
import { createTestApp, openTestApp } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
beforeAll(async () => {
  app = await createTestApp();
  const rep = await app.services.team.add({ name: 'rita', role: 'rep', regions: ['CN', 'NL'], locale: 'en' });
  await app.services.customers.create(rep, 'test', { name: '杭州绿源茶业有限公司', country: 'CN', details: ['lvyuantea@163.com'] });
  await app.services.customers.create(rep, 'test', { name: 'Van der Berg Trading B.V.', country: 'NL', details: ['jan@vdberg-trading.nl'] });
});
afterAll(async () => app?.stop());
const db = () => app.database.prisma;

describe('stored name keys', () => {
  it('re-keys rows written under older rules once per version, so the candidate search finds them', async () => {
    // A row keyed by an older rule set (particles dropped, "van der" lost): the word look-up for "vanderberg" cannot find it.
    await db().$executeRaw`UPDATE customers SET normalized_name = 'berg trading' WHERE name = 'Van der Berg Trading B.V.'`;
    await db().setting.deleteMany({ where: { key: 'dedupe.name_key_version' } });
    expect(await checkDuplicates(db(), { name: 'VANDERBERG HANDEL B.V.', country: 'NL' })).toEqual([]);

    expect(await refreshNameKeys(db())).toBe(1);
    const row = await db().customer.findFirstOrThrow({ where: { name: 'Van der Berg Trading B.V.' } });
    expect(row.normalizedName).toBe(normalizeCompanyName('Van der Berg Trading B.V.'));
    expect((await db().setting.findUniqueOrThrow({ where: { key: 'dedupe.name_key_version' } })).value).toBe(NAME_KEY_VERSION);
    const [match] = await checkDuplicates(db(), { name: 'VANDERBERG HANDEL B.V.', country: 'NL' });
    expect(match.customer.name).toBe('Van der Berg Trading B.V.');
    expect(await refreshNameKeys(db())).toBe(0);
  });

  it("reads every contact's name again once per contact-key version, so keys of older rules do not linger", async () => {
    const customer = await db().customer.findFirstOrThrow({ where: { name: 'Van der Berg Trading B.V.' } });
    const contact = await db().contact.create({ data: { customerId: customer.id, name: 'Jan de Vries' } });
    const keysOf = async () => (await db().$queryRaw<{ k: string[] }[]>`SELECT name_keys AS k FROM contacts WHERE id = ${contact.id}`)[0].k;
    await refreshNameKeys(db());
    expect(await keysOf()).toEqual(contactNameKeys('Jan de Vries', customer.name));
    // keys an older rule set wrote: left alone while the version stands, read again once it is new
    await db().$executeRaw`UPDATE contacts SET name_keys = ARRAY['old key'] WHERE id = ${contact.id}`;
    await refreshNameKeys(db());
    expect(await keysOf()).toEqual(['old key']);
    await db().setting.update({ where: { key: 'dedupe.contact_key_version' }, data: { value: CONTACT_KEY_VERSION - 1 } });
    await refreshNameKeys(db());
    expect(await keysOf()).toEqual(contactNameKeys('Jan de Vries', customer.name));
    expect((await db().setting.findUniqueOrThrow({ where: { key: 'dedupe.contact_key_version' } })).value).toBe(CONTACT_KEY_VERSION);
  });

  it('records nothing when stopped before it ends, so the next run does the work', async () => {
    await db().$executeRaw`UPDATE customers SET normalized_name = 'berg trading' WHERE name = 'Van der Berg Trading B.V.'`;
    await db().setting.deleteMany({ where: { key: 'dedupe.name_key_version' } });
    expect(await refreshNameKeys(db(), { signal: AbortSignal.abort() })).toBe(0);
    expect(await db().setting.findUnique({ where: { key: 'dedupe.name_key_version' } })).toBeNull();
    expect(await refreshNameKeys(db(), { batch: 1, pace: true })).toBe(1);
    expect((await db().setting.findUniqueOrThrow({ where: { key: 'dedupe.name_key_version' } })).value).toBe(NAME_KEY_VERSION);
  });

  it('re-keys at the next start without holding it up: the app is up at once, and the keys follow in the background', async () => {
    const customer = await db().customer.findFirstOrThrow({ where: { name: 'Van der Berg Trading B.V.' } });
    const contact = await db().contact.create({ data: { customerId: customer.id, name: 'Piet Jansen' } });
    await refreshNameKeys(db());
    await db().$executeRaw`UPDATE customers SET normalized_name = 'berg trading' WHERE id = ${customer.id}`;
    await db().$executeRaw`UPDATE contacts SET name_keys = ARRAY['old key'] WHERE id = ${contact.id}`;
    await db().setting.deleteMany({ where: { key: { in: ['dedupe.name_key_version', 'dedupe.contact_key_version'] } } });
    // the row held by another transaction: a start that waited for its re-key would wait here until the test times out
    let next: Awaited<ReturnType<typeof openTestApp>> | undefined;
    await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM customers WHERE id = ${customer.id} FOR UPDATE`;
      next = await openTestApp(app.databaseUrl);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await db().setting.findUnique({ where: { key: 'dedupe.name_key_version' } })).toBeNull();
    }, { timeout: 60_000 });
    try {
      await eventually(async () => (await db().setting.count({ where: { key: { in: ['dedupe.name_key_version', 'dedupe.contact_key_version'] } } })) === 2, 30_000);
      expect((await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).normalizedName).toBe(normalizeCompanyName(customer.name));
      expect((await db().$queryRaw<{ k: string[] }[]>`SELECT name_keys AS k FROM contacts WHERE id = ${contact.id}`)[0].k).toEqual(contactNameKeys('Piet Jansen', customer.name));
    } finally {
      await next?.stop();
    }
  }, 90_000);

  it('finds a Chinese-script customer from its Latin name through the romanised key (pinyin ü written v)', async () => {
    const [match] = await checkDuplicates(db(), { name: 'Hangzhou Lvyuan Tea Co., Ltd', country: 'China', contactNames: ['Zhou Fang'] });
    expect(match.customer.name).toBe('杭州绿源茶业有限公司');
    expect(match.verdict).not.toBe('distinct');
  });
});
