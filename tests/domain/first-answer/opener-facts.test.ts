import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunication } from '../../../src/domain/customers/communication.repository';
import { openerFacts, opensConversation } from '../../../src/domain/first-answer/first-answer.repository';
import { writeSetting } from '../../../src/domain/settings/settings.repository';
import { FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema } from '../../../src/domain/first-answer/first-answer.settings';
import { findSignalParties } from '../../../src/domain/signals/signals.repository';
import { addRep, createFollowupApp, days } from '../../support/followup-fixtures';

// the reads every buyer message's reactions make, each one statement: what they answer, on a real database
const t0 = new Date('2026-11-23T08:00:00Z');
let env: Awaited<ReturnType<typeof createFollowupApp>>;
const db = () => env.app.database.prisma;

beforeAll(async () => {
  env = await createFollowupApp();
});
afterAll(async () => env.app.stop());

async function buyer(name: string, data: Record<string, unknown> = {}) {
  const customer = await db().customer.create({ data: { name, normalizedName: name.toLowerCase(), status: 'lead', ...data } });
  const contact = await db().contact.create({ data: { customerId: customer.id, name: `${name} buyer` } });
  return { customer, contact };
}

const inbound = (customerId: number, contactId: number | null, occurredAt: Date, extra: Record<string, unknown> = {}) =>
  createCommunication(db(), { customerId, contactId, channel: 'wa', direction: 'inbound', kind: 'message', text: 'hi', chatId: `chat-${customerId}`, occurredAt, ...extra });

const facts = async (communicationId: number) => (await openerFacts(db(), communicationId, FIRST_ANSWER_SETTINGS_KEY)).facts;
const opens = async (communicationId: number, quietDays: number) => opensConversation((await facts(communicationId))!, quietDays);

describe('openerFacts: whether a buyer message opens a conversation, and what its answer needs', () => {
  it('a first message, and one after the quiet days, open one; one within them does not; the chat id comes back in clear', async () => {
    const { customer, contact } = await buyer('Quiet Buyer', { country: 'MX', timezone: 'America/Mexico_City' });
    await db().contact.update({ where: { id: contact.id }, data: { timezone: 'America/Monterrey' } });
    const first = await inbound(customer.id, contact.id, t0, { language: 'es', intents: ['price_inquiry'] });
    expect(await facts(first.id)).toEqual({
      communicationId: first.id, customerId: customer.id, contactId: contact.id, channel: 'wa', chatId: `chat-${customer.id}`,
      language: 'es', intents: ['price_inquiry'], occurredAt: t0, previousAt: null, ownerId: null, optedOut: false,
      zone: 'America/Monterrey', country: 'MX',
    });
    expect(await opens(first.id, 14)).toBe(true);
    const soon = await inbound(customer.id, contact.id, new Date(t0.getTime() + days(3)));
    expect(await opens(soon.id, 14)).toBe(false);
    // 20 days after the last one: quiet for 14, a new conversation (and with 30 quiet days, not); our own messages in
    // between do not count
    await createCommunication(db(), { customerId: customer.id, contactId: contact.id, channel: 'wa', direction: 'outbound', kind: 'message', text: 'hola', chatId: 'x', occurredAt: new Date(t0.getTime() + days(10)) });
    const late = await inbound(customer.id, contact.id, new Date(t0.getTime() + days(23)));
    expect((await facts(late.id))?.previousAt).toEqual(new Date(t0.getTime() + days(3)));
    expect(await opens(late.id, 14)).toBe(true);
    expect(await opens(late.id, 30)).toBe(false);
    // the same instant: the lower id came first
    const twin = await inbound(customer.id, contact.id, t0);
    expect(await opens(twin.id, 14)).toBe(false);
    expect(await opens(first.id, 14)).toBe(true);
  });

  it('an opt-out on the customer or the contact counts; the customer\'s zone stands in for a contact without one; not a buyer message: null', async () => {
    const { customer, contact } = await buyer('Opted Buyer', { timezone: 'Europe/Madrid' });
    await db().contact.update({ where: { id: contact.id }, data: { optedOut: true } });
    const message = await inbound(customer.id, contact.id, t0);
    expect(await facts(message.id)).toMatchObject({ optedOut: true, zone: 'Europe/Madrid', country: null, ownerId: null });
    const noContact = await inbound(customer.id, null, new Date(t0.getTime() + days(30)));
    expect(await facts(noContact.id)).toMatchObject({ optedOut: false, contactId: null, zone: 'Europe/Madrid' });
    const outbound = await createCommunication(db(), { customerId: customer.id, contactId: contact.id, channel: 'wa', direction: 'outbound', kind: 'message', text: 'hola', chatId: 'x', occurredAt: t0 });
    expect(await facts(outbound.id)).toBeNull();
    expect(await facts(999_999_999)).toBeNull();
  });

  it('the first-answer setting comes with the facts, as stored, even for a message that is not a buyer\'s', async () => {
    const { customer, contact } = await buyer('Setting Buyer');
    const message = await inbound(customer.id, contact.id, t0);
    expect((await openerFacts(db(), message.id, 'no-such-setting')).setting).toBeUndefined();
    await writeSetting(db(), FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema, { enabled: false, quietDays: 9 });
    expect((await openerFacts(db(), message.id, FIRST_ANSWER_SETTINGS_KEY)).setting).toEqual({ enabled: false, quietDays: 9, texts: {} });
    expect((await openerFacts(db(), 999_999_999, FIRST_ANSWER_SETTINGS_KEY)).setting).toEqual({ enabled: false, quietDays: 9, texts: {} });
    await writeSetting(db(), FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema, {});
  });
});

describe('findSignalParties: the owner, who manages them, and the contact who wrote', () => {
  const customerOf = async (customerId: number) => (await findSignalParties(db(), customerId, null))?.customer;
  it('the owner\'s own manager first, else their team\'s; never the owner; no owner: none', async () => {
    const boss = await addRep(env.app, 'sig-boss', { role: 'manager' });
    const lead = await addRep(env.app, 'sig-lead', { role: 'manager' });
    const rep = await addRep(env.app, 'sig-rep');
    const team = await db().team.create({ data: { name: 'Sig team', managerId: lead.id } });
    await db().teamMember.updateMany({ where: { id: { in: [rep.id, lead.id] } }, data: { teamId: team.id } });
    const { customer } = await buyer('Owned Buyer', { ownerId: rep.id, country: 'BR' });
    const repName = (await db().teamMember.findUniqueOrThrow({ where: { id: rep.id } })).displayName;
    expect(await customerOf(customer.id)).toEqual({ id: customer.id, name: 'Owned Buyer', country: 'BR', ownerId: rep.id, ownerName: repName, managerId: lead.id });
    await db().teamMember.update({ where: { id: rep.id }, data: { managerId: boss.id } });
    expect((await customerOf(customer.id))?.managerId).toBe(boss.id);
    // the team's manager owns it: nobody above them here
    await db().customer.update({ where: { id: customer.id }, data: { ownerId: lead.id } });
    expect((await customerOf(customer.id))?.managerId).toBeNull();
    const { customer: unowned } = await buyer('Unowned Buyer');
    expect(await customerOf(unowned.id)).toEqual({ id: unowned.id, name: 'Unowned Buyer', country: null, ownerId: null, ownerName: null, managerId: null });
    expect(await findSignalParties(db(), 999_999_999, null)).toBeNull();
  });

  it('the contact comes in the same read: its language, opt-out and erasure; none given or none found: null', async () => {
    const { customer, contact } = await buyer('Contact Buyer');
    await db().contact.update({ where: { id: contact.id }, data: { language: 'pt', optedOut: true } });
    expect((await findSignalParties(db(), customer.id, contact.id))?.contact).toEqual({
      id: contact.id, name: 'Contact Buyer buyer', customerId: customer.id, language: 'pt', optedOut: true, erasedAt: null,
    });
    const erasedAt = new Date('2026-11-30T10:00:00Z');
    await db().contact.update({ where: { id: contact.id }, data: { erasedAt } });
    expect((await findSignalParties(db(), customer.id, contact.id))?.contact?.erasedAt).toEqual(erasedAt);
    expect((await findSignalParties(db(), customer.id, 999_999_999))?.contact).toBeNull();
    expect((await findSignalParties(db(), customer.id, null))?.contact).toBeNull();
    expect((await findSignalParties(db(), customer.id, null))?.customer.name).toBe('Contact Buyer');
  });
});
