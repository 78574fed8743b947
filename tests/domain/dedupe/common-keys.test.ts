import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import { COMMON_CONTACT_KEY_ROWS, COMMON_SOUND_KEY_ROWS, commonContactKeys, commonSoundKeys, forgetCommonKeys } from '../../../src/domain/dedupe/common-keys.repository';
import { findCandidateIds, findCandidateIdsBulk } from '../../../src/domain/dedupe/duplicate-candidates.repository';
import { prepareRecord } from '../../../src/domain/dedupe/match';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { contactNameKeys } from '../../../src/domain/dedupe/contact-name-keys';
import { fillContactNameKeys } from '../../../src/domain/dedupe/contact-name-keys.repository';
import { soundSkeleton } from '../../../src/domain/dedupe/sound-skeleton';
import { createTestApp } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app?.stop());

// made-up second words, each its own sound key, so only "Tiger" is shared
const syllables = ['ba', 'ko', 'ri', 'mu', 'se', 'ta', 'ne', 'lo', 'vi', 'du', 'fa', 'ge'];
const word = (i: number) => `${syllables[i % 12]}${syllables[Math.floor(i / 12) % 12]}${syllables[Math.floor(i / 144) % 12]}x`;

describe('sound keys too common to look up', () => {
  it('are the ones the statistics put on more than 1,000 customers; a name still meets its twin in another script through its other keys', async () => {
    forgetCommonKeys();
    // no statistics yet: nothing is common
    expect((await commonSoundKeys(db())).size).toBe(0);
    const names = Array.from({ length: 1_500 }, (_, i) => `Tiger ${word(i)} Trading`);
    await db().customer.createMany({ data: names.map((name) => ({ name, normalizedName: normalizeCompanyName(name), status: 'lead' })) });
    const twin = await app.services.customers.create(await app.services.team.add({ name: 'ali', role: 'admin', locale: 'en' }), 'test', { name: 'شركة البتراء للتجارة العامة', country: 'JO', details: [] });
    await db().$executeRawUnsafe('ANALYZE customers');
    // read once per 10 minutes: still the old answer
    expect((await commonSoundKeys(db())).size).toBe(0);
    forgetCommonKeys();
    const common = await commonSoundKeys(db());
    expect(COMMON_SOUND_KEY_ROWS).toBe(1_000);
    expect(common.has(soundSkeleton('tiger'))).toBe(true);
    expect(common.has(soundSkeleton('petra'))).toBe(false);
    // "Petra Tiger" (البتراء): its "tkr" is not looked up, its "btr" is
    const query = candidateQuery(prepareRecord({ name: 'Petra Tiger Trading Co.' }));
    expect(query.soundKeys).toEqual(expect.arrayContaining([soundSkeleton('tiger'), soundSkeleton('petra')]));
    expect(await findCandidateIds(db(), query)).toContain(twin.id);
    const [bulk] = await findCandidateIdsBulk(db(), [query]);
    expect([...bulk]).toContain(twin.id);
  });

  it("are, for contact names, the ones on more than 1,000 contacts ('Wang Wei'); a rarer person still finds a translated firm", async () => {
    forgetCommonKeys();
    const firms = Array.from({ length: 1_200 }, (_, i) => `Wang ${word(i)} Imports`);
    await db().customer.createMany({ data: firms.map((name) => ({ name, normalizedName: normalizeCompanyName(name), status: 'lead' })) });
    const ids = await db().customer.findMany({ where: { name: { in: firms } }, select: { id: true } });
    await db().contact.createMany({ data: ids.map(({ id }) => ({ customerId: id, name: 'Wang Wei', nameKeys: [] })) });
    const rep = await app.services.team.add({ name: 'li', role: 'admin', locale: 'en' });
    const bright = await app.services.customers.create(rep, 'test', { name: '深圳市光明照明有限公司', country: 'CN', details: ['+86 755 2345 6789'], contactName: '刘洋' });
    await fillContactNameKeys(db());
    await db().$executeRawUnsafe('ANALYZE contacts');
    forgetCommonKeys();
    const common = await commonContactKeys(db());
    expect(COMMON_CONTACT_KEY_ROWS).toBe(1_000);
    expect(contactNameKeys('Wang Wei').every((k) => common.has(k))).toBe(true);
    expect(contactNameKeys('Liu Yang').some((k) => common.has(k))).toBe(false);
    const query = candidateQuery(prepareRecord({ name: 'Shenzhen Bright Lighting Co., Ltd.', country: 'CN', contactNames: ['Liu Yang'] }));
    // without its person (and the translation's spellings) the name is not found; with them it is
    expect(await findCandidateIds(db(), { ...query, contactKeys: [], translationTerms: undefined })).not.toContain(bright.id);
    expect(await findCandidateIds(db(), { ...query, translationTerms: undefined })).toContain(bright.id);
    const [bulk] = await findCandidateIdsBulk(db(), [{ ...query, translationTerms: undefined }]);
    expect([...bulk]).toContain(bright.id);
  });
});
