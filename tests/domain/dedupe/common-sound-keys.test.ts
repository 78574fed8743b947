import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import { COMMON_SOUND_KEY_ROWS, commonSoundKeys, forgetCommonSoundKeys } from '../../../src/domain/dedupe/common-sound-keys.repository';
import { findCandidateIds, findCandidateIdsBulk } from '../../../src/domain/dedupe/duplicate-candidates.repository';
import { prepareRecord } from '../../../src/domain/dedupe/match';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
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
    forgetCommonSoundKeys();
    // no statistics yet: nothing is common
    expect((await commonSoundKeys(db())).size).toBe(0);
    const names = Array.from({ length: 1_500 }, (_, i) => `Tiger ${word(i)} Trading`);
    await db().customer.createMany({ data: names.map((name) => ({ name, normalizedName: normalizeCompanyName(name), status: 'lead' })) });
    const twin = await app.services.customers.create(await app.services.team.add({ name: 'ali', role: 'admin', locale: 'en' }), 'test', { name: 'شركة البتراء للتجارة العامة', country: 'JO', details: [] });
    await db().$executeRawUnsafe('ANALYZE customers');
    // read once per 10 minutes: still the old answer
    expect((await commonSoundKeys(db())).size).toBe(0);
    forgetCommonSoundKeys();
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
});
