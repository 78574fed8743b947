import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/team/actor';
import { addBuyer, addRep, createFollowupApp, days } from '../../support/followup-fixtures';

const t0 = new Date('2026-11-23T03:00:00Z');
let env: Awaited<ReturnType<typeof createFollowupApp>>;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  env = await createFollowupApp();
  alice = await addRep(env.app, 'alice', { locale: 'en' });
  bob = await addRep(env.app, 'bob', { locale: 'en' });
});
afterAll(async () => env.app.stop());

/** A buyer enrolled and with step 1 planned (pending in the outbox). */
async function enrolledBuyer(name: string) {
  const b = await addBuyer(env.app, alice, t0, { name, country: 'DE' });
  await env.app.services.wakeup.run(t0);
  await env.app.services.wakeup.run(new Date(t0.getTime() + days(6.5)));
  const row = await env.app.database.prisma.outbox.findFirstOrThrow({ where: { customerId: b.customer.id, memberId: null } });
  expect(row.status).toBe('pending');
  return { ...b, row };
}

const enrollmentOf = (customerId: number) => env.app.database.prisma.sequenceEnrollment.findFirstOrThrow({ where: { customerId }, orderBy: { id: 'desc' } });

function buyerMessage(customerId: number, communicationId: number, text: string, intents: string[] = [], confidence?: Record<string, number>) {
  return env.app.services.events.emit('buyer.message', {
    communicationId, customerId, contactId: null, channel: 'wa', chatId: 'x', text, language: 'en', intents, confidence, occurredAt: new Date(t0.getTime() + days(7)), newLead: false,
  });
}

describe('wake-up sequences stop at once', () => {
  it('stops when the buyer replies on any channel, drops the pending step, and sends the rep a hot notification once', async () => {
    const { customer, row } = await enrolledBuyer('Reply GmbH');
    await buyerMessage(customer.id, 9001, 'Yes, please send the new price list');
    expect(await enrollmentOf(customer.id)).toMatchObject({ status: 'stopped', stopReason: 'replied' });
    expect((await env.app.services.outbox.byId(row.id))!.status).toBe('skipped');
    expect(await env.app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'not_claimed' });
    expect(env.wa.to(row.chatId)).toHaveLength(0);
    await buyerMessage(customer.id, 9001, 'Yes, please send the new price list'); // redelivered event
    const hot = env.chat.to('alice').filter((s) => s.text.includes('A dormant buyer replied'));
    expect(hot).toHaveLength(1);
    expect(hot[0].text).toContain('Reply GmbH (wa): "Yes, please send the new price list"');
  });

  it('credits a reply within 30 days of a completed sequence\'s last message to it, once; an older one, or an opt-out, not', async () => {
    const replyAt = new Date(t0.getTime() + days(7));
    const completed = async (name: string, lastSentDaysBefore: number) => {
      const { customer } = await addBuyer(env.app, alice, t0, { name, country: 'DE' });
      await env.app.database.prisma.sequenceEnrollment.create({
        data: { customerId: customer.id, sequence: 'dormant', status: 'completed', step: 3, lastSentAt: new Date(replyAt.getTime() - days(lastSentDaysBefore)) },
      });
      return customer;
    };
    const recent = await completed('Credit Recent GmbH', 10);
    const old = await completed('Credit Old GmbH', 40);
    const optedOut = await completed('Credit Optout GmbH', 10);
    await buyerMessage(recent.id, 9201, 'we are ready to order again');
    await buyerMessage(old.id, 9202, 'hello again');
    await buyerMessage(optedOut.id, 9203, 'remove me from your list', ['opt_out']);
    expect(await enrollmentOf(recent.id)).toMatchObject({ status: 'completed', stopReason: 'replied', revivedAt: replyAt });
    expect(await enrollmentOf(old.id)).toMatchObject({ status: 'completed', stopReason: null, revivedAt: null });
    expect(await enrollmentOf(optedOut.id)).toMatchObject({ status: 'completed', stopReason: null, revivedAt: null });
    // the owner hears of the revived buyer once, however often the event comes
    await buyerMessage(recent.id, 9201, 'we are ready to order again');
    expect(env.chat.to('alice').filter((s) => s.text.includes('Credit Recent GmbH'))).toHaveLength(1);
    expect(env.chat.to('alice').filter((s) => s.text.includes('Credit Old GmbH'))).toHaveLength(0);
  });

  it('treats an opt-out reply as an opt-out, not a revival', async () => {
    const { customer } = await enrolledBuyer('Unsub SA');
    await buyerMessage(customer.id, 9002, 'stop sending me messages', ['opt_out']);
    expect(await enrollmentOf(customer.id)).toMatchObject({ status: 'stopped', stopReason: 'opted_out', revivedAt: null });
  });

  it('pauses on a likely opt-out, drops the unsent step and asks the owner to confirm', async () => {
    const { customer, row } = await enrolledBuyer('Maybe Not SL');
    await buyerMessage(customer.id, 9003, 'not interested', ['opt_out'], { opt_out: 0.7 });
    expect(await enrollmentOf(customer.id)).toMatchObject({ status: 'paused', stopReason: null });
    expect(await env.app.services.outbox.byId(row.id)).toBeNull();
    expect(await env.app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'not_claimed' });
    const asks = env.chat.to('alice').filter((s) => s.text.includes('may be asking not to be contacted'));
    expect(asks).toHaveLength(1);
    expect(asks[0].text).toContain(`/sequence #${customer.id} stop`);
    expect(asks[0].text).toContain('The wake-up sequence is paused');
  });

  it('stops at once on a certain opt-out (confidence at or above the threshold)', async () => {
    const { customer } = await enrolledBuyer('Sure Stop SL');
    await buyerMessage(customer.id, 9004, 'unsubscribe', ['opt_out'], { opt_out: 0.95 });
    expect(await enrollmentOf(customer.id)).toMatchObject({ status: 'stopped', stopReason: 'opted_out' });
  });

  it.each([
    ['contact.opted_out', 'opted_out'],
    ['customer.claimed', 'claimed'],
    ['customer.contacted', 're_engaged'],
    ['opportunity.stage', 'won'],
  ] as const)('stops on %s', async (event, reason) => {
    const { customer, contact, row } = await enrolledBuyer(`Stop ${reason} Ltd`);
    const events = env.app.services.events;
    if (event === 'contact.opted_out') await events.emit(event, { contactId: contact.id, customerId: customer.id });
    if (event === 'customer.claimed') await events.emit(event, { customerId: customer.id, memberId: bob.id });
    if (event === 'customer.contacted') await events.emit(event, { customerId: customer.id, memberId: alice.id, at: t0 });
    if (event === 'opportunity.stage') await events.emit(event, { opportunityId: 1, customerId: customer.id, from: 'quoted', to: 'won' });
    expect(await enrollmentOf(customer.id)).toMatchObject({ status: 'stopped', stopReason: reason });
    expect((await env.app.services.outbox.byId(row.id))!.status).toBe('skipped');
  });

  it('does not stop on a stage move that is not a win', async () => {
    const { customer } = await enrolledBuyer('Quoted Only Ltd');
    await env.app.services.events.emit('opportunity.stage', { opportunityId: 2, customerId: customer.id, from: 'lead', to: 'quoted' });
    expect((await enrollmentOf(customer.id)).status).toBe('active');
  });

  it('never sends to a contact who opted out after the step was planned (checked after the claim)', async () => {
    const { customer, contact, row } = await enrolledBuyer('Late Optout BV');
    await env.app.database.prisma.contact.update({ where: { id: contact.id }, data: { optedOut: true } });
    expect(await env.app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'skipped' });
    expect(env.wa.to(row.chatId)).toHaveLength(0);
    expect((await enrollmentOf(customer.id)).status).toBe('stopped');
  });

  it('lets the rep pause and resume: the planned step is dropped and planned again under the same key', async () => {
    const { customer, row } = await enrolledBuyer('Pause AG');
    await env.app.services.sequences.pause(alice, 'test', `#${customer.id}`);
    expect(await env.app.services.outbox.byId(row.id)).toBeNull();
    expect(await enrollmentOf(customer.id)).toMatchObject({ status: 'paused', step: 0 });
    expect((await env.app.services.wakeup.run(new Date(t0.getTime() + days(6.6)))).created.map((r) => r.id)).not.toContain(row.id);
    await expect(env.app.services.sequences.pause(alice, 'test', `#${customer.id}`)).rejects.toMatchObject({ code: 'SEQUENCE_NOT_ACTIVE' });
    await env.app.services.sequences.resume(alice, 'test', `#${customer.id}`);
    await env.app.services.wakeup.run(new Date(t0.getTime() + days(6.7)));
    const again = await env.app.database.prisma.outbox.findFirstOrThrow({ where: { customerId: customer.id, memberId: null } });
    expect(again.dedupeKey).toBe(row.dedupeKey);
    await expect(env.app.services.sequences.pause(bob, 'test', `#${customer.id}`)).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
  });

  it('reports sequence results for the reports issue', async () => {
    const { customer, row } = await enrolledBuyer('Results SpA');
    await env.app.services.outbox.deliver(row.id, { now: row.dueAt });
    await buyerMessage(customer.id, 9100, 'interested again');
    await env.app.database.prisma.opportunity.create({ data: { customerId: customer.id, stage: 'quoted', updatedAt: new Date(t0.getTime() + days(8)) } });
    const results = await env.app.services.sequences.results(new Date(t0.getTime() - days(1)), new Date(t0.getTime() + days(1)));
    expect(results.messagesSent).toBe(1);
    expect(results.reached).toBe(1);
    expect(results.replied).toBe(2); // Reply GmbH and Results SpA
    expect(results.optedOut).toBeGreaterThanOrEqual(3);
    expect(results.revived).toBe(1); // only Results SpA moved a deal after replying
  });
});
