import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../src/app';
import { createAppWithAdapters, createFakeChannel, eventually, linkMember } from '../support/channel-harness';
import { testQueuePrefix } from '../support/db';

/**
 * Issue 15: an erase while work for the person is queued or running. A reaction to their message that was already
 * handed to a worker (the job scrubber cannot remove a job a worker holds), and a message to them that a sender has
 * claimed and is holding back for the channel's send limit, run after the erase: neither writes them back nor sends.
 */
const BUYER = { jid: '34612345678@c.us', phone: '+34 612 34 56 78', name: 'Rosa Villalobos', email: 'rosa.villalobos@papeleria-villalobos.es' };
const TRACES = ['Rosa', 'Villalobos', BUYER.email, '34612345678', '612345678', '612 34 56 78', 'piezas de papel'];

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
const slack = createFakeChannel('slack', { customerFacing: false });
let app: App & { databaseUrl: string };

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp, slack], { QUEUE_PREFIX: testQueuePrefix('erase-flight'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en' });
  await linkMember(app, 'alice', 'slack', 'U_ALICE');
}, 120_000);
afterAll(async () => app?.stop());

const pgDump = () => execFileSync('pg_dump', ['--no-owner', '--no-privileges', app.databaseUrl], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
const tracesIn = (text: string) => TRACES.filter((t) => text.toLowerCase().includes(t.toLowerCase()));

describe('an erase while work for the person is queued or running', () => {
  it('a reaction that runs after the erase, and a claimed send to them, write nothing back and send nothing', async () => {
    const db = app.database.prisma;
    await whatsapp.receive({ senderId: BUYER.jid, senderName: BUYER.name, text: `Hola, soy ${BUYER.name}, ${BUYER.email}` });
    const lead = await eventually(() => db.customer.findFirst({ where: { source: 'whatsapp' } }), 20_000);
    const alice = await app.services.team.byName('alice');
    await db.customer.update({ where: { id: lead.id }, data: { ownerId: alice.id, ownedSince: new Date() } });
    const contact = await db.contact.findFirstOrThrow({ where: { customerId: lead.id } });
    await app.services.customers.addContact(alice, 'test', `#${lead.id}`, { name: BUYER.name, role: 'purchasing', detail: BUYER.phone });

    // the next message is stored; its reaction (the owner's notice quoting it) waits for a worker
    await app.jobs!.queue.pause();
    await whatsapp.receive({ senderId: BUYER.jid, senderName: BUYER.name, text: `${BUYER.name}: confirmo 3000 piezas de papel` });
    await eventually(async () => (await db.communication.count({ where: { customerId: lead.id, direction: 'inbound' } })) === 2, 20_000);
    await eventually(async () => (await app.jobs!.queue.getJobCounts('waiting', 'prioritized')).prioritized + (await app.jobs!.queue.getJobCounts('waiting')).waiting > 0, 20_000);
    // and a message to them is queued
    const [toBuyer] = await app.services.outbox.enqueue([{
      dedupeKey: 'erase-flight:to-buyer', channel: 'whatsapp', chatId: BUYER.jid, contactId: contact.id, customerId: lead.id,
      text: `Hola ${BUYER.name}, sus 3000 piezas de papel salen el lunes`, dueAt: new Date(),
    }]);
    const sentBefore = whatsapp.sent.length;

    // a sender claims it and waits for the send limit; the erase comes meanwhile (no job scrubber: the worker has it)
    const root = await app.services.team.byName('root');
    let erased: { contacts: number } | undefined;
    const outcome = await app.services.outbox.deliver(toBuyer.id, {
      now: new Date(),
      throttle: async () => {
        erased = await app.services.gdpr.erase(root, 'cli', BUYER.phone);
      },
    });
    expect(erased?.contacts).toBe(2);
    expect(outcome).toEqual({ outcome: 'not_claimed' });
    expect(whatsapp.sent.slice(sentBefore).filter((m) => m.chatId === BUYER.jid)).toEqual([]);

    // the reaction runs now, after the erase
    const completedBefore = (await app.jobs!.queue.getJobCounts('completed')).completed;
    await app.jobs!.queue.resume();
    await eventually(async () => {
      const counts = await app.jobs!.queue.getJobCounts('waiting', 'active', 'prioritized', 'completed');
      return counts.completed > completedBefore && counts.waiting + counts.active + counts.prioritized === 0;
    }, 30_000);
    await eventually(async () => (await db.communication.count({ where: { customerId: lead.id, reactedAt: null } })) === 0, 20_000);
    // nothing quoting them reached alice after the erase, and nothing of them is left
    expect(slack.textsTo('U_ALICE').filter((t) => t.includes('piezas'))).toEqual([]);
    expect(tracesIn(pgDump())).toEqual([]);
  }, 180_000);
});
