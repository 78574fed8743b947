import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/app';
import { addBuyer, buyerSays, createSignalsApp, DAY, tagsOf } from './signals-fixtures';

let app: App;
let slack: Awaited<ReturnType<typeof createSignalsApp>>['slack'];
const alertsToBoss = () => slack.textsTo('U_BOSS').filter((t) => t.startsWith('⚠️'));

beforeAll(async () => {
  ({ app, slack } = await createSignalsApp());
});
afterAll(async () => app?.stop());

describe('customer tags kept from the intent history', () => {
  it('tags price-sensitive on the second price question within 90 days, with the evidence message, and shows it on the card', async () => {
    const buyer = await addBuyer(app, { name: 'Iluminación Azteca', country: 'MX', phone: '+52 55 1234 5678', contact: 'Carlos' });
    const old = await buyerSays(app, buyer, { text: 'precio?', intents: ['price_inquiry'], occurredAt: new Date(Date.now() - 120 * DAY) });
    await buyerSays(app, buyer, { text: '¿cuánto cuesta el LED-600?', intents: ['price_inquiry'], occurredAt: new Date(Date.now() - 30 * DAY) });
    // the first one is older than 90 days: one price question in the window is not price sensitivity
    expect(await tagsOf(app, buyer.customerId)).toEqual([]);
    const second = await buyerSays(app, buyer, { text: 'y el precio para 5000 piezas?', intents: ['price_inquiry', 'moq'] });
    expect(await tagsOf(app, buyer.customerId)).toEqual([{ tag: 'price-sensitive', source: 'intent', evidenceCommunicationId: second.communicationId }]);
    expect(second.communicationId).not.toBe(old.communicationId);

    const alice = (await app.services.team.identify('slack', 'U_ALICE'))!;
    const card = await app.services.customers.card(alice, 'test', `#${buyer.customerId}`);
    const { formatCustomerCard } = await import('../../../src/domain/cards/customer-card.format');
    expect(formatCustomerCard(card, 'en')).toContain('Tags: price-sensitive (evidence: ');
    expect(formatCustomerCard(card, 'en')).toContain('"y el precio para 5000 piezas?"');
    expect(formatCustomerCard(card, 'zh')).toContain('标签: 价格敏感（依据：');
  });

  it('tags one discount request, competitors, quality and samples; an order confirmation ends the sample stage', async () => {
    const buyer = await addBuyer(app, { name: 'Gulf Lighting Trading', country: 'AE', phone: '+971 50 123 4567', contact: 'Omar' });
    const discount = await buyerSays(app, buyer, { text: 'can you give discount', intents: ['discount_request'] });
    const rival = await buyerSays(app, buyer, { text: 'your price is higher than other supplier', intents: ['discount_request', 'competitor_mention'] });
    const ce = await buyerSays(app, buyer, { text: 'do you have CE certificate?', intents: ['certification'] });
    const sample = await buyerSays(app, buyer, { text: 'Please send a sample', intents: ['sample_request'] });
    expect(await tagsOf(app, buyer.customerId)).toEqual([
      { tag: 'comparing-competitors', source: 'intent', evidenceCommunicationId: rival.communicationId },
      // evidence follows the newest message that earned it
      { tag: 'price-sensitive', source: 'intent', evidenceCommunicationId: rival.communicationId },
      { tag: 'quality-focused', source: 'intent', evidenceCommunicationId: ce.communicationId },
      { tag: 'sample-stage', source: 'intent', evidenceCommunicationId: sample.communicationId },
    ]);
    expect(discount.communicationId).toBeLessThan(rival.communicationId);
    await buyerSays(app, buyer, { text: 'We confirm the order, PO attached', intents: ['order_confirmation'] });
    expect((await tagsOf(app, buyer.customerId)).map((t) => t.tag)).toEqual(['comparing-competitors', 'price-sensitive', 'quality-focused']);
  });

  it("leaves a rep's own tag of the same name alone", async () => {
    const buyer = await addBuyer(app, { name: 'Nordlicht Handels GmbH', country: 'DE', phone: '+49 151 2345 6789', contact: 'Jonas' });
    await app.database.prisma.customerTag.create({ data: { customerId: buyer.customerId, tag: 'quality-focused', source: 'manual' } });
    await buyerSays(app, buyer, { text: 'Haben Sie ein CE-Zertifikat?', intents: ['certification'] });
    expect(await tagsOf(app, buyer.customerId)).toEqual([{ tag: 'quality-focused', source: 'manual', evidenceCommunicationId: null }]);
  });
});

describe('risk signals to the owner’s manager', () => {
  it('alerts the manager, in his language and channel, once per evidence message', async () => {
    const buyer = await addBuyer(app, { name: 'Andes Importaciones SAC', country: 'PE', phone: '+51 912 345 678', contact: 'Lucía' });
    const before = alertsToBoss().length;
    const ask = await buyerSays(app, buyer, { text: '¿Podemos pagar a 90 días después de la entrega?', intents: ['payment_extension'] });
    expect(alertsToBoss()).toHaveLength(before + 1);
    const alert = alertsToBoss().at(-1)!;
    expect(alert).toContain(`⚠️ 风险信号：#${buyer.customerId} Andes Importaciones SAC 🇵🇪（负责人：Alice Wang）`);
    expect(alert).toContain('Lucía 要求延长账期或延期付款');
    expect(alert).toContain('¿Podemos pagar a 90 días');
    expect(alert).toContain('建议：风险提示');
    // the same event again (a handler re-run, a redelivery) alerts nobody twice
    await app.services.events.emit('buyer.message', ask);
    expect(alertsToBoss()).toHaveLength(before + 1);
    expect(await app.database.prisma.auditLog.count({ where: { action: 'alert', customerId: buyer.customerId } })).toBe(1);
    // the rep is not the one alerted
    expect(slack.textsTo('U_ALICE').some((t) => t.includes('风险信号') || t.startsWith('⚠️'))).toBe(false);
  });

  it('alerts an order split, and stays quiet when the buyer repeats it the same day', async () => {
    const buyer = await addBuyer(app, { name: 'Lagos Power Solutions Ltd', country: 'NG', phone: '+234 802 123 4567', contact: 'Chidi' });
    const before = alertsToBoss().length;
    await buyerSays(app, buyer, { text: 'Please split the order into two shipments', intents: ['order_split'] });
    await buyerSays(app, buyer, { text: 'and two invoices please, split it', intents: ['order_split'] });
    expect(alertsToBoss()).toHaveLength(before + 1);
    expect(alertsToBoss().at(-1)).toContain('要求拆单');
  });

  it('alerts on the third quote revision within 30 days, not on three spread over longer', async () => {
    const spread = await addBuyer(app, { name: 'Istanbul Aydınlatma AŞ', country: 'TR', phone: '+90 532 123 4567', contact: 'Emre' });
    const before = alertsToBoss().length;
    for (const days of [70, 35, 0]) {
      await buyerSays(app, spread, { text: 'please revise the quote again', intents: ['quote_revision'], occurredAt: new Date(Date.now() - days * DAY) });
    }
    expect(alertsToBoss()).toHaveLength(before);

    const busy = await addBuyer(app, { name: 'Warsaw Light Sp. z o.o.', country: 'PL', phone: '+48 512 345 678', contact: 'Piotr' });
    await buyerSays(app, busy, { text: 'revise the PI please', intents: ['quote_revision'], occurredAt: new Date(Date.now() - 20 * DAY) });
    await buyerSays(app, busy, { text: 'again, new quote with 3000 pcs', intents: ['quote_revision'], occurredAt: new Date(Date.now() - 5 * DAY) });
    expect(alertsToBoss()).toHaveLength(before);
    await buyerSays(app, busy, { text: 'one more revision please', intents: ['quote_revision'] });
    expect(alertsToBoss()).toHaveLength(before + 1);
    expect(alertsToBoss().at(-1)).toContain('30 天内已 3 次');
    // a fourth in the same window: the manager already knows
    await buyerSays(app, busy, { text: 'and again with FOB price', intents: ['quote_revision'] });
    expect(alertsToBoss()).toHaveLength(before + 1);
  });

  it('tells nobody when the owner has no manager (and does not fail the other reactions)', async () => {
    const buyer = await addBuyer(app, { name: 'Hanoi Lamp JSC', country: 'VN', phone: '+84 912 345 678', contact: 'Minh' });
    const boss = await app.database.prisma.teamMember.findUniqueOrThrow({ where: { name: 'boss' } });
    await app.database.prisma.customer.update({ where: { id: buyer.customerId }, data: { ownerId: boss.id } });
    const before = slack.sent.length;
    await buyerSays(app, buyer, { text: 'Cho tôi trả chậm 60 ngày được không? báo giá giảm giá nhé', intents: ['payment_extension', 'discount_request'] });
    expect(slack.sent.length).toBe(before);
    expect((await tagsOf(app, buyer.customerId)).map((t) => t.tag)).toEqual(['price-sensitive']);
  });
});

describe('bad input', () => {
  it('does nothing for empty, unknown or "other" intents', async () => {
    const buyer = await addBuyer(app, { name: 'Osaka Denki KK', country: 'JP', phone: '+81 90 1234 5678', contact: 'Sato' });
    const before = { sent: slack.sent.length, opps: await app.database.prisma.opportunity.count() };
    await buyerSays(app, buyer, { text: '👍', intents: [] });
    await buyerSays(app, buyer, { text: 'ok', intents: ['other'] });
    const junk = await buyerSays(app, buyer, { text: 'x', intents: ['not_an_intent'] });
    await app.services.events.emit('buyer.message', { ...junk, intents: [42, null, 'SAMPLE_REQUEST'] as unknown as string[] });
    await app.services.events.emit('buyer.message', { ...junk, intents: undefined as unknown as string[] });
    expect(await tagsOf(app, buyer.customerId)).toEqual([]);
    expect(slack.sent.length).toBe(before.sent);
    expect(await app.database.prisma.opportunity.count()).toBe(before.opps);
  });

  it('ignores a message for a customer that does not exist, without an error', async () => {
    const errors: unknown[] = [];
    const logged = vi.spyOn(app.services.logger, 'error');
    const before = { tags: await app.database.prisma.customerTag.count(), opps: await app.database.prisma.opportunity.count(), sent: slack.sent.length };
    await app.services.events.emit('buyer.message', {
      communicationId: 999_999, customerId: 987_654, contactId: null, channel: 'whatsapp', chatId: 'x@c.us', text: 'please send a sample, can we pay later?',
      language: 'en', intents: ['sample_request', 'payment_extension', 'opt_out'], occurredAt: new Date(), newLead: false,
    }).catch((e) => errors.push(e));
    expect(errors).toEqual([]);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    expect(await app.database.prisma.customerTag.count()).toBe(before.tags);
    expect(await app.database.prisma.opportunity.count()).toBe(before.opps);
    expect(slack.sent.length).toBe(before.sent);
  });
});
