import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app';
import type { ChannelAdapter, OutboundMessage } from '../../src/domain/channel-contract';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_ENV, testQueuePrefix } from '../support/db';

// Monday 2026-11-23, 10:00 in Shanghai
const created = new Date('2026-11-23T02:00:00Z');
const at = (iso: string) => new Date(iso);
let clock = created;
let app: App;
// a terminal-like channel that keeps what it is sent (every member has a terminal identity)
const sent: OutboundMessage[] = [];
const chat: ChannelAdapter & { sent: OutboundMessage[]; textsTo(chatId: string): string[] } = {
  channel: 'terminal',
  capabilities: { buttons: true, threads: false, files: true, replyWindowHours: null, maxTextLength: 100_000, customerFacing: false },
  sent,
  async start() {},
  async stop() {},
  async send(message) {
    sent.push(message);
    return { externalIds: [`t-${sent.length}`] };
  },
  textsTo: (chatId) => sent.filter((m) => m.chatId === chatId).map((m) => m.text),
};
const db = () => app.database.prisma;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  const config = loadConfig({ ...TEST_ENV, DATABASE_URL: url, QUEUE_PREFIX: testQueuePrefix('approval-reminder'), REDIS_URL: inject('redisUrl'), DEFAULT_LOCALE: 'en' });
  app = await createApp({ config, logger: createLogger('silent'), adapters: [chat], withJobs: true, now: () => clock });
  await app.start();
  const team = app.services.team;
  await team.add({ name: 'zhao', role: 'director', locale: 'en' });
  await team.add({ name: 'wang', role: 'manager', locale: 'en' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'wang' });
  const alice = await team.byName('alice');
  await app.services.customers.create(alice, 'test', { name: 'Andes Energy SpA', country: 'CL', details: [] });
  await app.services.quotes.create(alice, 'terminal', 'Andes Energy SpA', {
    lines: [{ product: 'LED-600', quantity: '5000', unitPrice: '3.20' }], currency: 'USD', incoterm: 'FOB', port: 'Ningbo',
  });
  await db().approval.updateMany({ data: { createdAt: created } });
  chat.sent.length = 0;
});
afterAll(async () => app.stop());

const run = async (now: string) => {
  clock = at(now);
  return app.jobs!.runNow('approval-reminder', {});
};

describe('approval reminder job', () => {
  it('is scheduled', async () => {
    expect((await app.jobs!.queue.getJobSchedulers()).map((s) => s.key)).toContain('approval-reminder');
  });

  it('waits 4 working hours, reminds once, escalates after a working day, and never twice', async () => {
    expect(await run('2026-11-23T05:00:00Z')).toEqual({ reminded: 0, escalated: 0 }); // 13:00: 3 working hours
    expect(chat.sent).toHaveLength(0);
    expect(await run('2026-11-23T06:30:00Z')).toEqual({ reminded: 1, escalated: 0 }); // 14:30: 4.5 h
    expect(chat.textsTo('wang')).toEqual([expect.stringMatching(/⏰ Reminder: quote Q-\d{4}-0001 v1 \(Andes Energy SpA\) has waited 4 working hours/)]);
    expect(chat.sent[0].buttons?.map((b) => b.label)).toEqual(['Approve', 'Reject', 'Ask for change']);
    expect(await run('2026-11-23T09:00:00Z')).toEqual({ reminded: 0, escalated: 0 }); // already reminded
    // Friday-night style gap: Monday 18:00 → Tuesday 09:30 adds only half an hour
    expect(await run('2026-11-24T01:30:00Z')).toEqual({ reminded: 0, escalated: 0 }); // 8.5 h
    expect(await run('2026-11-24T02:30:00Z')).toEqual({ reminded: 0, escalated: 1 }); // 9.5 h: a working day
    expect(await run('2026-11-24T03:30:00Z')).toEqual({ reminded: 0, escalated: 0 });
    const [escalation] = chat.textsTo('zhao');
    expect(escalation).toContain('⏫ Escalated: wang has not decided for a day');
    expect(escalation).toContain('Total: 16,000.00 USD');
    const approval = await db().approval.findFirstOrThrow();
    const zhao = await app.services.team.byName('zhao');
    expect(approval).toMatchObject({ status: 'pending', escalatedToId: zhao.id });
    expect(await db().auditLog.count({ where: { entityType: 'approval', action: 'update' } })).toBe(1);
  });

  it('lets the one it was escalated to decide, and nobody else', async () => {
    const approval = await db().approval.findFirstOrThrow();
    await expect(app.services.approvals.decide(await app.services.team.byName('alice'), 'slack', approval.id, 'approved')).rejects.toMatchObject({ code: 'APPROVAL_NOT_YOURS' });
    const result = await app.services.approvals.decide(await app.services.team.byName('zhao'), 'slack', approval.id, 'approved');
    expect(result).toMatchObject({ decision: 'approved', final: true });
    expect(chat.textsTo('alice').at(-1)).toMatch(/✅ Quote Q-\d{4}-0001 v1 \(Andes Energy SpA\) approved by zhao/);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: 'approve', actorId: { not: null } } });
    expect(audit).toMatchObject({ via: 'slack', details: expect.objectContaining({ escalated: true, version: 1 }) });
    expect(await run('2026-11-25T09:00:00Z')).toEqual({ reminded: 0, escalated: 0 });
  });
});
