import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { OUTBOX_LEASE_MS } from '../../src/domain/outbox/outbox.service';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../support/channel-harness';
import { killMidSend } from '../jobs/support/kill-mid-send';

// A rep's messages to a buyer leave through the outbox: a refused send is queued and retried, a repeated run sends
// nothing twice, and a send cut off by a crash after the platform took it is not sent again (the rep is told).
const wa = createFakeChannel('wa', { customerFacing: true, replyWindowHours: null });
const work = createFakeChannel('work', { customerFacing: false });
let refusing = false;
const send = wa.send.bind(wa);
wa.send = async (message) => {
  if (refusing) throw new Error('503 Service Unavailable');
  return send(message);
};

let app: App & { databaseUrl: string };
let buyerId: number;

const repMessages = () => app.database.prisma.communication.findMany({ where: { customerId: buyerId, direction: 'outbound', teamMemberId: { not: null } } });

beforeAll(async () => {
  app = await createAppWithAdapters([wa, work]);
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en' });
  await linkMember(app, 'alice', 'work', 'alice-w');
  await wa.receive({ senderId: '31612345678', senderName: 'Jan', text: 'Price for 2,000 LED panels to Rotterdam?', externalId: 'wa-in-1' });
  buyerId = (await app.database.prisma.customer.findFirstOrThrow({ where: { source: 'wa' } })).id;
  await app.database.prisma.customer.update({ where: { id: buyerId }, data: { ownerId: (await app.services.team.byName('alice')).id } });
});
afterAll(async () => app.stop());

describe('a rep\'s message to a buyer, once', () => {
  it('a send the channel refuses is queued, the rep is told, and the outbox\'s retry sends it once and logs it once', async () => {
    refusing = true;
    await work.receive({ senderId: 'alice-w', text: `/reply #${buyerId}: USD 12.40/pc FOB Ningbo`, externalId: 'work-cmd-1' });
    expect(work.textsTo('alice-w').at(-1)).toMatch(/^⏳ wa did not take the message for #\d+ .*retried for up to 45 minutes/);
    expect(wa.textsTo('31612345678')).not.toContain('USD 12.40/pc FOB Ningbo');
    expect(await repMessages()).toHaveLength(0);
    const row = await app.database.prisma.outbox.findFirstOrThrow({ where: { dedupeKey: { startsWith: 'rep-message:' } } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '503 Service Unavailable' });

    refusing = false;
    expect(await app.services.outbox.deliver(row.id, { now: new Date(row.dueAt.getTime() + 1) })).toEqual({ outcome: 'sent' });
    expect(await app.services.outbox.deliver(row.id, { now: new Date(row.dueAt.getTime() + 60_000) })).toEqual({ outcome: 'not_claimed' });
    expect(wa.textsTo('31612345678').filter((t) => t === 'USD 12.40/pc FOB Ningbo')).toHaveLength(1);
    const logged = await repMessages();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ text: 'USD 12.40/pc FOB Ningbo', teamMemberId: (await app.services.team.byName('alice')).id });
    // the platform's id of the message, kept (keyed) so its delivery reports and edits find it
    expect(logged[0].externalId).toMatch(/^mk:/);
    // the row keeps no copy of the words once they are on the timeline
    expect((await app.services.outbox.byId(row.id))!.text).toBe('');
  });

  it('a run repeated with the same key sends nothing again; a new run sends anew', async () => {
    const actor = await app.services.team.byName('alice');
    const before = wa.textsTo('31612345678').length;
    const first = await app.services.inbox.reply(actor, 'work', `#${buyerId}`, 'Samples ship Monday.', 'work:run-7');
    const again = await app.services.inbox.reply(actor, 'work', `#${buyerId}`, 'Samples ship Monday.', 'work:run-7');
    expect([first.status, again.status]).toEqual(['sent', 'sent']);
    expect(wa.textsTo('31612345678').length).toBe(before + 1);
    await app.services.inbox.reply(actor, 'work', `#${buyerId}`, 'Samples ship Monday.', 'work:run-8');
    expect(wa.textsTo('31612345678').length).toBe(before + 2);
    expect((await repMessages()).filter((m) => m.text === 'Samples ship Monday.')).toHaveLength(2);
  });

  it('a sender killed after the platform took the message: not sent again, nothing logged, and the rep is told to check', async () => {
    const alice = await app.services.team.byName('alice');
    const now = new Date();
    const planned = app.services.repMessages.rowFor(alice, buyerId, { channel: 'wa', chatId: '31612345678', contactId: null }, { text: 'Deposit received, thanks!', timeline: 'Deposit received, thanks!' }, 'kill-test', now);
    const [row] = await app.services.outbox.enqueue([planned]);
    // a worker process (the whole app) whose platform request is accepted and never answered, then SIGKILL
    const accepted = await killMidSend(app.databaseUrl, row.id, now);
    expect(accepted.chatId).toBe('31612345678');
    expect(await app.services.outbox.byId(row.id)).toMatchObject({ status: 'sending', attempts: 1 });

    const later = new Date(now.getTime() + OUTBOX_LEASE_MS + 1000);
    const results = await Promise.all([app.services.outbox.deliver(row.id, { now: later }), app.services.outbox.deliver(row.id, { now: later })]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['not_claimed', 'unconfirmed']);
    expect(wa.textsTo('31612345678')).not.toContain('Deposit received, thanks!');
    expect((await repMessages()).filter((m) => m.text === 'Deposit received, thanks!')).toHaveLength(0);
    expect(work.textsTo('alice-w').at(-1)).toMatch(new RegExp(`^⚠️ Your message to #${buyerId} on wa may not have arrived: .*Check the chat`));
  }, 180_000);
});
