import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../src/app';
import type { DomainEvents } from '../../src/domain/events';
import { storeInboundOnce } from '../../src/domain/inbox/inbox.repository';
import type { InboundMessage } from '../../src/domain/channel-contract';
import { buyerMessageJobId } from '../../src/jobs/buyer-message.job';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { testQueuePrefix } from '../support/db';
import { createAppWithAdapters, createFakeChannel, eventually, linkMember } from '../support/channel-harness';

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
const slack = createFakeChannel('slack', { customerFacing: false });
let app: App;
const seen: DomainEvents['buyer.message'][] = [];
const buyer = (i: number) => `49170${String(1_000_000 + i)}@c.us`;
const message = (i: number, externalId: string, text = `need ${i * 100} pcs`): InboundMessage => ({
  channel: 'whatsapp', externalId, kind: 'message', senderId: buyer(i), senderName: `Buyer ${i}`, chatId: buyer(i), text, occurredAt: new Date(), isDirect: true,
});
const buyerJobsPending = async () =>
  (await app.jobs!.queue.getJobs(['waiting', 'prioritized', 'active', 'delayed'])).filter((job) => job?.name === 'buyer-message').length;

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp, slack], { QUEUE_PREFIX: testQueuePrefix('buyer-message'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  app.services.events.on('buyer.message', (event) => void seen.push(event));
});
afterAll(async () => app?.stop());

describe("'buyer.message' reactions run in their own job, once per stored message", () => {
  it('stores a burst through the inbound queue and runs the reactions of each message once, after it is stored', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => whatsapp.receive(message(i % 6, `burst-${i}`))));
    // the platform delivers some again
    await Promise.all(Array.from({ length: 5 }, (_, i) => whatsapp.receive(message(i % 6, `burst-${i}`))));
    const rows = await eventually(async () => {
      const stored = await app.database.prisma.communication.findMany({ where: { externalId: { in: Array.from({ length: 30 }, (_, i) => storedMessageId(`burst-${i}`)) } } });
      return stored.length === 30 ? stored : null;
    }, 30_000);
    await eventually(() => seen.filter((e) => rows.some((r) => r.id === e.communicationId)).length === 30, 30_000);
    const ids = seen.map((e) => e.communicationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.filter((e) => e.newLead)).toHaveLength(6);
    const first = seen.find((e) => e.communicationId === rows[0].id)!;
    expect(first).toMatchObject({ customerId: rows[0].customerId, channel: 'whatsapp', text: rows[0].text });
    expect(first.occurredAt).toBeInstanceOf(Date);
  });

  it('hands the event on again when a retried message finds its row stored but its event not queued (the first run died in between)', async () => {
    await whatsapp.receive(message(1, 'known-first'));
    const known = await eventually(() => app.database.prisma.communication.findFirst({ where: { externalId: storedMessageId('known-first') } }), 10_000);
    await eventually(() => seen.some((e) => e.communicationId === known.id), 10_000);
    // what a run that died between the commit and the hand-over leaves behind: the row only
    const orphan = await storeInboundOnce(app.database.prisma, {
      customerId: known.customerId!, contactId: known.contactId!, channel: 'whatsapp', externalId: 'died-before-publish', text: 'sample please', language: 'en',
      intents: [], chatId: buyer(1), senderExternalId: buyer(1), replyToExternalId: null, threadId: null, attachments: null, occurredAt: new Date(),
    });
    expect(orphan.created).toBe(true);
    const retried = await app.services.inbox.receive(message(1, 'died-before-publish', 'sample please'));
    expect(retried).toMatchObject({ status: 'duplicate', communicationId: orphan.id });
    await eventually(() => seen.some((e) => e.communicationId === orphan.id), 10_000);

    // a further redelivery meets the same job id: nothing runs twice
    await app.services.inbox.receive(message(1, 'died-before-publish', 'sample please'));
    await app.services.inbox.receive(message(1, 'known-first'));
    expect(await buyerJobsPending()).toBe(0);
    expect((await app.jobs!.queue.getJob(buyerMessageJobId(orphan.id)))?.finishedOn).toBeGreaterThan(0);
    expect(seen.filter((e) => e.communicationId === orphan.id)).toHaveLength(1);
    expect(seen.filter((e) => e.communicationId === known.id)).toHaveLength(1);
  });

  it("tells the owner once per message, from the job, after the reactions", async () => {
    const alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
    await linkMember(app, 'alice', 'slack', 'U_ALICE');
    const customer = await app.services.customers.create(alice, 'test', { name: 'Iluminación Azteca', country: 'MX', details: ['+52 55 1234 5678'], contactName: 'Carlos' });
    const carlos = { ...message(0, 'owned-1', '¿precio de 5000 piezas LED-600?'), senderId: '5215512345678@c.us', chatId: '5215512345678@c.us' };
    await whatsapp.receive(carlos);
    await whatsapp.receive({ ...carlos, externalId: 'owned-2', text: '', attachments: [{ kind: 'sticker', ref: 'wa:s1' }] });
    await eventually(() => slack.textsTo('U_ALICE').length === 2, 10_000);
    const [first, second] = slack.textsTo('U_ALICE');
    expect(first).toContain(`#${customer.id} Iluminación Azteca`);
    expect(first).toContain('precio de 5000');
    expect(second).toMatch(/sticker/i);
    const stored = await app.database.prisma.communication.findMany({ where: { externalId: { in: ['owned-1', 'owned-2'].map(storedMessageId) } } });
    expect(seen.filter((e) => stored.some((r) => r.id === e.communicationId))).toHaveLength(2);
    await whatsapp.receive(carlos); // redelivered: no second notice
    await app.inbound!.drain(5000);
    expect(await buyerJobsPending()).toBe(0);
    expect(slack.textsTo('U_ALICE')).toHaveLength(2);
  });

  it('stores the other messages of a batch when one of them cannot be stored', async () => {
    const outcomes = await Promise.allSettled([
      app.services.inbox.receive(message(2, 'batch-ok-1')),
      app.services.inbox.receive(message(3, 'batch-bad', 'nul \u0000 inside')),
      app.services.inbox.receive(message(4, 'batch-ok-2')),
      app.services.inbox.receive(message(5, 'batch-ok-3')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // message ids are stored keyed (they may name the chat)
    const batch = ['batch-ok-1', 'batch-bad', 'batch-ok-2', 'batch-ok-3'].map(storedMessageId);
    const stored = await app.database.prisma.communication.findMany({ where: { externalId: { in: batch } } });
    expect(stored.map((r) => r.externalId).sort()).toEqual([batch[0], batch[2], batch[3]].sort());
  });
});
