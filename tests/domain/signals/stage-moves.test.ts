import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import type { OutboundMessage } from '../../../src/domain/channel-contract';
import { formatCustomerCard } from '../../../src/domain/cards/customer-card.format';
import { linkMember } from '../../support/channel-harness';
import { storedMessageId } from '../../../src/domain/crypto/message-id';
import { addBuyer, buyerSays, createSignalsApp } from './signals-fixtures';

type Harness = Awaited<ReturnType<typeof createSignalsApp>>;
let app: App;
let whatsapp: Harness['whatsapp'];
let slack: Harness['slack'];
let events: Harness['events'];

beforeAll(async () => {
  ({ app, whatsapp, slack, events } = await createSignalsApp());
  await app.services.team.add({ name: 'bob', displayName: 'Bob Chen', role: 'rep', regions: ['EU'], locale: 'en' });
  await linkMember(app, 'bob', 'slack', 'U_BOB');
});
afterAll(async () => app?.stop());

const db = () => app.database.prisma;
const opportunitiesOf = (customerId: number) => db().opportunity.findMany({ where: { customerId }, orderBy: { id: 'asc' } });
const changesOf = (opportunityId: number) => db().stageChange.findMany({ where: { opportunityId }, orderBy: { id: 'asc' } });
// the stage notice (with buttons) goes out while the event is handled, i.e. before the inbox's own notice
const lastNoticeTo = (chatId: string): OutboundMessage => slack.sent.filter((m) => m.chatId === chatId && m.buttons?.length).at(-1)!;
const press = async (member: string, action: { id: string; value?: string }) => {
  await slack.receive({ senderId: member, text: '', kind: 'action', action });
  return slack.textsTo(member).at(-1)!;
};

describe('stage moves made by buyers’ messages', () => {
  it('moves a new deal to sample on a sample request, tells the rep with an Undo that works once', async () => {
    const buyer = await addBuyer(app, { name: 'Iluminación Azteca', country: 'MX', phone: '+52 55 1234 5678', contact: 'Carlos' });
    await whatsapp.receive({ senderId: '5215512345678@c.us', senderName: 'Carlos', text: 'Necesito una muestra y el tiempo de entrega', externalId: 'wa-sample' });
    const message = await db().communication.findFirstOrThrow({ where: { externalId: storedMessageId('wa-sample') } });

    const [opportunity] = await opportunitiesOf(buyer.customerId);
    expect(opportunity).toMatchObject({ stage: 'sample', pendingWon: false });
    const [change] = await changesOf(opportunity.id);
    expect(change).toMatchObject({ fromStage: 'lead', toStage: 'sample', cause: 'intent', communicationId: message.id, byMemberId: null, undoneAt: null });
    expect(events.stage).toContainEqual({ opportunityId: opportunity.id, customerId: buyer.customerId, from: 'lead', to: 'sample' });

    // the inbox notice reads what the buyer wants; a second notice carries the Undo
    expect(slack.textsTo('U_ALICE')).toContainEqual(expect.stringContaining('🏷 asks for a sample and lead time → Next: Send the sample policy'));
    const notice = lastNoticeTo('U_ALICE');
    expect(notice.text).toContain('Deal moved lead → sample automatically');
    expect(notice.buttons).toEqual([{ label: 'Undo', action: 'stage.undo', value: String(change.id) }]);

    const reply = await press('U_ALICE', { id: 'stage.undo', value: String(change.id) });
    expect(reply).toBe(`Undone: the deal of #${buyer.customerId} Iluminación Azteca is back at lead (was sample).`);
    expect((await opportunitiesOf(buyer.customerId))[0].stage).toBe('lead');
    const after = await changesOf(opportunity.id);
    expect(after[0].undoneAt).toBeInstanceOf(Date);
    expect(after[1]).toMatchObject({ fromStage: 'sample', toStage: 'lead', cause: 'undo', byMemberId: (await db().teamMember.findUniqueOrThrow({ where: { name: 'alice' } })).id });
    expect(events.stage.at(-1)).toEqual({ opportunityId: opportunity.id, customerId: buyer.customerId, from: 'sample', to: 'lead' });
    expect(await db().auditLog.count({ where: { action: 'stage', customerId: buyer.customerId } })).toBe(1);

    // a second press: nothing to undo, and it says so
    expect(await press('U_ALICE', { id: 'stage.undo', value: String(change.id) })).toContain(`No automatic stage move #${change.id} that can be undone (already undone on`);
    expect(await changesOf(opportunity.id)).toHaveLength(2);
  });

  it('proposes a win on an order confirmation; the rep confirms it (card shows the pending state before)', async () => {
    const buyer = await addBuyer(app, { name: 'Gulf Lighting Trading', country: 'AE', phone: '+971 50 123 4567', contact: 'Omar' });
    const alice = (await app.services.team.identify('slack', 'U_ALICE'))!;
    await app.services.pipeline.move(alice, 'test', `#${buyer.customerId}`, 'quoted');
    const event = await buyerSays(app, buyer, { text: 'We confirm the order, PO attached', intents: ['order_confirmation'], language: 'en' });

    const [opportunity] = await opportunitiesOf(buyer.customerId);
    expect(opportunity).toMatchObject({ stage: 'won', pendingWon: true });
    expect(opportunity.closedAt).toBeInstanceOf(Date);
    expect((await changesOf(opportunity.id)).at(-1)).toMatchObject({ fromStage: 'quoted', toStage: 'won', cause: 'intent', communicationId: event.communicationId });
    const card = await app.services.customers.card(alice, 'test', `#${buyer.customerId}`);
    expect(formatCustomerCard(card, 'en')).toContain('Stage: won (pending confirmation)');
    expect(formatCustomerCard(card, 'zh')).toContain('阶段: 成交（待确认）');

    const notice = lastNoticeTo('U_ALICE');
    expect(notice.text).toContain('Deal moved quoted → won, pending your confirmation');
    expect(notice.buttons?.map((b) => b.action)).toEqual(['stage.confirm-won', 'stage.undo']);
    expect(await press('U_ALICE', { id: 'stage.confirm-won', value: String(opportunity.id) })).toBe(`Confirmed: the deal of #${buyer.customerId} Gulf Lighting Trading is won.`);
    expect((await opportunitiesOf(buyer.customerId))[0]).toMatchObject({ stage: 'won', pendingWon: false });
    expect(await press('U_ALICE', { id: 'stage.confirm-won', value: String(opportunity.id) })).toContain('is not waiting for a won confirmation');
  });

  it('undoes a proposed win back to where the deal was', async () => {
    const buyer = await addBuyer(app, { name: 'Nordlicht Handels GmbH', country: 'DE', phone: '+49 151 2345 6789', contact: 'Jonas' });
    await buyerSays(app, buyer, { text: 'Bitte senden Sie ein Muster', intents: ['sample_request'], language: 'de' });
    await buyerSays(app, buyer, { text: 'Wir bestätigen die Bestellung', intents: ['order_confirmation'], language: 'de' });
    const [opportunity] = await opportunitiesOf(buyer.customerId);
    const won = (await changesOf(opportunity.id)).at(-1)!;
    expect(won).toMatchObject({ fromStage: 'sample', toStage: 'won' });
    await press('U_ALICE', { id: 'stage.undo', value: String(won.id) });
    expect((await opportunitiesOf(buyer.customerId))[0]).toMatchObject({ stage: 'sample', pendingWon: false, closedAt: null });
  });
});

describe('never backwards', () => {
  it('leaves a deal that is further along where it is', async () => {
    const buyer = await addBuyer(app, { name: 'Andes Importaciones SAC', country: 'PE', phone: '+51 912 345 678', contact: 'Lucía' });
    await buyerSays(app, buyer, { text: 'confirmamos el pedido', intents: ['order_confirmation'], language: 'es' });
    const [won] = await opportunitiesOf(buyer.customerId);
    const before = (await changesOf(won.id)).length;
    const stageEvents = events.stage.length;
    await buyerSays(app, buyer, { text: 'otra muestra por favor', intents: ['sample_request'], language: 'es' });
    await buyerSays(app, buyer, { text: 'precio?', intents: ['price_inquiry'], language: 'es' });
    expect((await db().opportunity.findUniqueOrThrow({ where: { id: won.id } })).stage).toBe('won');
    expect(await changesOf(won.id)).toHaveLength(before);
    // nor does a new deal start while the rep has not settled the proposed win
    expect(await opportunitiesOf(buyer.customerId)).toHaveLength(1);
    expect(events.stage).toHaveLength(stageEvents);

    // a deal already at sample stays there on another sample request
    const open = await addBuyer(app, { name: 'Istanbul Aydınlatma AŞ', country: 'TR', phone: '+90 532 123 4567', contact: 'Emre' });
    await buyerSays(app, open, { text: 'numune lütfen', intents: ['sample_request'], language: 'tr' });
    await buyerSays(app, open, { text: 'bir numune daha', intents: ['sample_request'], language: 'tr' });
    const [atSample] = await opportunitiesOf(open.customerId);
    expect(atSample.stage).toBe('sample');
    expect(await changesOf(atSample.id)).toHaveLength(1);
  });

  it('refuses an undo once the deal has moved since, and undo by someone who cannot see the customer', async () => {
    const buyer = await addBuyer(app, { name: 'Warsaw Light Sp. z o.o.', country: 'PL', phone: '+48 512 345 678', contact: 'Piotr' });
    await buyerSays(app, buyer, { text: 'proszę o próbkę', intents: ['sample_request'], language: 'pl' });
    const [opportunity] = await opportunitiesOf(buyer.customerId);
    const [change] = await changesOf(opportunity.id);

    expect(await press('U_BOB', { id: 'stage.undo', value: String(change.id) })).toBe(`No customer "#${buyer.customerId}" that you can see. Try /find <text>.`);
    expect(await press('U_ALICE', { id: 'stage.undo', value: 'abc' })).toContain('I could not read that: "abc"');
    expect(await press('U_ALICE', { id: 'stage.undo', value: '999999' })).toContain('No automatic stage move #999999');
    expect((await db().opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).stage).toBe('sample');

    const alice = (await app.services.team.identify('slack', 'U_ALICE'))!;
    await app.services.pipeline.move(alice, 'test', `#${buyer.customerId}`, 'quoted');
    expect(await press('U_ALICE', { id: 'stage.undo', value: String(change.id) })).toContain('has moved since (now: quoted)');
    expect((await db().opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).stage).toBe('quoted');
    expect((await db().stageChange.findUniqueOrThrow({ where: { id: change.id } })).undoneAt).toBeNull();
  });
});
