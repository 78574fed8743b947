import type { DbClient, Prisma } from '../db/client';
import { revealMessageHandles } from '../customers/communication.repository';
import { chatKey } from '../conversation/conversation.repository';
import { handleIndex, revealIdentity } from '../team/identity.repository';
import { OLDEST_FIRST } from '../db/timeline-order';

/** The erased marker that replaces personal text: the row keeps its date, direction and kind for the reports. */
export const ERASED = '[erased]';

export function contactsWithCustomer(db: DbClient, ids: number[]) {
  return db.contact.findMany({ where: { id: { in: ids } }, include: { customer: { select: { id: true, name: true, country: true } } }, orderBy: { id: 'asc' } });
}

export async function identitiesOfContacts(db: DbClient, contactIds: number[]) {
  const rows = await db.channelIdentity.findMany({ where: { contactId: { in: contactIds } }, orderBy: { id: 'asc' } });
  return rows.map(revealIdentity);
}

// a phone number as an account id: WhatsApp user and legacy ids, phone-number logins
const PHONE_ACCOUNT_FORMS = [(d: string) => `${d}@c.us`, (d: string) => `${d}@s.whatsapp.net`, (d: string) => `+${d}`];

/** Team members' chat accounts that are this person too (same account, or an account id made of their phone). */
export function memberIdentitiesMatching(db: DbClient, contactIds: number[], phoneDigits: string[]) {
  return db.channelIdentity.findMany({
    where: {
      teamMemberId: { not: null },
      OR: [
        { contactId: { in: contactIds } },
        { externalIdHash: { in: phoneDigits.flatMap((digits) => PHONE_ACCOUNT_FORMS.map((form) => handleIndex(form(digits)))) } },
      ],
    },
    include: { teamMember: { select: { name: true } } },
  });
}

/**
 * Messages on their customers' timelines sent from one of the person's chat accounts but not linked to the contact.
 * Sender ids are encrypted with a random IV, so they are compared in clear here rather than in SQL.
 */
async function sentFromAccounts(db: DbClient, contactIds: number[], customerIds: number[], externalIds: string[]): Promise<number[]> {
  if (!externalIds.length || !customerIds.length) return [];
  const accounts = new Set(externalIds);
  const rows = await db.communication.findMany({
    where: { customerId: { in: customerIds }, senderExternalId: { not: null }, OR: [{ contactId: null }, { contactId: { notIn: contactIds } }] },
    select: { id: true, senderExternalId: true },
  });
  return rows.filter((r) => accounts.has(revealMessageHandles({ ...r, chatId: null }).senderExternalId!)).map((r) => r.id);
}

/** The person's messages: linked to the contact, or sent from one of their chat accounts on their customers' timelines. */
async function communicationsWhere(db: DbClient, contactIds: number[], customerIds: number[], externalIds: string[]) {
  const sent = await sentFromAccounts(db, contactIds, customerIds, externalIds);
  return { OR: [{ contactId: { in: contactIds } }, ...(sent.length ? [{ id: { in: sent } }] : [])] };
}

/**
 * The person's messages, and every note or message (on any customer) whose text mentions one of `mentions` (their
 * email, phone in its usual forms, chat handles): an export by email must show the call note that quotes it.
 */
export async function communicationsOf(db: DbClient, contactIds: number[], customerIds: number[], externalIds: string[], mentions: string[] = []) {
  const mentioning = mentions.length
    ? (await db.$queryRaw<{ id: number }[]>`SELECT id FROM communications c
        WHERE EXISTS (SELECT 1 FROM unnest(${mentions}::text[]) AS m(needle) WHERE strpos(lower(c.text), lower(m.needle)) > 0)`).map((r) => r.id)
    : [];
  const where = await communicationsWhere(db, contactIds, customerIds, externalIds);
  const rows = await db.communication.findMany({
    where: mentioning.length ? { OR: [...where.OR, { id: { in: mentioning } }] } : where,
    orderBy: OLDEST_FIRST,
  });
  return rows.map(revealMessageHandles);
}

export function sequencesOf(db: DbClient, contactIds: number[]) {
  return db.sequenceEnrollment.findMany({ where: { contactId: { in: contactIds } } });
}

export function outboxOf(db: DbClient, contactIds: number[]) {
  return db.outbox.findMany({ where: { contactId: { in: contactIds } } });
}

export interface EraseCounts {
  communications: number;
  mentions: number;
  identities: number;
  outbox: number;
  sequences: number;
  auditDetails: number;
  customersRenamed: number;
  tombstones: number;
}

export interface EraseTarget {
  contactIds: number[];
  customerIds: number[];
  /** the person's chat accounts and chat ids, in clear */
  handles: string[];
  /** everything that names the person in free text: names, display names, emails, phones in their usual forms, handles */
  needles: string[];
  /** keyed hashes of the searches made for their email or phone (audit_log.details.textHash) */
  searchHashes: string[];
  tombstones: { kind: string; hash: string }[];
  /** the neutral name a customer named after the person gets ("Telegram lead #12") */
  neutralName: (customer: { id: number; source: string }) => { name: string; normalizedName: string };
}

// Free text on the person's customers where a rep may have written their name, email or phone.
const CUSTOMER_TEXT_COLUMNS: { table: string; column: string }[] = [
  { table: 'communications', column: 'text' },
  { table: 'tasks', column: 'title' },
  { table: 'quotes', column: 'notes' },
  { table: 'quotes', column: 'packing' },
  { table: 'opportunities', column: 'title' },
  { table: 'opportunities', column: 'lost_reason' },
  { table: 'outbox', column: 'text' },
];

/** Replaces every needle (case-insensitive) in one text column of these customers' rows; returns the rows changed. */
async function scrubColumn(db: DbClient, table: string, column: string, where: string, params: unknown[], needles: string[]): Promise<number> {
  let changed = 0;
  for (const needle of needles) {
    const n = params.length + 1;
    // regexp_replace with the needle quoted: a literal, case-insensitive match
    changed += await db.$executeRawUnsafe(
      `UPDATE ${table} SET ${column} = regexp_replace(${column}, $${n + 1}, '${ERASED}', 'gi')
        WHERE ${where} AND ${column} IS NOT NULL AND strpos(lower(${column}), lower($${n})) > 0`,
      ...params, needle, escapeRegExp(needle),
    );
  }
  return changed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Everything personal about these contacts, in one transaction (the caller's): their messages' text, edits,
 * attachments and chat ids; mentions of their name, email, phone or handles in notes, tasks, quotes, deals and queued
 * notices on the same customers; a customer named after them; their chat accounts and conversations; pending outbox
 * payloads; active sequences; searches and ids in audit details; and a
 * tombstone per blind index (email, phone, every chat account).
 */
export async function erasePersonalData(db: DbClient, target: EraseTarget, at: Date): Promise<EraseCounts> {
  const { contactIds, customerIds, handles, needles } = target;
  const theirs = await communicationsWhere(db, contactIds, customerIds, handles);
  await eraseQuotingNotices(db, customerIds, theirs);
  const communications = await db.communication.updateMany({
    where: theirs,
    data: { text: ERASED, edits: [], attachments: [], senderExternalId: null, chatId: null },
  });
  let mentions = 0;
  for (const { table, column } of CUSTOMER_TEXT_COLUMNS) {
    mentions += await scrubColumn(db, table, column, 'customer_id = ANY($1::int[])', [customerIds], needles);
  }
  // a buyer's address may name the person it goes to ("attn. …"); the rest of it is the company's
  mentions += await scrubColumn(db, 'customers', 'address', 'id = ANY($1::int[])', [customerIds], needles);
  mentions += await scrubColumn(db, 'order_events', 'note', 'order_id IN (SELECT id FROM orders WHERE customer_id = ANY($1::int[]))', [customerIds], needles);
  mentions += await scrubColumn(db, 'approvals', 'comment', 'quote_id IN (SELECT id FROM quotes WHERE customer_id = ANY($1::int[]))', [customerIds], needles);
  const customersRenamed = await renameCustomersNamedAfter(db, target);
  const identities = await db.channelIdentity.deleteMany({ where: { contactId: { in: contactIds } } });
  const outbox = await db.outbox.updateMany({
    where: { contactId: { in: contactIds } },
    data: { text: ERASED, payload: [], chatId: ERASED, externalId: null },
  });
  // a row a worker has claimed but not yet sent is taken back too: its send then finds the claim gone and sends nothing
  await db.outbox.updateMany({
    where: { contactId: { in: contactIds }, OR: [{ status: { in: ['pending', 'failed'] } }, { status: 'sending', sendStartedAt: null }] },
    data: { status: 'skipped', lastError: 'erased (GDPR)', claimedBy: null, leaseUntil: null },
  });
  const sequences = await db.sequenceEnrollment.updateMany({
    where: { contactId: { in: contactIds }, status: { in: ['active', 'paused'] } },
    data: { status: 'stopped', stopReason: 'erased', stoppedAt: at },
  });
  const auditDetails = await scrubAudit(db, target);
  const created = await db.tombstone.createMany({ data: target.tombstones, skipDuplicates: true });
  return {
    communications: communications.count, mentions, identities: identities.count, outbox: outbox.count,
    sequences: sequences.count, auditDetails, customersRenamed, tombstones: created.count,
  };
}

/**
 * Notices to reps quote the person's messages ("… wrote "<text>""): a notice on their customers that quotes one of
 * their messages loses its whole text, whatever name or detail the message held.
 */
async function eraseQuotingNotices(db: DbClient, customerIds: number[], theirs: Prisma.CommunicationWhereInput): Promise<void> {
  const texts = (await db.communication.findMany({ where: theirs, select: { text: true } }))
    .map((c) => c.text.trim().slice(0, 60))
    .filter((t) => t.length >= 6 && t !== ERASED);
  if (!texts.length) return;
  // not sent yet (or claimed, not started): not sent at all, rather than an "[erased]" notice
  await db.$executeRaw`UPDATE outbox SET text = ${ERASED}, payload = NULL,
      status = CASE WHEN status IN ('pending', 'failed') OR (status = 'sending' AND send_started_at IS NULL) THEN 'skipped' ELSE status END,
      last_error = CASE WHEN status IN ('pending', 'failed') OR (status = 'sending' AND send_started_at IS NULL) THEN 'erased (GDPR)' ELSE last_error END,
      claimed_by = CASE WHEN status = 'sending' AND send_started_at IS NULL THEN NULL ELSE claimed_by END
    WHERE customer_id = ANY(${customerIds}::int[]) AND member_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM unnest(${texts}::text[]) AS q(snippet) WHERE strpos(outbox.text, q.snippet) > 0)`;
}

/** A customer (usually a lead a chat made) whose name or aliases name the person gets a neutral name. */
async function renameCustomersNamedAfter(db: DbClient, target: EraseTarget): Promise<number> {
  const lowered = target.needles.map((n) => n.toLowerCase());
  const mentions = (text: string) => lowered.some((n) => text.toLowerCase().includes(n));
  const rows = await db.customer.findMany({ where: { id: { in: target.customerIds } }, select: { id: true, name: true, aliases: true, source: true } });
  let renamed = 0;
  for (const row of rows) {
    const aliases = row.aliases.filter((a) => !mentions(a));
    if (!mentions(row.name) && aliases.length === row.aliases.length) continue;
    const name = mentions(row.name) ? target.neutralName(row) : { name: row.name, normalizedName: undefined };
    await db.customer.update({ where: { id: row.id }, data: { ...name, aliases } });
    renamed++;
  }
  return renamed;
}

/**
 * Audit details that name the person: searches for their email or phone (by keyed hash), then any detail text with
 * their name, email, phone or handle in it (earlier versions kept search text and sender ids in clear).
 */
async function scrubAudit(db: DbClient, target: EraseTarget): Promise<number> {
  let changed = 0;
  if (target.searchHashes.length) {
    changed += await db.$executeRaw`UPDATE audit_log SET details = (details - 'textHash') || jsonb_build_object('text', ${ERASED}::text)
      WHERE details->>'textHash' = ANY(${target.searchHashes}::text[])`;
  }
  const lowered = target.needles.map((n) => n.toLowerCase());
  const pattern = target.needles.length ? new RegExp(target.needles.map(escapeRegExp).join('|'), 'gi') : null;
  // only string values are rewritten (never keys), so the document keeps its shape
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return pattern ? value.replace(pattern, ERASED) : value;
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
    return value;
  };
  for (const needle of target.needles) {
    const rows = await db.$queryRaw<{ id: number; details: unknown; entity_id: string | null }[]>`SELECT id, details, entity_id FROM audit_log
      WHERE strpos(lower(details::text), lower(${JSON.stringify(needle).slice(1, -1)})) > 0 OR entity_id = ${needle}`;
    for (const row of rows) {
      const entityId = row.entity_id && lowered.includes(row.entity_id.toLowerCase()) ? ERASED : row.entity_id;
      await db.auditLog.update({ where: { id: row.id }, data: { details: scrub(row.details) as Prisma.InputJsonValue, entityId } });
      changed++;
    }
  }
  return changed;
}

/** The numbers of the quotes on these customers (their PDFs on disk are removed with the person). */
export async function quoteNumbersOf(db: DbClient, customerIds: number[]): Promise<string[]> {
  const rows = await db.quote.findMany({ where: { customerId: { in: customerIds } }, select: { number: true }, distinct: ['number'] });
  return rows.map((r) => r.number);
}

/** Conversations held in the person's chats (keyed by a hash of the chat id). */
export async function forgetConversations(db: DbClient, chatIds: string[]): Promise<void> {
  if (chatIds.length) await db.conversationState.deleteMany({ where: { chatId: { in: chatIds.map(chatKey) } } });
}
