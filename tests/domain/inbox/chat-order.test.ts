import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import type { Actor } from '../../../src/domain/team/actor';
import { translateTelegramUpdate } from '../../../src/adapters/telegram.translate';
import { createAppWithAdapters, createFakeChannel } from '../../support/channel-harness';

// Telegram dates messages in whole seconds, and two queue workers may store a chat's messages either way round: the
// timeline orders messages of one second by the platform's own numbering of the chat (chatSeq), not by storage.
const telegram = createFakeChannel('telegram', { customerFacing: true });
let app: App;
let admin: Actor;

beforeAll(async () => {
  app = await createAppWithAdapters([telegram]);
  admin = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
});
afterAll(async () => app?.stop());

describe('a chat\'s messages in one second', () => {
  it('Telegram\'s message_id becomes the message\'s place in its chat', () => {
    const update = { update_id: 1, message: { message_id: 4711, date: 1_764_000_000, chat: { id: 42, type: 'private' }, from: { id: 42, is_bot: false, first_name: 'Ana' }, text: 'hola' } };
    expect(translateTelegramUpdate(update).messages[0]).toMatchObject({ chatSeq: 4711, occurredAt: new Date(1_764_000_000_000) });
  });

  it('shows them in the chat\'s order on the card and in the export, whichever was stored first', async () => {
    const second = new Date(Math.floor(Date.now() / 1000) * 1000);
    const buyer = { senderId: '777000', chatId: '777000', senderName: 'Ana', occurredAt: second };
    // stored in reverse: the later message (seq 9) reaches the database before the earlier one (seq 8)
    await telegram.receive({ ...buyer, externalId: '777000:9', chatSeq: 9, text: 'and 500 more of the blue' });
    await telegram.receive({ ...buyer, externalId: '777000:8', chatSeq: 8, text: 'price for 2000 red lamps?' });
    const customer = await app.database.prisma.communication.findFirstOrThrow({ where: { chatSeq: 9 } });
    const card = await app.services.customers.card(admin, 'test', `#${customer.customerId}`);
    const buyerLines = card.communications.filter((c) => c.direction === 'inbound').map((c) => c.text);
    expect(buyerLines).toEqual(['and 500 more of the blue', 'price for 2000 red lamps?']);
    // the GDPR export lists the person's messages oldest first, in the same order
    const bundle = await app.services.gdpr.export(admin, 'test', `#${customer.contactId}`);
    const exported = (bundle.communications as { direction: string; text: string }[]).filter((c) => c.direction === 'inbound').map((c) => c.text);
    expect(exported).toEqual(['price for 2000 red lamps?', 'and 500 more of the blue']);
    const ids = (await app.database.prisma.communication.findMany({ where: { chatSeq: { in: [8, 9] } }, orderBy: { id: 'asc' } })).map((c) => Number(c.chatSeq));
    expect(ids).toEqual([9, 8]); // stored the other way round indeed
  });
});
