import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import { findCandidateIds, findCandidates } from '../../../src/domain/dedupe/duplicate-candidates.repository';
import { prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import type { Actor } from '../../../src/domain/team/actor';
import { createTestApp } from '../../support/terminal-harness';

// The chat check loads only the hits it is likely to choose, in its one statement; what it returns must be what the
// id look-up (the import's and the reference's path) chooses, whatever the hits.
let app: App & { databaseUrl: string };
let alice: Actor;
let petra: number;
const db = () => app.database.prisma;

beforeAll(async () => {
  app = await createTestApp();
  alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['JO', 'AE', 'CN', 'DE'], locale: 'en' });
  const c = app.services.customers;
  petra = (await c.create(alice, 'test', { name: 'البتراء للتجارة', country: 'JO', details: ['+962 6 555 0101'] })).id;
  // more Latin names like "Petra Trading" than the check scores by name alone, so the Arabic one is found by sound
  const crowd = ['Star', 'Sun', 'Moon', 'Gold', 'Blue', 'Green', 'Royal', 'Prime', 'Delta', 'Nova', 'Alpha', 'Ocean', 'Falcon', 'Cedar'];
  for (const word of crowd) {
    await c.create(alice, 'test', { name: `Petra ${word} Trading LLC`, country: 'AE', details: [`info@petra-${word.toLowerCase()}.ae`], force: true });
  }
  for (const [i, name] of ['Golden Lamp Trading', 'Sun Lamp GmbH', 'Lamp House Trading', '金灯贸易有限公司', 'Petra Lamps'].entries()) {
    await c.create(alice, 'test', { name, country: i === 3 ? 'CN' : 'DE', details: [`sales@firm${i}.example.com`], force: true });
  }
});
afterAll(async () => app?.stop());

const both = async (record: CandidateRecord) => {
  const q = candidateQuery(prepareRecord(record));
  const chat = (await findCandidates(db(), q)).map((c) => c.id).sort((a, b) => a - b);
  const byIds = (await findCandidateIds(db(), q)).sort((a, b) => a - b);
  return { chat, byIds };
};

describe('the chat check (one statement, likely candidates loaded)', () => {
  it('finds a name in another script by sound when Latin look-alikes fill the places chosen by name', async () => {
    const { chat, byIds } = await both({ name: 'Petra Trading', country: 'JO' });
    expect(byIds).toContain(petra);
    expect(chat).toEqual(byIds);
  });

  it('chooses what the id look-up chooses', async () => {
    const records: CandidateRecord[] = [
      { name: 'Petra Royal Trading', country: 'AE' },
      { name: 'Golden Lamp Trading Co', country: 'DE', emails: ['buyer@firm0.example.com'] },
      { name: 'Jin Deng Trading', country: 'CN' },
      { name: 'Lamp House', country: 'DE', contactNames: ['Wang Wei'] },
      { name: 'Unheard Of Name', country: 'FR' },
    ];
    for (const record of records) {
      const { chat, byIds } = await both(record);
      expect(chat, record.name).toEqual(byIds);
    }
  });
});
