import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app';
import { TERMINAL_CAPABILITIES } from '../../src/adapters/terminal.adapter';
import { loadConfig } from '../../src/config';
import type { ChannelAdapter, InboundHandler, InboundMessage, OutboundMessage } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/ops/metrics';
import { createTestDatabase, testQueuePrefix, TEST_ENV } from '../support/db';
import { eventually } from '../support/eventually';

/** The gateway's channel: the platform is faked (what a user types is handed in, what the bot sends is recorded). */
function fakeChannel() {
  let onInbound: InboundHandler | undefined;
  const sent: OutboundMessage[] = [];
  const adapter: ChannelAdapter & { sent: OutboundMessage[]; type(text: string, n: number): Promise<void> } = {
    channel: 'terminal',
    capabilities: { ...TERMINAL_CAPABILITIES, files: true },
    sent,
    async start(handler) {
      onInbound = handler;
    },
    async stop() {},
    async send(message) {
      sent.push(message);
      return { externalIds: [`sent-${sent.length}`] };
    },
    async type(text, n) {
      const message: InboundMessage = { channel: 'terminal', externalId: `in-${n}`, kind: 'message', senderId: 'alice', chatId: 'alice', text, occurredAt: new Date(), isDirect: true };
      await onInbound!(message);
    },
  };
  return adapter;
}


let gateway: App;
let worker: App;
let scheduler: App;
const channel = fakeChannel();
const gatewayMetrics = createMetrics();
const workerMetrics = createMetrics();

beforeAll(async () => {
  const { url } = await createTestDatabase();
  const config = loadConfig({ ...TEST_ENV, DATABASE_URL: url, DEFAULT_LOCALE: 'en', REDIS_URL: inject('redisUrl'), QUEUE_PREFIX: testQueuePrefix('roles') });
  const logger = createLogger('silent');
  gateway = await createApp({ config, logger, adapters: [channel], withJobs: true, role: 'gateway', metrics: gatewayMetrics });
  worker = await createApp({ config, logger, adapters: [], withJobs: true, role: 'worker', metrics: workerMetrics });
  scheduler = await createApp({ config, logger, adapters: [], withJobs: true, role: 'scheduler' });
  await gateway.start();
  await worker.start();
  await scheduler.start();
  await worker.services.team.add({ name: 'alice', role: 'admin', locale: 'en' });
}, 60_000);

afterAll(async () => {
  await Promise.all([gateway?.stop(), worker?.stop(), scheduler?.stop()]);
});

describe('process roles: one gateway, one worker, one scheduler on one database and Redis', () => {
  it('the gateway hands a message to the queue, the worker runs it, and the reply goes out through the gateway', async () => {
    await channel.type('/help', 1);
    const reply = await eventually(() => channel.sent.find((m) => m.chatId === 'alice'), 15_000);
    expect(reply.text).toMatch(/\/find/);
    expect(gateway.startedChannels()).toEqual(['terminal']);
    expect(worker.startedChannels()).toEqual([]);
  });

  it('a worker sees the gateway\'s channel capabilities and its sends (files included) arrive whole', async () => {
    expect(worker.services.messenger.capabilities('terminal')).toMatchObject({ files: true });
    const sent = await worker.services.messenger.send({
      channel: 'terminal', chatId: 'bob', text: 'quote attached', files: [{ name: 'q.pdf', mimeType: 'application/pdf', data: Buffer.from('%PDF-1.4 bytes') }],
    });
    expect(sent.externalIds[0]).toMatch(/^sent-/);
    const arrived = channel.sent.find((m) => m.chatId === 'bob')!;
    expect(arrived.files![0].data.toString()).toBe('%PDF-1.4 bytes');
  });

  it('a failed send on the gateway fails the worker\'s send', async () => {
    await expect(worker.services.messenger.send({ channel: 'whatsapp', chatId: 'x', text: 'hi' })).rejects.toThrow(/no adapter for channel whatsapp/);
  });

  it('says why a send failed even when the gateway failed it before the worker began to wait', async () => {
    // many at once: some fail on the gateway before their sender's first look at the job (a removed job said "Missing key")
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => worker.services.messenger.send({ channel: 'whatsapp', chatId: `x${i}`, text: 'hi' })),
    );
    const reasons = outcomes.map((o) => (o.status === 'rejected' ? String((o.reason as Error).message) : 'sent'));
    expect(reasons.filter((r) => !/no adapter for channel whatsapp/.test(r))).toEqual([]);
  });

  it('only the scheduler registers the repeating jobs, and a second registration keeps one schedule per job', async () => {
    const schedulers = await scheduler.jobs!.queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('sla-check');
    const count = schedulers.length;
    await scheduler.jobs!.start({ schedulers: true, workers: false });
    expect((await scheduler.jobs!.queue.getJobSchedulers()).length).toBe(count);
  });

  it('counts messages in where they arrive and sends where they leave', async () => {
    const gatewayText = await gatewayMetrics.registry.metrics();
    expect(gatewayText).toMatch(/quayside_messages_in_total\{channel="terminal"\} 1/);
    expect(gatewayText).toMatch(/quayside_outbound_send_seconds_count\{channel="terminal"\} [1-9]/);
    expect(gatewayText).toMatch(/quayside_outbound_send_failures_total\{channel="whatsapp"\} 61/);
    const workerText = await workerMetrics.registry.metrics();
    expect(workerText).not.toMatch(/quayside_messages_in_total\{/);
    expect(workerText).toMatch(/quayside_queue_jobs\{queue="inbound",state="waiting"\} 0/);
  });
});
