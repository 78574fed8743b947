import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { OPT_OUT_CONFIRMATIONS } from '../../../src/domain/signals/opt-out-confirmations';
import { addBuyer, buyerSays, createSignalsApp } from './signals-fixtures';
import { revealHandles } from '../../support/reveal-handles';
import { withoutFirstAnswers } from '../../support/first-answers';

type Harness = Awaited<ReturnType<typeof createSignalsApp>>;
let app: App;
let whatsapp: Harness['whatsapp'];
let slack: Harness['slack'];
let events: Harness['events'];

beforeAll(async () => {
  ({ app, whatsapp, slack, events } = await createSignalsApp());
});
afterAll(async () => app?.stop());

const contact = (id: number) => app.database.prisma.contact.findUniqueOrThrow({ where: { id } });
const customer = (id: number) => app.database.prisma.customer.findUniqueOrThrow({ where: { id } });

describe('opt-out', () => {
  it('marks the contact (and its only-contact customer) opted out, says so in Spanish on the buyer’s chat, once', async () => {
    const buyer = await addBuyer(app, { name: 'Iluminación Azteca', country: 'MX', phone: '+52 55 1234 5678', contact: 'Carlos' });
    await whatsapp.receive({ senderId: '5215512345678@c.us', senderName: 'Carlos', text: 'Por favor no me envíen más mensajes', externalId: 'wa-stop-1' });

    const row = await contact(buyer.contactId);
    expect(row.optedOut).toBe(true);
    expect(row.optedOutAt).toBeInstanceOf(Date);
    expect((await customer(buyer.customerId)).optedOut).toBe(true);
    expect(events.optedOut).toContainEqual({ contactId: buyer.contactId, customerId: buyer.customerId });
    expect(withoutFirstAnswers(whatsapp.textsTo('5215512345678@c.us'))).toEqual([OPT_OUT_CONFIRMATIONS.es]);
    // the bot's answer is on the timeline, so the rep sees what the buyer was told
    const logged = await app.database.prisma.communication.findFirstOrThrow({ where: { customerId: buyer.customerId, direction: 'outbound' } });
    expect(revealHandles(logged)).toMatchObject({ text: OPT_OUT_CONFIRMATIONS.es, language: 'es', channel: 'whatsapp', chatId: '5215512345678@c.us', teamMemberId: null });
    // the owner's notice says what the buyer wants and what to do
    expect(slack.textsTo('U_ALICE').at(-1)).toContain('🏷 asks not to be contacted → Next: Stop all sequences');

    // asking again changes nothing and is not answered again (no loop with an auto-responder)
    await whatsapp.receive({ senderId: '5215512345678@c.us', senderName: 'Carlos', text: 'STOP', externalId: 'wa-stop-2' });
    expect(withoutFirstAnswers(whatsapp.textsTo('5215512345678@c.us'))).toHaveLength(1);
    expect(events.optedOut.filter((e) => e.contactId === buyer.contactId)).toHaveLength(1);
  });

  it('confirms in Arabic to an Arabic buyer', async () => {
    const buyer = await addBuyer(app, { name: 'Gulf Lighting Trading', country: 'AE', phone: '+971 50 123 4567', contact: 'Omar' });
    await whatsapp.receive({ senderId: '971501234567@c.us', senderName: 'Omar', text: 'الرجاء إلغاء الاشتراك وعدم مراسلتي', externalId: 'wa-ar-stop' });
    expect((await contact(buyer.contactId)).optedOut).toBe(true);
    expect(withoutFirstAnswers(whatsapp.textsTo('971501234567@c.us'))).toEqual([OPT_OUT_CONFIRMATIONS.ar]);
  });

  it('answers a bare "STOP" in the language of the buyer’s earlier messages; the customer stays reachable through its other contact', async () => {
    const buyer = await addBuyer(app, { name: 'Andes Importaciones SAC', country: 'PE', phone: '+51 912 345 678', contact: 'Lucía' });
    const alice = (await app.services.team.identify('slack', 'U_ALICE'))!;
    await app.services.customers.addContact(alice, 'test', `#${buyer.customerId}`, { name: 'Jorge', role: 'finance', detail: '+51 913 222 333' });
    await whatsapp.receive({ senderId: '51912345678@c.us', senderName: 'Lucía', text: 'Hola, necesito el catálogo de paneles LED', externalId: 'wa-pe-1' });
    await whatsapp.receive({ senderId: '51912345678@c.us', senderName: 'Lucía', text: 'STOP', externalId: 'wa-pe-2' });
    expect((await contact(buyer.contactId)).optedOut).toBe(true);
    expect((await customer(buyer.customerId)).optedOut).toBe(false);
    expect(withoutFirstAnswers(whatsapp.textsTo('51912345678@c.us'))).toEqual([OPT_OUT_CONFIRMATIONS.es]);
  });

  it('falls back to English when the language is not one of ours', async () => {
    const buyer = await addBuyer(app, { name: 'Nairobi Solar Traders', country: 'KE', phone: '+254 712 345 678', contact: 'Wanjiru' });
    await buyerSays(app, buyer, { text: 'Tafadhali acha kunitumia ujumbe', intents: ['opt_out'], language: 'sw' });
    expect((await contact(buyer.contactId)).optedOut).toBe(true);
    expect(withoutFirstAnswers(whatsapp.textsTo(buyer.chatId))).toEqual([OPT_OUT_CONFIRMATIONS.en]);
  });

  it('keeps the opt-out when the buyer’s channel cannot be reached for the confirmation', async () => {
    const buyer = await addBuyer(app, { name: 'Busan Lamp Co', country: 'KR', phone: '+82 10 1234 5678', contact: 'Kim' });
    const event = await buyerSays(app, buyer, { text: 'seed', intents: [] });
    await app.services.events.emit('buyer.message', { ...event, channel: 'fax', text: '더 이상 메시지를 보내지 마세요', language: 'ko', intents: ['opt_out'] });
    expect((await contact(buyer.contactId)).optedOut).toBe(true);
    expect(events.optedOut).toContainEqual({ contactId: buyer.contactId, customerId: buyer.customerId });
  });

  it('only pauses and asks the owner when the opt-out is likely, not certain ("not interested")', async () => {
    const buyer = await addBuyer(app, { name: 'Lisboa Luz Lda', country: 'PT', phone: '+351 912 345 678', contact: 'Rita' });
    await whatsapp.receive({ senderId: '351912345678@c.us', senderName: 'Rita', text: 'Não tenho interesse, obrigada', externalId: 'wa-pt-maybe' });
    // nothing is decided for the owner: the contact stays reachable and the buyer gets no automated answer
    expect((await contact(buyer.contactId)).optedOut).toBe(false);
    expect(events.optedOut.filter((e) => e.contactId === buyer.contactId)).toHaveLength(0);
    expect(withoutFirstAnswers(whatsapp.textsTo('351912345678@c.us'))).toEqual([]);
    // the owner is asked to confirm
    expect(slack.textsTo('U_ALICE').some((t) => t.includes('Lisboa Luz Lda') && t.includes('may be asking not to be contacted'))).toBe(true);
  });

  it('does not read ordinary "don\'t send by air" or "stop production" messages as opt-outs', async () => {
    const buyer = await addBuyer(app, { name: 'Hamburg Leuchten GmbH', country: 'DE', phone: '+49 151 2345 6789', contact: 'Jonas' });
    await whatsapp.receive({ senderId: '4915123456789@c.us', senderName: 'Jonas', text: "Please don't send by air, sea freight is fine", externalId: 'wa-de-air' });
    await whatsapp.receive({ senderId: '4915123456789@c.us', senderName: 'Jonas', text: 'When do you stop production for Chinese New Year?', externalId: 'wa-de-cny' });
    expect((await contact(buyer.contactId)).optedOut).toBe(false);
    expect(withoutFirstAnswers(whatsapp.textsTo('4915123456789@c.us'))).toEqual([]);
    expect(slack.textsTo('U_ALICE').some((t) => t.includes('Hamburg Leuchten') && t.includes('may be asking'))).toBe(false);
  });
});
