import type { DbClient } from '../db/client';
import { revealStored } from './personal-data-cipher';
import { handleIndex, revealIdentity } from '../team/identity.repository';

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
  return rows.filter((r) => accounts.has(revealStored(r.senderExternalId)!)).map((r) => r.id);
}

/** The person's messages: linked to the contact, or sent from one of their chat accounts on their customers' timelines. */
async function communicationsWhere(db: DbClient, contactIds: number[], customerIds: number[], externalIds: string[]) {
  const sent = await sentFromAccounts(db, contactIds, customerIds, externalIds);
  return { OR: [{ contactId: { in: contactIds } }, ...(sent.length ? [{ id: { in: sent } }] : [])] };
}

export async function communicationsOf(db: DbClient, contactIds: number[], customerIds: number[], externalIds: string[]) {
  const rows = await db.communication.findMany({ where: await communicationsWhere(db, contactIds, customerIds, externalIds), orderBy: { occurredAt: 'asc' } });
  return rows.map((r) => ({ ...r, chatId: revealStored(r.chatId), senderExternalId: revealStored(r.senderExternalId) }));
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
  tombstones: number;
}

/**
 * Everything personal about these contacts, in one transaction (the caller's): their messages' text, edits and
 * attachments; mentions of their email/phone in other notes on the same customers; their chat accounts; pending
 * outbox payloads; active sequences; search texts in audit details; and a tombstone per blind index.
 */
export async function erasePersonalData(
  db: DbClient,
  target: { contactIds: number[]; customerIds: number[]; externalIds: string[]; needles: string[]; tombstones: { kind: string; hash: string }[] },
  at: Date,
): Promise<EraseCounts> {
  const { contactIds, customerIds, externalIds, needles } = target;
  const communications = await db.communication.updateMany({
    where: await communicationsWhere(db, contactIds, customerIds, externalIds),
    data: { text: ERASED, edits: [], attachments: [], senderExternalId: null, chatId: null },
  });
  let mentions = 0;
  for (const needle of needles) {
    mentions += await db.$executeRaw`UPDATE communications SET text = replace(text, ${needle}, ${ERASED})
      WHERE customer_id = ANY(${customerIds}::int[]) AND strpos(text, ${needle}) > 0`;
  }
  const identities = await db.channelIdentity.deleteMany({ where: { contactId: { in: contactIds } } });
  const outbox = await db.outbox.updateMany({
    where: { contactId: { in: contactIds } },
    data: { text: ERASED, payload: [], chatId: ERASED },
  });
  await db.outbox.updateMany({ where: { contactId: { in: contactIds }, status: { in: ['pending', 'failed'] } }, data: { status: 'skipped', lastError: 'erased (GDPR)' } });
  const sequences = await db.sequenceEnrollment.updateMany({
    where: { contactId: { in: contactIds }, status: { in: ['active', 'paused'] } },
    data: { status: 'stopped', stopReason: 'erased', stoppedAt: at },
  });
  let auditDetails = 0;
  for (const needle of needles) {
    auditDetails += await db.$executeRaw`UPDATE audit_log SET details = jsonb_set(details, '{text}', to_jsonb(${ERASED}::text))
      WHERE details ? 'text' AND strpos(lower(details->>'text'), lower(${needle})) > 0`;
  }
  const created = await db.tombstone.createMany({ data: target.tombstones, skipDuplicates: true });
  return {
    communications: communications.count, mentions, identities: identities.count, outbox: outbox.count,
    sequences: sequences.count, auditDetails, tombstones: created.count,
  };
}
