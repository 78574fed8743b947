import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../support/channel-harness';

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24, files: true });
const telegram = createFakeChannel('telegram', { customerFacing: true, replyWindowHours: null, buttons: true, files: true });
const work = createFakeChannel('work', { customerFacing: false, files: true, buttons: true });
const COMPANY = { COMPANY_NAME: 'Ningbo Bright Lighting Co., Ltd.', COMPANY_BANK: 'Bank of Ningbo', COMPANY_BANK_SWIFT: 'BKNBCN2N', COMPANY_BANK_ACCOUNT: '7101 0122 0000 1234' };
let app: App;
let buyerId: number;
const db = () => app.database.prisma;
const lastTo = (chatId: string) => work.textsTo(chatId).at(-1) ?? '';

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp, telegram, work], COMPANY);
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en' });
  await linkMember(app, 'alice', 'work', 'alice-w');
  await telegram.receive({ senderId: '777', senderName: 'Ян Новак', text: 'Price for 2,000 LED panels to Gdańsk?', externalId: 'tg-1' });
  const buyer = await db().customer.findFirstOrThrow({ where: { source: 'telegram' } });
  buyerId = buyer.id;
  // a chat lead is named neutrally until a rep names it (no display name in clear): alice names it as the buyer writes it
  await db().customer.update({ where: { id: buyerId }, data: { ownerId: (await app.services.team.byName('alice')).id, country: 'PL', name: 'Ян Новак', normalizedName: 'ян новак' } });
});
afterAll(async () => app.stop());

describe('/quote send', () => {
  it('sends the approved proforma invoice to the buyer\'s own chat as a document and logs it on the timeline', async () => {
    await work.receive({ senderId: 'alice-w', text: `/quote #${buyerId}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy, valid 15d` });
    const quote = await db().quote.findFirstOrThrow({ where: { customerId: buyerId } });
    expect(quote.status).toBe('approved');
    await work.receive({ senderId: 'alice-w', text: `/quote send ${quote.number}` });
    expect(lastTo('alice-w')).toBe(`Sent ${quote.number}-v1.pdf to #${buyerId} Ян Новак on telegram; logged on the timeline.`);
    const sent = telegram.sent.filter((m) => m.chatId === '777').at(-1)!;
    expect(sent.text).toBe(`Proforma invoice ${quote.number} v1 from Ningbo Bright Lighting Co., Ltd.: USD 6,400.00.`);
    expect(sent.files?.map((f) => [f.name, f.mimeType])).toEqual([[`${quote.number}-v1.pdf`, 'application/pdf']]);
    const text = (await new PDFParse({ data: sent.files![0].data }).getText()).text;
    expect(text).toContain('Ян Новак');
    expect(text).toContain('30% deposit: USD 1,920.00');
    expect(text).toContain('SWIFT: BKNBCN2N');
    expect(text).not.toContain('DRAFT');
    const logged = await db().communication.findFirstOrThrow({ where: { customerId: buyerId, direction: 'outbound' }, orderBy: { id: 'desc' } });
    expect(logged.text).toBe(`Proforma invoice ${quote.number} v1 sent (${quote.number}-v1.pdf, USD 6,400.00)`);
    expect(logged.attachments).toEqual([{ kind: 'document', name: `${quote.number}-v1.pdf`, mimeType: 'application/pdf', size: sent.files![0].data.length }]);
  });

  it('offers a "Send to buyer" button on an approved quote, which sends it', async () => {
    // a revision of the first quote (a bare `/quote <customer>` would be a new quote number)
    const first = await db().quote.findFirstOrThrow({ where: { customerId: buyerId } });
    const from = work.sent.length;
    await work.receive({ senderId: 'alice-w', text: `/quote ${first.number}: LED-600 x1000 @3.50 USD FOB Ningbo, 30% deposit, 70% against BL copy` });
    // the reply leaves as its text (with the button) and then the PDF, one outbox row each
    const [reply, pdf] = work.sent.slice(from).filter((m) => m.chatId === 'alice-w');
    expect(pdf?.files?.[0].name).toMatch(/-v2\.pdf$/);
    const button = reply.buttons?.find((b) => b.label === 'Send to buyer');
    expect(button).toBeTruthy();
    const before = telegram.sent.length;
    await work.receive({ senderId: 'alice-w', text: '', kind: 'action', action: { id: button!.action, value: button!.value } });
    expect(lastTo('alice-w')).toMatch(/^Sent Q-\d{4}-\d{4}-v2\.pdf/);
    expect(telegram.sent.length).toBe(before + 1);
    expect(telegram.sent.at(-1)!.files?.[0].name).toMatch(/-v2\.pdf$/);
    expect(telegram.sent.at(-1)!.text).toContain('USD 3,500.00');
  });

  it('finds the version asked for, or the customer\'s latest quote; a superseded version is not sent', async () => {
    const quote = await db().quote.findFirstOrThrow({ where: { customerId: buyerId }, orderBy: { id: 'desc' } });
    expect(quote.version).toBe(2);
    const before = telegram.sent.length;
    await work.receive({ senderId: 'alice-w', text: `/quote send ${quote.number} v2` });
    await work.receive({ senderId: 'alice-w', text: `/quote send #${buyerId}` });
    expect(telegram.sent.length).toBe(before + 2);
    await work.receive({ senderId: 'alice-w', text: `/quote send ${quote.number} v1` });
    expect(lastTo('alice-w')).toContain(`Quote ${quote.number} v1 is`);
    expect(lastTo('alice-w')).toContain('only an approved quote version can be sent to the buyer');
    await work.receive({ senderId: 'alice-w', text: `/quote send ${quote.number} v9` });
    expect(lastTo('alice-w')).toContain(`No quote "${quote.number} v9" that you can see.`);
    expect(telegram.sent.length).toBe(before + 2);
  });

  it('refuses a quote that is not approved, a buyer who opted out, and WhatsApp outside its window; nothing is sent', async () => {
    const quote = await db().quote.findFirstOrThrow({ where: { customerId: buyerId }, orderBy: { id: 'desc' } });
    const before = telegram.sent.length;
    await db().quote.update({ where: { id: quote.id }, data: { status: 'pending' } });
    await work.receive({ senderId: 'alice-w', text: `/quote send ${quote.number}` });
    expect(lastTo('alice-w')).toContain('only an approved quote version can be sent to the buyer');
    await db().quote.update({ where: { id: quote.id }, data: { status: 'approved' } });
    await db().customer.update({ where: { id: buyerId }, data: { optedOut: true } });
    await work.receive({ senderId: 'alice-w', text: `/quote send ${quote.number}` });
    expect(lastTo('alice-w')).toBe('Not sent: Ян Новак asked not to receive messages from us (opt-out).');
    await db().customer.update({ where: { id: buyerId }, data: { optedOut: false } });
    expect(telegram.sent.length).toBe(before);

    await whatsapp.receive({ senderId: '4915123456789@c.us', senderName: 'Hans', text: 'hello', externalId: 'wa-1', occurredAt: new Date(Date.now() - 30 * 3_600_000) });
    const hans = await db().customer.findFirstOrThrow({ where: { source: 'whatsapp' } });
    await db().customer.update({ where: { id: hans.id }, data: { ownerId: (await app.services.team.byName('alice')).id } });
    await work.receive({ senderId: 'alice-w', text: `/quote #${hans.id}: LED-600 x100 @3.50 USD FOB Ningbo` });
    await work.receive({ senderId: 'alice-w', text: `/quote send #${hans.id}` });
    expect(lastTo('alice-w')).toContain('outside the 24-hour window');
    expect(whatsapp.sent).toHaveLength(0);
  });
});
