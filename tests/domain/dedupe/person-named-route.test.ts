import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import {
  CONTACT_CANDIDATES,
  PERSON_NAMED_CANDIDATES,
  findCandidateIds,
  findCandidateIdsBulk,
  findCandidates,
} from '../../../src/domain/dedupe/duplicate-candidates.repository';
import { prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import type { Actor } from '../../../src/domain/team/actor';
import { createTestApp } from '../../support/terminal-harness';

// A buyer typed in by its person ("Tina Xu", "Lily Chen (Yiwu)") and the firm's own record, which names that person
// among its contacts, share no name word, sound key or detail: the person's name is the only way the check fetches them.
let app: App & { databaseUrl: string };
let alice: Actor;
let firm: number;
let lily: number;
const db = () => app.database.prisma;
const FIRMS: [string, string][] = [
  ['Ningbo Ocean Plastics Co., Ltd.', 'CN'], ['Qingdao Harbour Tools Co., Ltd.', 'CN'], ['Xiamen Jade Textiles Co., Ltd.', 'CN'],
  ['Harbin Northern Valves Co., Ltd.', 'CN'], ['Wuhan Riverside Paper Co., Ltd.', 'CN'], ['Kunming Blue Sky Tea Co., Ltd.', 'CN'],
  ['Dalian Seagull Pumps Co., Ltd.', 'CN'], ['Hefei Morning Glass Co., Ltd.', 'CN'],
];

beforeAll(async () => {
  app = await createTestApp();
  alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['CN'], locale: 'en' });
  const c = app.services.customers;
  firm = (await c.create(alice, 'test', { name: 'Ningbo Sunrise Hardware Co., Ltd.', country: 'CN', details: ['+86 574 8765 4321'], contactName: 'Tina Xu' })).id;
  lily = (await c.create(alice, 'test', { name: 'Lily Chen (Yiwu)', country: 'CN', details: ['+86 579 8555 0101'] })).id;
  // a common name: many firms whose contact it is, and many customers typed in by it
  for (const [name, country] of FIRMS) {
    await c.create(alice, 'test', { name, country, details: [`+86 10 ${5550000 + name.length * 97}`], contactName: 'Wang Wei', force: true });
  }
  for (const [i, town] of ['Ningbo', 'Yiwu', 'Xiamen', 'Wuhan', 'Hefei', 'Dalian', 'Harbin', 'Kunming'].entries()) {
    await c.create(alice, 'test', { name: `Wang Wei (${town})`, country: 'CN', details: [`+86 20 ${6660000 + i * 131}`], force: true });
  }
});
afterAll(async () => app?.stop());

const query = (record: CandidateRecord, withPerson = true) => {
  const q = candidateQuery(prepareRecord(record));
  return withPerson ? q : { ...q, personKeys: undefined, personNamedWords: undefined };
};

describe('candidate route through a name that is a person', () => {
  it("fetches the firm whose contact the record's name is, and only through it", async () => {
    const record = { name: 'Tina Xu', country: 'CN' };
    expect(query(record).personKeys).not.toEqual([]);
    expect(await findCandidateIds(db(), query(record, false))).not.toContain(firm);
    expect(await findCandidateIds(db(), query(record))).toContain(firm);
    expect((await findCandidates(db(), query(record))).map((c) => c.id)).toContain(firm);
    const [bulk] = await findCandidateIdsBulk(db(), [query(record)]);
    expect(bulk.has(firm)).toBe(true);
  });

  it("fetches the customer typed in by a firm's contact's name, and only through it", async () => {
    const record = { name: 'Yiwu Bright Crafts Co., Ltd.', country: 'CN', contactNames: ['Lily Chen'] };
    expect(query(record).personNamedWords).toEqual([['chen', 'lily']]);
    expect(await findCandidateIds(db(), query(record, false))).not.toContain(lily);
    expect(await findCandidateIds(db(), query(record))).toContain(lily);
    expect((await findCandidates(db(), query(record))).map((c) => c.id)).toContain(lily);
    const [bulk] = await findCandidateIdsBulk(db(), [query(record)]);
    expect(bulk.has(lily)).toBe(true);
  });

  it('a common name fetches a few customers either way, not every one so named', async () => {
    const person = { name: 'Wang Wei', country: 'CN' };
    const without = new Set(await findCandidateIds(db(), query(person, false)));
    const byPerson = (await findCandidateIds(db(), query(person))).filter((id) => !without.has(id));
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.length).toBeLessThanOrEqual(CONTACT_CANDIDATES);
    const [bulk] = await findCandidateIdsBulk(db(), [query(person)]);
    expect([...bulk].filter((id) => !without.has(id)).length).toBeLessThanOrEqual(CONTACT_CANDIDATES);

    const record = { name: 'Shaoxing Golden Bamboo Furniture Co., Ltd.', country: 'CN', contactNames: ['Wang Wei'] };
    const plain = new Set(await findCandidateIds(db(), query(record, false)));
    const named = (await findCandidateIds(db(), query(record))).filter((id) => !plain.has(id));
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThanOrEqual(PERSON_NAMED_CANDIDATES);
    const [bulkNamed] = await findCandidateIdsBulk(db(), [query(record)]);
    expect([...bulkNamed].filter((id) => !plain.has(id)).length).toBeLessThanOrEqual(PERSON_NAMED_CANDIDATES);
  });
});
