import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/team/actor';
import { addBuyer, addRep, createFollowupApp, days } from '../../support/followup-fixtures';

const t0 = new Date('2026-11-23T03:00:00Z');
// plans made where the channel has no reply window; sent (by another instance, later) where it has one of 24 h
let planner: Awaited<ReturnType<typeof createFollowupApp>>;
let sender: Awaited<ReturnType<typeof createFollowupApp>>;
let alice: Actor;

beforeAll(async () => {
  planner = await createFollowupApp({ waWindowHours: null });
  sender = await createFollowupApp({ url: planner.url, waWindowHours: 24 });
  alice = await addRep(planner.app, 'alice', { locale: 'en' });
});
afterAll(async () => {
  await sender?.app.stop();
  await planner?.app.stop();
});

async function plannedRow(name: string) {
  const b = await addBuyer(planner.app, alice, t0, { name, country: 'DE' });
  await planner.app.services.wakeup.run(t0);
  await planner.app.services.wakeup.run(new Date(t0.getTime() + days(6.5)));
  const stored = await planner.app.database.prisma.outbox.findFirstOrThrow({ where: { customerId: b.customer.id, memberId: null } });
  // through the outbox service: the row's chat id is sealed in the table
  const row = (await planner.app.services.outbox.byId(stored.id))!;
  return { ...b, row };
}

describe('the reply window is checked again when the outbox sends', () => {
  it('skips free text to a buyer whose window closed since it was planned, tells the rep, sends nothing', async () => {
    const { row } = await plannedRow('Closed Window GmbH');
    expect(await sender.app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'skipped' });
    expect(await sender.app.services.outbox.byId(row.id)).toMatchObject({ status: 'skipped', lastError: 'reply_window' });
    expect(sender.wa.to(row.chatId)).toHaveLength(0);
    expect(sender.chat.to('alice').map((s) => s.text).join('\n')).toMatch(/Closed Window GmbH was skipped: on wa the buyer's reply window is closed/);
  });

  it('sends when the buyer wrote on that channel within the window', async () => {
    const { customer, contact, row } = await plannedRow('Open Window GmbH');
    await sender.app.database.prisma.communication.create({
      data: { customerId: customer.id, contactId: contact.id, channel: 'wa', direction: 'inbound', text: 'hi', occurredAt: new Date(row.dueAt.getTime() - 2 * 3_600_000) },
    });
    expect(await sender.app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'sent' });
    expect(sender.wa.to(row.chatId)).toHaveLength(1);
  });
});
