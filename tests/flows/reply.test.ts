import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import type { DomainEvents } from '../../src/domain/events';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../support/channel-harness';
import { revealHandles } from '../support/reveal-handles';

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
const telegram = createFakeChannel('telegram', { customerFacing: true, replyWindowHours: null, buttons: true });
const work = createFakeChannel('work', { customerFacing: false });
let app: App;
let leadId: number;
const contacted: DomainEvents['customer.contacted'][] = [];

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp, telegram, work]);
  app.services.events.on('customer.contacted', (e) => void contacted.push(e));
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en' });
  await app.services.team.add({ name: 'li', role: 'rep', regions: ['MENA'], locale: 'zh' });
  await linkMember(app, 'alice', 'work', 'alice-w');
  await linkMember(app, 'li', 'work', 'li-w');
  await telegram.receive({ senderId: '777', senderName: 'Jan de Vries', text: 'Hi, price for 2,000 LED panels to Rotterdam?', externalId: 'tg-1' });
  const lead = await app.database.prisma.customer.findFirstOrThrow({ where: { source: 'telegram' } });
  leadId = lead.id;
  const alice = await app.services.team.byName('alice');
  await app.database.prisma.customer.update({ where: { id: leadId }, data: { ownerId: alice.id } });
});
afterAll(async () => app.stop());

describe('/reply', () => {
  it('sends on the buyer\'s channel and chat, logs it outbound, emits customer.contacted', async () => {
    await work.receive({ senderId: 'alice-w', text: `/reply #${leadId}: Hello Jan, USD 12.40/pc FOB Ningbo.` });
    // the buyer's opening message got the first answer before (automated, by nobody), then the rep's reply
    expect(telegram.textsTo('777')).toEqual([expect.stringMatching(/^Thank you for your message!/), 'Hello Jan, USD 12.40/pc FOB Ningbo.']);
    // a chat lead is named neutrally until a rep names it (the display name stays sealed on the chat account)
    expect(work.textsTo('alice-w').at(-1)).toBe(`Sent to #${leadId} Telegram lead #${leadId} on telegram: Hello Jan, USD 12.40/pc FOB Ningbo.`);
    const out = await app.database.prisma.communication.findFirstOrThrow({ where: { customerId: leadId, direction: 'outbound', teamMemberId: { not: null } } });
    expect(revealHandles(out)).toMatchObject({ channel: 'telegram', chatId: '777', kind: 'message', text: 'Hello Jan, USD 12.40/pc FOB Ningbo.' });
    const customer = await app.database.prisma.customer.findUniqueOrThrow({ where: { id: leadId } });
    expect(customer.lastOutboundAt).not.toBeNull();
    expect(customer.firstResponseAt).not.toBeNull();
    expect(contacted.at(-1)).toMatchObject({ customerId: leadId });
  });

  it('lets only those who may see the customer reply (in their language)', async () => {
    await work.receive({ senderId: 'li-w', text: `/reply #${leadId}: 你好` });
    expect(work.textsTo('li-w').at(-1)).toContain(`找不到您可查看的客户 "#${leadId}"`);
    expect(telegram.textsTo('777')).toHaveLength(2);
  });

  it('refuses outside WhatsApp\'s 24-hour window, and where the buyer never wrote', async () => {
    await whatsapp.receive({ senderId: '4915123456789@c.us', senderName: 'Hans', text: 'hello', externalId: 'wa-1', occurredAt: new Date(Date.now() - 30 * 3_600_000) });
    const hans = await app.database.prisma.customer.findFirstOrThrow({ where: { source: 'whatsapp' } });
    await app.database.prisma.customer.update({ where: { id: hans.id }, data: { ownerId: (await app.services.team.byName('alice')).id } });
    await work.receive({ senderId: 'alice-w', text: `/reply #${hans.id}: are you there?` });
    expect(work.textsTo('alice-w').at(-1)).toContain('outside the 24-hour window; only approved templates');
    expect(whatsapp.sent).toHaveLength(0);
    const alice = await app.services.team.byName('alice');
    await app.services.customers.create(alice, 'work', { name: 'Quiet Imports BV', country: 'NL', details: [] });
    await work.receive({ senderId: 'alice-w', text: '/reply Quiet Imports BV: hi' });
    expect(work.textsTo('alice-w').at(-1)).toContain('has not written to us on any chat yet');
  });

  it('explains its usage on bad input and sends nothing', async () => {
    const before = telegram.sent.length;
    for (const text of ['/reply', `/reply #${leadId}`, `/reply #${leadId}:   `]) {
      await work.receive({ senderId: 'alice-w', text });
      expect(work.textsTo('alice-w').at(-1)).toContain('Usage: /reply <customer>: <text>');
    }
    await work.receive({ senderId: 'alice-w', text: `/reply #${leadId}: ${'x'.repeat(20_001)}` });
    expect(work.textsTo('alice-w').at(-1)).toContain('too long');
    expect(telegram.sent.length).toBe(before);
  });
});
