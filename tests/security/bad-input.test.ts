import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { App } from '../../src/app';
import { registerAuditCommand } from '../../src/cli/audit.command';
import { isTruncated, MAX_STORED_TEXT } from '../../src/domain/inbox/text-cap';
import { createAppWithAdapters, createFakeChannel, eventually } from '../support/channel-harness';
import { TEST_ENV, testQueuePrefix } from '../support/db';

/** Issue 15, "Bad input that still hurts": through the real pipeline, the durable queue (Redis) and PostgreSQL. */
const team = createFakeChannel('terminal');
const buyers = createFakeChannel('wa-test', { customerFacing: true });
let app: App & { databaseUrl: string };
const db = () => app.database.prisma;
async function say(user: string, text: string): Promise<string> {
  const before = team.sent.length;
  await team.receive({ senderId: user, text });
  await app.inbound!.drain(5000);
  return team.sent.slice(before).map((m) => m.text).join('\n');
}

beforeAll(async () => {
  app = await createAppWithAdapters([team, buyers], { QUEUE_PREFIX: testQueuePrefix('bad-input'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await app.services.team.add({ name: '-1', role: 'rep', locale: 'en' });
  await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  const alice = await app.services.team.byName('alice');
  for (const name of ['Azteca Luz SA', 'Norte_Lamps', '100% Bright']) await app.services.customers.create(alice, 'test', { name, country: 'MX', details: [] });
}, 60_000);
afterAll(async () => app?.stop());

describe('a 10 MB buyer message', () => {
  it('is stored up to the documented cap, marked as truncated', async () => {
    const huge = `Hola, quiero precio. ${'x'.repeat(10 * 1024 * 1024)}`;
    await buyers.receive({ senderId: 'buyer-flood', text: huge, isDirect: true });
    const stored = await eventually(() => db().communication.findFirst({ where: { channel: 'wa-test', direction: 'inbound' } }));
    expect(stored.text.length).toBeLessThan(MAX_STORED_TEXT + 300);
    expect(stored.text.startsWith('Hola, quiero precio. xxx')).toBe(true);
    expect(isTruncated(stored.text)).toBe(true);
    expect(stored.text).toContain(`${huge.length} characters received, the first ${MAX_STORED_TEXT} kept`);
  });
});

describe('/find wildcards', () => {
  it('reads % and _ literally', async () => {
    const all = await say('alice', '/find %');
    expect(all).toContain('100% Bright');
    expect(all).not.toMatch(/Azteca|Norte/);
    const underscore = await say('alice', '/find _');
    expect(underscore).toContain('Norte_Lamps');
    expect(underscore).not.toContain('Azteca');
    const percent = await say('alice', '/find 100%');
    expect(percent).toContain('100% Bright');
    expect(await say('alice', '/find a%z')).toMatch(/No customers found/);
  });
});

describe('CSV that Quayside writes', () => {
  it('neutralises cells a spreadsheet would run as formulas with a leading apostrophe', async () => {
    await say('-1', '/find =HYPERLINK("http://evil")');
    const out: string[] = [];
    Object.assign(process.env, { ...TEST_ENV, DATABASE_URL: app.databaseUrl, DEFAULT_LOCALE: 'en' });
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    try {
      const program = new Command('crm').exitOverride();
      registerAuditCommand(program);
      await program.parseAsync(['node', 'crm', 'audit', 'export', '--as', 'root', '--format', 'csv']);
    } finally {
      spy.mockRestore();
    }
    const rows = out.join('').split('\n');
    // the member named "-1" appears as text, never as a formula
    expect(rows.filter((r) => r.split(',')[2] === "'-1" && r.includes(',search,'))).toHaveLength(1);
    expect(rows.every((r) => !/(^|,)[=+\-@\t]/.test(r))).toBe(true);
  });
});
