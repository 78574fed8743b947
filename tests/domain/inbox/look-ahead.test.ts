import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import type { InboundMessage } from '../../../src/domain/channel-contract';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../../support/channel-harness';

// On a customer-facing channel the inbox's look-ups (the buyer, the row's id) start beside the member check.
const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
const REP = '8613800138000@c.us';
let app: App;

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp]);
  await app.services.team.add({ name: 'bob', role: 'rep', locale: 'en' });
  await linkMember(app, 'bob', 'whatsapp', REP);
});
afterAll(async () => app?.stop());

describe('looking ahead for a buyer\'s message', () => {
  it('stores the message under the id taken beside the member check', async () => {
    const buyer = '5215512345678@c.us';
    const message: InboundMessage = {
      channel: 'whatsapp', externalId: 'look-ahead-1', kind: 'message', senderId: buyer, chatId: buyer, text: 'precio de 500 lámparas?', occurredAt: new Date(), isDirect: true,
    };
    const ahead = app.services.inbox.lookAhead(message);
    const [, reserved] = await ahead;
    expect(await app.services.inbox.receive(message, ahead)).toMatchObject({ status: 'stored', communicationId: reserved });
  });

  it('answers a team member writing to the company number as a member: nothing of theirs is stored as a buyer\'s', async () => {
    const stored = await app.database.prisma.communication.count();
    const customers = await app.database.prisma.customer.count();
    await whatsapp.receive({ senderId: REP, text: '/help' });
    expect(whatsapp.textsTo(REP).at(-1)).toContain('/new');
    expect(await app.database.prisma.communication.count()).toBe(stored);
    expect(await app.database.prisma.customer.count()).toBe(customers);
  });
});
