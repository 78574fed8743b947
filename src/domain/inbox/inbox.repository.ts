import type { DbClient, Prisma } from '../db/client';
import { sealStored } from '../crypto/personal-data-cipher';
import { allocateCommunicationIds, communicationContext, revealMessageHandles } from '../customers/communication.repository';
import { handleIndex } from '../team/identity.repository';
import { storedMessageId, storedMessageIdOrNull } from '../crypto/message-id';

/** The buyer behind a platform account: contact, customer and what a notification needs. */
export interface KnownBuyer {
  contactId: number;
  contactName: string;
  contactTimezone: string | null;
  customerId: number;
  customerName: string;
  country: string | null;
  timezone: string | null;
  ownerId: number | null;
  /** the customer's status: lead, active, dormant, pool, lost */
  status: string;
}

interface BuyerRow {
  contact_id: number;
  contact_name: string;
  contact_timezone: string | null;
  customer_id: number;
  customer_name: string;
  country: string | null;
  timezone: string | null;
  owner_id: number | null;
  status: string;
}

function toBuyer(row: BuyerRow): KnownBuyer {
  return {
    contactId: row.contact_id,
    contactName: row.contact_name,
    contactTimezone: row.contact_timezone,
    customerId: row.customer_id,
    customerName: row.customer_name,
    country: row.country,
    timezone: row.timezone,
    ownerId: row.owner_id,
    status: row.status,
  };
}

const BUYER_COLUMNS = `ct.id AS contact_id, ct.name AS contact_name, ct.timezone AS contact_timezone,
  cu.id AS customer_id, cu.name AS customer_name, cu.country, cu.timezone, cu.owner_id, cu.status`;

/** One round trip on the hot path: platform account → live contact → its customer (following a merge). */
export async function findBuyerByIdentity(db: DbClient, channel: string, externalId: string): Promise<KnownBuyer | null> {
  return (await findBuyersByIdentities(db, channel, [externalId])).get(externalId) ?? null;
}

/**
 * Many platform accounts of one channel in one round trip (the inbound worker's batches). Returns the buyers found,
 * by platform account id; accounts without a live contact are absent.
 */
export async function findBuyersByIdentities(db: DbClient, channel: string, externalIds: string[]): Promise<Map<string, KnownBuyer>> {
  const byHash = new Map(externalIds.map((id) => [handleIndex(id), id]));
  const rows = await db.$queryRawUnsafe<(BuyerRow & { external_id_hash: string })[]>(
    `SELECT ci.external_id_hash, ${BUYER_COLUMNS}
       FROM channel_identities ci
       JOIN contacts ct ON ct.id = ci.contact_id AND ct.erased_at IS NULL
       JOIN customers own ON own.id = ct.customer_id
       JOIN customers cu ON cu.id = COALESCE(own.merged_into_id, own.id)
      WHERE ci.channel = $1 AND ci.external_id_hash = ANY($2::text[])`,
    channel,
    [...byHash.keys()],
  );
  return new Map(rows.map((row) => [byHash.get(row.external_id_hash)!, toBuyer(row)]));
}

export async function findBuyerByContactId(db: DbClient, contactId: number): Promise<KnownBuyer | null> {
  const rows = await db.$queryRawUnsafe<BuyerRow[]>(
    `SELECT ${BUYER_COLUMNS}
       FROM contacts ct
       JOIN customers own ON own.id = ct.customer_id
       JOIN customers cu ON cu.id = COALESCE(own.merged_into_id, own.id)
      WHERE ct.id = $1`,
    contactId,
  );
  return rows[0] ? toBuyer(rows[0]) : null;
}

/**
 * The buyer a stored message is from, as its owner's notice needs them (following a merge), in the same statement as
 * the erasure check: null when the message or its contact was erased (GDPR) meanwhile, or it has no contact.
 */
export async function findBuyerOfLiveMessage(db: DbClient, communicationId: number): Promise<KnownBuyer | null> {
  const rows = await db.$queryRawUnsafe<BuyerRow[]>(
    `SELECT ${BUYER_COLUMNS}
       FROM communications c
       JOIN contacts ct ON ct.id = c.contact_id AND ct.erased_at IS NULL
       JOIN customers own ON own.id = ct.customer_id
       JOIN customers cu ON cu.id = COALESCE(own.merged_into_id, own.id)
      WHERE c.id = $1 AND c.text <> '[erased]'`,
    communicationId,
  );
  return rows[0] ? toBuyer(rows[0]) : null;
}

/**
 * Serialises the first messages of one unknown sender across workers and processes, so a burst from a new
 * buyer makes one lead, not several. Held until the transaction ends.
 */
export async function lockSender(tx: DbClient, channel: string, externalId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7270003))`, `${channel}|${externalId}`);
}

/** Records a platform event id; false when it was already recorded (a redelivery). */
export async function recordReceipt(db: DbClient, channel: string, externalId: string): Promise<boolean> {
  const inserted = await db.inboundReceipt.createMany({ data: [{ channel, externalId: storedMessageId(externalId) }], skipDuplicates: true });
  return inserted.count === 1;
}

export async function hasReceipt(db: DbClient, channel: string, externalId: string): Promise<boolean> {
  const row = await db.inboundReceipt.findUnique({ where: { channel_externalId: { channel, externalId: storedMessageId(externalId) } }, select: { channel: true } });
  return row !== null;
}

/** The stored message a platform edit or deletion refers to (by the keyed form of the id it names). */
export function findCommunicationByExternalId(db: DbClient, channel: string, externalId: string) {
  return db.communication.findUnique({
    where: { channel_externalId: { channel, externalId: storedMessageId(externalId) } },
    select: { id: true, customerId: true, text: true, edits: true, deletedAt: true },
  });
}

/** Keeps the earlier text in `edits` ([{ text, at }]) and shows the new one. */
export function applyEdit(db: DbClient, id: number, change: { text: string; previous: string; at: Date; edits: Prisma.JsonValue | null }) {
  const history = Array.isArray(change.edits) ? change.edits : [];
  return db.communication.update({
    where: { id },
    data: { text: change.text, editedAt: change.at, edits: [...history, { text: change.previous, at: change.at.toISOString() }] as Prisma.InputJsonValue },
  });
}

/** A deletion by the sender hides the message from timelines; the row (and its text) stays for the record. */
export function markDeleted(db: DbClient, id: number, at: Date) {
  return db.communication.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: at } });
}

/** Where the buyer last wrote from: the chat a reply goes to, and when (for reply windows). */
export async function lastInboundChat(db: DbClient, customerId: number) {
  const row = await db.communication.findFirst({
    where: { customerId, direction: 'inbound', chatId: { not: null }, deletedAt: null },
    orderBy: { occurredAt: 'desc' },
    select: { id: true, channel: true, chatId: true, contactId: true, occurredAt: true, threadId: true },
  });
  return row && revealMessageHandles(row);
}

/** True when the customer, or the contact behind the chat, asked not to be messaged. */
export async function buyerOptedOut(db: DbClient, customerId: number, contactId: number | null): Promise<boolean> {
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { optedOut: true } });
  if (customer?.optedOut) return true;
  if (contactId === null) return false;
  const contact = await db.contact.findUnique({ where: { id: contactId }, select: { optedOut: true } });
  return contact?.optedOut ?? false;
}

/** chatId and senderExternalId are given in clear and stored encrypted (chat handles are personal data). */
export interface InboundRow {
  customerId: number;
  contactId: number;
  channel: string;
  externalId: string;
  text: string;
  language: string | null;
  intents: string[];
  chatId: string;
  senderExternalId: string;
  replyToExternalId: string | null;
  threadId: string | null;
  attachments: unknown;
  occurredAt: Date;
  /** the platform's order within the chat, when it gives one (see InboundMessage.chatSeq) */
  chatSeq?: number | null;
}

/** ageMs: how long ago the row was stored, measured by the database's own clock (0 for a row stored now). */
export type StoredInbound = { created: boolean; id: number; ageMs: number };

/**
 * Buyers' messages in one statement (the inbound worker's batches): each row is stored unless its (channel,
 * externalId) is already there, and each customer's contact timestamps are touched once for its new rows, as
 * touchCustomerContact does for an inbound message (latest wins, dormant → active), all or nothing. Keys must be
 * distinct within the batch.
 * Returns, per row and in order, the new id, or the stored row's id (and how long ago it was stored) with created = false.
 */
export async function storeInboundBatch(db: DbClient, rows: InboundRow[], reserved?: readonly number[]): Promise<StoredInbound[]> {
  if (!rows.length) return [];
  if (reserved && reserved.length !== rows.length) throw new Error(`${reserved.length} reserved ids for ${rows.length} rows`);
  // ids first, so each row's handles are sealed for that row (a redelivered row's id is simply not used)
  const ids = reserved ?? (await allocateCommunicationIds(db, rows.length));
  // one jsonb parameter, not 13 arrays: unnest cannot carry text[] per row, jsonb_to_recordset can
  const input = rows.map((row, ord) => ({
    ord,
    id: ids[ord],
    customer_id: row.customerId,
    contact_id: row.contactId,
    channel: row.channel,
    text: row.text,
    language: row.language,
    intents: row.intents,
    external_id: storedMessageId(row.externalId),
    chat_id: sealStored(row.chatId, communicationContext('chat_id', ids[ord])),
    sender_external_id: sealStored(row.senderExternalId, communicationContext('sender_external_id', ids[ord])),
    reply_to_external_id: storedMessageIdOrNull(row.replyToExternalId),
    thread_id: row.threadId,
    attachments: row.attachments === undefined ? null : row.attachments,
    // timestamp(3) columns hold UTC; the zone in the ISO text is ignored by the cast, as intended
    occurred_at: row.occurredAt.toISOString(),
    chat_seq: row.chatSeq ?? null,
  }));
  const result = await db.$queryRawUnsafe<{ ord: number; created_id: number | null; existing_id: number | null; existing_age_ms: number | null }[]>(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
         ord int, id int, customer_id int, contact_id int, channel text, text text, language text, intents text[], external_id text,
         chat_id text, sender_external_id text, reply_to_external_id text, thread_id text, attachments jsonb, occurred_at timestamp(3), chat_seq bigint)
     ), ins AS (
       INSERT INTO communications (id, customer_id, contact_id, channel, direction, kind, text, language, intents, external_id, chat_id,
                                   sender_external_id, reply_to_external_id, thread_id, attachments, occurred_at, chat_seq, reacted_at)
       SELECT id, customer_id, contact_id, channel, 'inbound', 'message', text, language, COALESCE(intents, ARRAY[]::text[]), external_id, chat_id,
              sender_external_id, reply_to_external_id, thread_id, NULLIF(attachments, 'null'::jsonb), occurred_at, chat_seq, NULL
         FROM input ORDER BY ord
       ON CONFLICT (channel, external_id) DO NOTHING
       RETURNING id, channel, external_id, customer_id, occurred_at
     ), touched AS (
       UPDATE customers c SET
         last_contact_at = GREATEST(c.last_contact_at, m.latest),
         first_contact_at = COALESCE(c.first_contact_at, m.earliest),
         last_inbound_at = GREATEST(c.last_inbound_at, m.latest),
         status = CASE WHEN c.status = 'dormant' THEN 'active' ELSE c.status END,
         updated_at = now()
       FROM (SELECT customer_id, max(occurred_at) AS latest, min(occurred_at) AS earliest FROM ins GROUP BY customer_id) m
       WHERE c.id = m.customer_id
     )
          -- the age on the database's clock, which wrote created_at: the app's clock may be skewed against it
     SELECT i.ord, ins.id AS created_id, ex.id AS existing_id,
            (extract(epoch FROM (localtimestamp - ex.created_at)) * 1000)::float8 AS existing_age_ms
       FROM input i
       LEFT JOIN ins ON ins.channel = i.channel AND ins.external_id = i.external_id
       LEFT JOIN communications ex ON ins.id IS NULL AND ex.channel = i.channel AND ex.external_id = i.external_id
      ORDER BY i.ord`,
    JSON.stringify(input),
  );
  return Promise.all(
    result.map(async (r, i): Promise<StoredInbound> => {
      if (r.created_id != null) return { created: true, id: Number(r.created_id), ageMs: 0 };
      if (r.existing_id != null) return { created: false, id: Number(r.existing_id), ageMs: Math.max(0, r.existing_age_ms ?? 0) };
      // a concurrent statement stored the row after this one's snapshot was taken: it is there now, stored just now
      const stored = await db.communication.findUnique({ where: { channel_externalId: { channel: rows[i].channel, externalId: storedMessageId(rows[i].externalId) } }, select: { id: true } });
      if (!stored) throw new Error(`an inbound ${rows[i].channel} message was neither stored nor found`);
      return { created: false, id: stored.id, ageMs: 0 };
    }),
  );
}

/** One message, as storeInboundBatch stores it: the new row's id, or the stored row's id with created = false. */
export async function storeInboundOnce(db: DbClient, row: InboundRow, reservedId?: number): Promise<StoredInbound> {
  return (await storeInboundBatch(db, [row], reservedId === undefined ? undefined : [reservedId]))[0];
}

/**
 * Whether a stored message was erased (GDPR) since it was stored: its text was scrubbed or its contact erased. A
 * reaction queued or running at the time of the erase then does nothing, so it cannot write the person back.
 */
export async function isMessageErased(db: DbClient, communicationId: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ erased: boolean }[]>`SELECT (c.text = '[erased]' OR ct.erased_at IS NOT NULL) AS erased
    FROM communications c LEFT JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = ${communicationId}`;
  return rows.length > 0 && rows[0].erased === true;
}

/** The reactions to a stored buyer message all ran (the reaction sweep no longer looks at it). */
export async function markReacted(db: DbClient, communicationId: number): Promise<void> {
  await db.communication.updateMany({ where: { id: communicationId, reactedAt: null }, data: { reactedAt: new Date() } });
}

/** Buyer messages stored before `before` whose reactions never all ran, oldest first. */
export async function unreactedMessages(db: DbClient, before: Date, limit: number) {
  const rows = await db.communication.findMany({
    where: { reactedAt: null, createdAt: { lt: before }, direction: 'inbound', customerId: { not: null } },
    orderBy: { id: 'asc' },
    take: limit,
    select: {
      id: true, customerId: true, contactId: true, channel: true, chatId: true, text: true, language: true, intents: true,
      occurredAt: true, attachments: true,
      customer: { select: { ownerId: true, status: true } },
    },
  });
  return rows.map(revealMessageHandles);
}

/** Whether the customer has a buyer message older than this one (the sweep's way to know a message made the lead). */
export async function hasEarlierInbound(db: DbClient, customerId: number, communicationId: number): Promise<boolean> {
  return (await db.communication.count({ where: { customerId, direction: 'inbound', id: { lt: communicationId } } })) > 0;
}
