import type { DbClient } from '../db/client';
import { allocateCommunicationIds, communicationContext, revealMessageHandles } from '../customers/communication.repository';
import { sealStored } from '../crypto/personal-data-cipher';

export interface OpenerFacts {
  communicationId: number;
  customerId: number;
  contactId: number | null;
  channel: string;
  chatId: string;
  language: string | null;
  intents: string[];
  occurredAt: Date;
  /** when the buyer's latest message before this one was written (none: null); within the quiet days, no new conversation */
  previousAt: Date | null;
  ownerId: number | null;
  optedOut: boolean;
  /** the buyer's zone (contact's, else customer's), if known */
  zone: string | null;
  country: string | null;
}

/**
 * A stored buyer message with what the first answer needs to decide (null when it is not a buyer's message), and the
 * setting `settingKey` as stored (undefined when never saved). One statement: it runs for every buyer message, and
 * the five reads it replaced were a fifth of a reaction's queries.
 */
export async function openerFacts(db: DbClient, communicationId: number, settingKey: string): Promise<{ setting: unknown; facts: OpenerFacts | null }> {
  const rows = await db.$queryRaw<{
    setting: unknown; id: number | null; customer_id: number | null; contact_id: number | null; channel: string; chat_id: string | null; language: string | null;
    intents: string[]; occurred_at: Date; direction: string; owner_id: number | null; customer_opted_out: boolean | null;
    customer_timezone: string | null; country: string | null; contact_opted_out: boolean | null; contact_timezone: string | null; previous_at: Date | null;
  }[]>`
    SELECT (SELECT s.value FROM settings s WHERE s.key = ${settingKey}) AS setting,
           c.id, c.customer_id, c.contact_id, c.channel, c.chat_id, c.language, c.intents, c.occurred_at, c.direction,
           cu.owner_id, cu.opted_out AS customer_opted_out, cu.timezone AS customer_timezone, cu.country,
           ct.opted_out AS contact_opted_out, ct.timezone AS contact_timezone,
           (SELECT max(m.occurred_at) FROM communications m
             WHERE m.customer_id = c.customer_id AND m.direction = 'inbound' AND m.id <> c.id AND m.occurred_at <= c.occurred_at
               AND (m.occurred_at < c.occurred_at OR m.id < c.id)) AS previous_at
      FROM (SELECT 1) AS always
      LEFT JOIN communications c ON c.id = ${communicationId}::int
      LEFT JOIN customers cu ON cu.id = c.customer_id
      LEFT JOIN contacts ct ON ct.id = c.contact_id`;
  const row = rows[0];
  const setting = row.setting ?? undefined;
  if (row.id === null || row.direction !== 'inbound' || !row.customer_id || row.customer_opted_out === null || !row.chat_id) return { setting, facts: null };
  const clear = revealMessageHandles({ id: row.id, chatId: row.chat_id });
  return {
    setting,
    facts: {
      communicationId: row.id, customerId: row.customer_id, contactId: row.contact_id, channel: row.channel, chatId: clear.chatId!,
      language: row.language, intents: row.intents ?? [], occurredAt: row.occurred_at, previousAt: row.previous_at,
      ownerId: row.owner_id, optedOut: row.customer_opted_out || (row.contact_opted_out ?? false),
      zone: row.contact_timezone ?? row.customer_timezone ?? null, country: row.country,
    },
  };
}

/** Whether the message opens a conversation: the buyer wrote nothing in the `quietDays` before it. */
export function opensConversation(facts: Pick<OpenerFacts, 'occurredAt' | 'previousAt'>, quietDays: number): boolean {
  return facts.previousAt === null || facts.occurredAt.getTime() - facts.previousAt.getTime() > quietDays * 86_400_000;
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
