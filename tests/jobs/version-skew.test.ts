import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../src/app';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { INBOUND_QUEUE, inboundJobId } from '../../src/jobs/inbound-queue';
import { sealPayload } from '../../src/jobs/sealed-payload';
import { testQueuePrefix } from '../support/db';
import { createAppWithAdapters, createFakeChannel, eventually } from '../support/channel-harness';

// A rolling deploy runs a new gateway beside old workers for a while: a message queued by the newer version carries
// fields the older worker does not know. It is stored without them, never failed for good (a fault run lost 40 of 400
// messages this way before).
const telegram = createFakeChannel('telegram', { customerFacing: true });
let app: App;

beforeAll(async () => {
  app = await createAppWithAdapters([telegram], { QUEUE_PREFIX: testQueuePrefix('version-skew'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
});
afterAll(async () => app?.stop());

describe('messages queued by a newer version', () => {
  it('are stored without the fields this version does not know; a malformed one is still refused', async () => {
    const queue = app.inbound!.queue;
    const message = {
      channel: 'telegram', externalId: 'skew:1', kind: 'message', senderId: '555', chatId: '555', text: 'price for 300 pcs?',
      occurredAt: new Date().toISOString(), isDirect: true, fieldFromTheFuture: { any: 'thing' },
    };
    const jobId = inboundJobId('telegram', 'skew:1');
    await queue.add('inbound', sealPayload(INBOUND_QUEUE, jobId, message), { jobId });
    const stored = await eventually(() => app.database.prisma.communication.findFirst({ where: { externalId: storedMessageId('skew:1') } }), 20_000);
    expect(stored.text).toBe('price for 300 pcs?');
    // the job ends completed (the row is stored a moment before the job is marked done)
    await eventually(async () => (await (await queue.getJob(jobId))!.getState()) === 'completed', 20_000);

    const badId = inboundJobId('telegram', 'skew:2');
    await queue.add('inbound', sealPayload(INBOUND_QUEUE, badId, { ...message, externalId: 'skew:2', text: 42 }), { jobId: badId });
    await eventually(async () => (await (await queue.getJob(badId))!.getState()) === 'failed', 20_000);
    expect(await app.database.prisma.communication.count({ where: { externalId: storedMessageId('skew:2') } })).toBe(0);
  });
});
