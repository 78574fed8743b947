import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { OutboundMessage } from '../../../src/domain/channel-contract';
import { createLogger } from '../../../src/logger';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY } from '../../support/db';

let app: App;
let url: string;
const sent: OutboundMessage[] = [];
const say = async (user: string, text: string) => {
  sent.length = 0;
  await app.handleInbound({ channel: 'terminal', externalId: randomUUID(), kind: 'message', senderId: user, chatId: user, text, occurredAt: new Date() });
  return sent.map((m) => `${m.chatId}: ${m.text}`).join('\n');
};

beforeAll(async () => {
  url = (await createTestDatabase()).url;
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY });
  app = await createApp({
    config, logger: createLogger('silent'),
    adapters: [{
      channel: 'terminal', capabilities: { buttons: false, threads: false, files: true, replyWindowHours: null, maxTextLength: 100_000, customerFacing: false },
      start: async () => undefined, stop: async () => undefined, send: async (m) => (sent.push(m), { externalIds: [randomUUID()] }),
    }],
  });
  await app.services.team.add({ name: 'mgr', role: 'manager', locale: 'en' });
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'mgr' });
  await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  const alice = await app.services.team.byName('alice');
  for (let i = 1; i <= 52; i++) await app.services.customers.create(alice, 'test', { name: `Buyer ${i} Ltd`, country: 'GB', details: [] });
});
afterAll(async () => app.stop());

describe('/audit <customer>', () => {
  it('shows managers who did what, refuses reps, and is itself audited', async () => {
    await say('alice', '/customer Buyer 1 Ltd');
    const out = await say('mgr', '/audit Buyer 1 Ltd');
    expect(out).toMatch(/Audit trail of #\d+ Buyer 1 Ltd/);
    expect(out).toMatch(/alice · view customer · terminal/);
    expect(out).toMatch(/alice · create customer/);
    expect(await say('alice', '/audit Buyer 1 Ltd')).toContain('You do not have permission');
    expect(await say('mgr', '/audit nobody')).toContain('No customer "nobody" that you can see');
    expect(await app.database.prisma.auditLog.count({ where: { entityType: 'audit_log', action: 'view' } })).toBe(1);
  });
});

describe('bulk reading alert', () => {
  it('tells the manager once when a rep opens more than 50 cards in an hour', async () => {
    for (let i = 2; i <= 50; i++) await say('alice', `/customer Buyer ${i} Ltd`);
    expect(await app.services.audit.claimBulkReadAlerts(new Date())).toEqual([]); // exactly 50: not over
    await say('alice', '/customer Buyer 51 Ltd');
    const job = (await import('../../../src/jobs/bulk-read-watch.job')).bulkReadWatchJob;
    sent.length = 0;
    const deps = { services: app.services, logger: createLogger('silent'), now: () => new Date() };
    expect(await job.handle({ threshold: 50 }, deps, {} as never)).toEqual({ alerts: 1 });
    expect(sent.map((m) => m.chatId)).toEqual(['mgr']);
    expect(sent[0].text).toContain('alice viewed or exported 51 customer cards');
    expect(await job.handle({ threshold: 50 }, deps, {} as never)).toEqual({ alerts: 0 });
  });
});

describe('crm audit export', () => {
  const crm = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli.ts', ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: url, DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY, LOG_LEVEL: 'silent' },
  });

  it('streams the whole log to admins only, and records the export', async () => {
    const lines = [];
    for await (const line of app.services.audit.export(await app.services.team.byName('root'), 'cli')) lines.push(line);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.at(-1)).toMatchObject({ actor: 'root', action: 'export', entityType: 'audit_log' });
    const gen = app.services.audit.export(await app.services.team.byName('mgr'), 'cli');
    await expect(gen.next()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes CSV from the command line, and refuses a non-admin there too', () => {
    const csv = crm(['audit', 'export', '--as', 'root', '--format', 'csv', '--from', '2020-01-01']);
    expect(csv.status).toBe(0);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toBe('id,at,actor,via,action,entityType,entityId,customerId,details');
    expect(rows.some((r) => /,alice,terminal,view,customer,/.test(r))).toBe(true);
    const denied = crm(['audit', 'export', '--as', 'alice']);
    expect(denied.status).toBe(1);
    expect(denied.stderr).toContain('权限');
  }, 120_000);
});
