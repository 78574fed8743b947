import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;
const say = (lines: string[]) => runTerminalScript(app.databaseUrl, 'alice', lines);

beforeAll(async () => {
  app = await createTestApp();
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await app.services.customers.create(await app.services.team.byName('alice'), 'test', { name: 'Acme Lighting Ltd', country: 'GB', details: [] });
});
afterAll(async () => app.stop());

describe('/quote numbers and validity', () => {
  it('gives each new quote its own number; only a quote number given by the rep makes a new version', async () => {
    const out = await say([
      '/quote Acme Lighting Ltd: LED-600 x100 @3.20 USD FOB Ningbo, 100% T/T before shipment',
      '/quote Acme Lighting Ltd: Driver 40W x100 @2.50 USD FOB Ningbo, 100% T/T before shipment',
    ]);
    const [first, second] = await db().quote.findMany({ orderBy: { id: 'asc' } });
    expect(first.number).not.toBe(second.number);
    expect([first.version, second.version]).toEqual([1, 1]);
    expect(out).not.toContain('a new version');

    const revised = await say([`/quote ${first.number}: LED-600 x100 @3.10 USD FOB Ningbo, 100% T/T before shipment`]);
    expect(revised).toContain(`${first.number} v2 created (a new version`);
    const versions = await db().quote.findMany({ where: { number: first.number }, orderBy: { version: 'asc' } });
    expect(versions.map((q) => q.version)).toEqual([1, 2]);
    expect(await db().quote.count({ where: { number: second.number } })).toBe(1);
  });

  it('refuses a negative or fractional validity instead of reading it as days, and saves nothing', async () => {
    const before = await db().quote.count();
    const out = await say([
      '/quote Acme Lighting Ltd: LED-600 x100 @3.20 USD FOB Ningbo, 100% T/T before shipment, valid -5d',
      '/quote Acme Lighting Ltd: LED-600 x100 @3.20 USD FOB Ningbo, 100% T/T before shipment, valid 1.5d',
    ]);
    expect(out).toContain('"-5d" is not a validity: give a whole number of days from 1 to 365');
    expect(out).toContain('"1.5d" is not a validity');
    expect(await db().quote.count()).toBe(before);
  });
});
