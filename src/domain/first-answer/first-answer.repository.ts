import type { DbClient } from '../db/client';
import { allocateCommunicationIds, communicationContext, revealMessageHandles } from '../customers/communication.repository';
import { sealStored } from '../crypto/personal-data-cipher';

const DAY = 86_400_000;

export interface OpenerFacts {
  communicationId: number;
  customerId: number;
  contactId: number | null;
  channel: string;
  chatId: string;
  language: string | null;
  intents: string[];
  occurredAt: Date;
  /** the buyer wrote before this message within the quiet days: not a new conversation */
  earlier: boolean;
  ownerId: number | null;
  optedOut: boolean;
  /** the buyer's zone (contact's, else customer's), if known */
  zone: string | null;
  country: string | null;
}

/** A stored buyer message with what the first answer needs to decide; null when it is not a buyer's message. */
export async function openerFacts(db: DbClient, communicationId: number, quietDays: number): Promise<OpenerFacts | null> {
  const row = await db.communication.findUnique({
    where: { id: communicationId },
    select: {
      id: true, customerId: true, contactId: true, channel: true, chatId: true, language: true, intents: true, occurredAt: true, direction: true,
      customer: { select: { ownerId: true, optedOut: true, timezone: true, country: true } },
      contact: { select: { optedOut: true, timezone: true } },
    },
  });
  if (!row || row.direction !== 'inbound' || !row.customerId || !row.customer || !row.chatId) return null;
  const since = new Date(row.occurredAt.getTime() - quietDays * DAY);
  const [{ earlier }] = await db.$queryRaw<{ earlier: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM communications m WHERE m.customer_id = ${row.customerId}::int AND m.direction = 'inbound' AND m.id <> ${row.id}::int
                   AND m.occurred_at >= ${since} AND (m.occurred_at < ${row.occurredAt} OR (m.occurred_at = ${row.occurredAt} AND m.id < ${row.id}::int))) AS earlier`;
  const clear = revealMessageHandles({ id: row.id, chatId: row.chatId });
  return {
    communicationId: row.id, customerId: row.customerId, contactId: row.contactId, channel: row.channel, chatId: clear.chatId!,
    language: row.language, intents: row.intents, occurredAt: row.occurredAt, earlier,
    ownerId: row.customer.ownerId, optedOut: row.customer.optedOut || (row.contact?.optedOut ?? false),
    zone: row.contact?.timezone ?? row.customer.timezone ?? null, country: row.customer.country,
  };
}

/** Who answers and when they work: the owner, their team's hours and holidays (if they have a team). */
export async function ownerSchedule(db: DbClient, memberId: number) {
  return db.teamMember.findUnique({
    where: { id: memberId },
    select: { displayName: true, timezone: true, status: true, team: { select: { timezone: true, businessHours: true, holidays: true } } },
  });
}

/** The first answer on the timeline: outbound, by nobody (an automated message is not a rep's answer: the SLA still runs). */
export async function recordFirstAnswer(db: DbClient, m: { customerId: number | null; contactId: number | null; channel: string; chatId: string; text: string; language: string | null; at: Date }) {
  const [id] = await allocateCommunicationIds(db, 1);
  await db.$executeRaw`INSERT INTO communications (id, customer_id, contact_id, channel, chat_id, direction, kind, text, language, occurred_at)
    VALUES (${id}, ${m.customerId}, ${m.contactId}, ${m.channel}, ${sealStored(m.chatId, communicationContext('chat_id', id))}, 'outbound', 'message', ${m.text}, ${m.language}, ${m.at})`;
}

/**
 * What the last check before the send needs: whether the customer or the contact asked not to be messaged, and when
 * the buyer last wrote on this channel (for a channel with a reply window).
 */
export async function sendState(db: DbClient, customerId: number | null, contactId: number | null, channel: string): Promise<{ optedOut: boolean; lastInboundAt: Date | null }> {
  if (customerId === null) return { optedOut: true, lastInboundAt: null };
  const [row] = await db.$queryRaw<{ optedOut: boolean; lastInboundAt: Date | null }[]>`
    SELECT COALESCE((SELECT opted_out FROM customers WHERE id = ${customerId}::int), true)
        OR COALESCE((SELECT opted_out FROM contacts WHERE id = ${contactId}::int), false) AS "optedOut",
           (SELECT max(m.occurred_at) FROM communications m WHERE m.customer_id = ${customerId}::int AND m.channel = ${channel}
              AND m.direction = 'inbound') AS "lastInboundAt"`;
  return row;
}
