import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../src/app';
import { storeInboundOnce } from '../../src/domain/inbox/inbox.repository';
import type { InboundMessage } from '../../src/domain/channel-contract';
import { DURABLE_JOB_ATTEMPTS, DURABLE_OUTAGE_MS, JOB_RETRY, backoffDelay, totalWait } from '../../src/domain/retry-backoff';
import { assignLeadJobId } from '../../src/jobs/assign-lead.job';
import { buyerMessageJobId } from '../../src/jobs/buyer-message.job';
import { REACTION_SWEEP_AFTER_MS } from '../../src/jobs/reaction-sweep.job';
import { testQueuePrefix } from '../support/db';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { createAppWithAdapters, createFakeChannel, eventually, linkMember } from '../support/channel-harness';

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
const slack = createFakeChannel('slack', { customerFacing: false });
let app: App;
let aliceId: number;
// a reaction that fails while "the database is away", then recovers
let outageCalls = 0;

const message = (externalId: string, senderId: string, text: string): InboundMessage => ({
  channel: 'whatsapp', externalId, kind: 'message', senderId, senderName: `Buyer ${senderId}`, chatId: senderId, text, occurredAt: new Date(), isDirect: true,
});
/** what the owner was told that quotes this buyer message (a new lead's card, or a later message's 💬 notice) */
const toldOf = (text: string) => slack.textsTo('U_ALICE').filter((t) => t.includes(text));
const hourAgo = () => new Date(Date.now() - REACTION_SWEEP_AFTER_MS - 3_600_000);

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp, slack], { QUEUE_PREFIX: testQueuePrefix('reaction-sweep'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  const admin = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  aliceId = (await app.services.team.add({ name: 'alice', role: 'rep', regions: ['DE'], locale: 'en' })).id;
  await linkMember(app, 'alice', 'slack', 'U_ALICE');
  await app.services.assignmentRules.add(admin, 'test', 'default -> member:alice');
  app.services.events.on('buyer.message', (event) => {
    if (event.text.startsWith('outage') && outageCalls++ < 2) throw new Error('Can\'t reach database server at 127.0.0.1:5432');
  });
});
afterAll(async () => app?.stop());

describe('what follows a stored message outlasts a fault', () => {
  it('retries on one capped schedule long enough for a 15-minute outage; a restart never fails a job for good', async () => {
    expect(backoffDelay(JOB_RETRY, 1)).toBe(1_000);
    expect(backoffDelay(JOB_RETRY, 30)).toBe(60_000);
    expect(totalWait(JOB_RETRY, DURABLE_JOB_ATTEMPTS)).toBeGreaterThanOrEqual(DURABLE_OUTAGE_MS);
    expect(DURABLE_OUTAGE_MS).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it('a reaction that fails during an outage is retried, and the owner is told exactly once when it clears', async () => {
    await whatsapp.receive(message('outage-1', '4917000000001@c.us', 'outage: need 2000 pcs'));
    const stored = await eventually(() => app.database.prisma.communication.findFirst({ where: { externalId: storedMessageId('outage-1') } }), 20_000);
    await eventually(async () => (await app.database.prisma.communication.findUnique({ where: { id: stored.id } }))?.reactedAt, 30_000);
    expect(outageCalls).toBe(3);
    // two failed runs, retried on the shared schedule: completed, never parked in `failed`
    await eventually(async () => (await app.jobs!.queue.getJob(buyerMessageJobId(stored.id)))?.finishedOn, 10_000);
    expect(await (await app.jobs!.queue.getJob(buyerMessageJobId(stored.id)))!.getState()).toBe('completed');
    // the new lead was routed to alice and she hears of it once: the lead's card carries the message, whether
    // routing ran before or after the reaction's notice step (no separate 💬 notice for a new lead)
    await eventually(async () => (await app.database.prisma.customer.findUnique({ where: { id: stored.customerId! } }))?.ownerId === aliceId, 10_000);
    await eventually(() => toldOf('need 2000 pcs').length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(toldOf('need 2000 pcs')).toHaveLength(1);
    expect(toldOf('need 2000 pcs')[0]).toMatch(/^🆕 New lead for you/);
    expect(await app.database.prisma.outbox.count({ where: { dedupeKey: `buyer-notice:${stored.id}` } })).toBe(0);
  });

  it('a later message of a lead with an owner is the owner\'s 💬 notice, once, through the outbox', async () => {
    await whatsapp.receive(message('outage-2', '4917000000001@c.us', 'outage again: and 500 more?'));
    const stored = await eventually(() => app.database.prisma.communication.findFirst({ where: { externalId: storedMessageId('outage-2') } }), 20_000);
    await eventually(() => toldOf('and 500 more?').length > 0, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(toldOf('and 500 more?')).toEqual([expect.stringMatching(/^💬 Message from/)]);
    const notice = await app.database.prisma.outbox.findUnique({ where: { dedupeKey: `buyer-notice:${stored.id}` } });
    expect(notice).toMatchObject({ status: 'sent', memberId: aliceId, attempts: 1 });
  });

  it('the sweep finishes a message whose reaction job gave up, and a lead left without an owner, once', async () => {
    // what a longer outage leaves: a stored message (reacted_at null) of a new lead, its job in `failed`, no owner
    const buyer = '4917000000002@c.us';
    const lead = await app.database.prisma.customer.create({ data: { name: 'Lost Lead GmbH', status: 'lead', source: 'whatsapp', country: 'DE', createdAt: hourAgo() } });
    const contact = await app.database.prisma.contact.create({ data: { customerId: lead.id, name: 'Lost Lead GmbH' } });
    const orphan = await storeInboundOnce(app.database.prisma, {
      customerId: lead.id, contactId: contact.id, channel: 'whatsapp', externalId: 'gave-up-1', text: 'price for 500 pcs?', language: 'en',
      intents: [], chatId: buyer, senderExternalId: buyer, replyToExternalId: null, threadId: null, attachments: null, occurredAt: hourAgo(),
    });
    await app.database.prisma.communication.update({ where: { id: orphan.id }, data: { createdAt: hourAgo() } });
    expect((await app.database.prisma.communication.findUnique({ where: { id: orphan.id } }))!.reactedAt).toBeNull();
    // its job ended in `failed` (bad data stands in for a job that ran out of attempts)
    const failed = await app.jobs!.queue.add('buyer-message', { communicationId: orphan.id }, { jobId: buyerMessageJobId(orphan.id) });
    await eventually(async () => (await failed.getState()) === 'failed', 10_000);
    // a second lead whose assignment job was lost with Redis
    const unrouted = await app.database.prisma.customer.create({ data: { name: 'Unrouted SA', status: 'lead', source: 'telegram', country: 'FR', createdAt: hourAgo() } });
    // a recent one is left alone: its own jobs may still be retrying
    const recent = await app.database.prisma.customer.create({ data: { name: 'Recent Ltd', status: 'lead', source: 'whatsapp', country: 'GB' } });

    await app.jobs!.queue.add('reaction-sweep', { limit: 100 });
    await eventually(async () => (await app.database.prisma.communication.findUnique({ where: { id: orphan.id } }))?.reactedAt, 20_000);
    await eventually(async () => (await app.database.prisma.customer.findUnique({ where: { id: unrouted.id } }))?.ownerId === aliceId, 20_000);
    // the lead of the orphan message is routed by that message's reaction (its card carries the message), not twice
    await eventually(async () => (await app.database.prisma.customer.findUnique({ where: { id: lead.id } }))?.ownerId === aliceId, 20_000);
    // a new lead's owner hears of it from the assignment (the lead's card, with the message)
    const toldOfLead = () => slack.textsTo('U_ALICE').filter((t) => t.includes('Lost Lead GmbH'));
    await eventually(() => toldOfLead().length > 0, 10_000);
    const toldBefore = toldOfLead().length;
    expect((await app.database.prisma.customer.findUnique({ where: { id: recent.id } }))!.ownerId).toBeNull();
    expect(await app.jobs!.queue.getJob(assignLeadJobId(recent.id))).toBeUndefined();

    // a second sweep finds nothing left: no second notice, no second assignment
    const again = await app.jobs!.queue.add('reaction-sweep', { limit: 100 });
    await eventually(async () => (await again.getState()) === 'completed', 10_000);
    expect(again.id && (await app.jobs!.queue.getJob(again.id))?.returnvalue).toEqual({ messages: 0, leads: 0 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(toldOfLead()).toHaveLength(toldBefore);
    expect(await app.database.prisma.assignment.count({ where: { customerId: { in: [lead.id, unrouted.id] } } })).toBe(2);
  });
});
