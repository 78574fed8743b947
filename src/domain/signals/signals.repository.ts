import type { DbClient } from '../db/client';

/** The customer a buyer's message belongs to, with who owns it and who manages the owner. */
export interface SignalCustomer {
  id: number;
  name: string;
  country: string | null;
  ownerId: number | null;
  ownerName: string | null;
  /** the owner's own manager, else the manager of the owner's team (never the owner themself) */
  managerId: number | null;
}

/** The contact who wrote: name for notices, hand-set language, opt-out state. */
export interface SignalContact {
  id: number;
  name: string;
  customerId: number;
  language: string | null;
  optedOut: boolean;
  erasedAt: Date | null;
}

/**
 * The customer a buyer's message belongs to and the contact who wrote it, in one statement (it runs for every buyer
 * message with an intent to act on). Null when the customer is unknown; the contact is null when none is given or found.
 */
export async function findSignalParties(db: DbClient, customerId: number, contactId: number | null): Promise<{ customer: SignalCustomer; contact: SignalContact | null } | null> {
  const rows = await db.$queryRaw<{
    id: number; name: string; country: string | null; owner_id: number | null; member_id: number | null; owner_name: string | null; own_manager_id: number | null; team_manager_id: number | null;
    contact_id: number | null; contact_name: string | null; contact_customer_id: number | null; contact_language: string | null; contact_opted_out: boolean | null; contact_erased_at: Date | null;
  }[]>`
    SELECT cu.id, cu.name, cu.country, cu.owner_id, m.id AS member_id, m.display_name AS owner_name, m.manager_id AS own_manager_id, t.manager_id AS team_manager_id,
           ct.id AS contact_id, ct.name AS contact_name, ct.customer_id AS contact_customer_id, ct.language AS contact_language,
           ct.opted_out AS contact_opted_out, ct.erased_at AS contact_erased_at
      FROM customers cu
      LEFT JOIN team_members m ON m.id = cu.owner_id
      LEFT JOIN teams t ON t.id = m.team_id
      LEFT JOIN contacts ct ON ct.id = ${contactId}::int
     WHERE cu.id = ${customerId}::int`;
  const row = rows[0];
  if (!row) return null;
  const manager = [row.own_manager_id, row.team_manager_id].find((id): id is number => typeof id === 'number' && id !== row.member_id) ?? null;
  const contact = row.contact_id === null ? null : {
    id: row.contact_id, name: row.contact_name!, customerId: row.contact_customer_id!, language: row.contact_language, optedOut: row.contact_opted_out!, erasedAt: row.contact_erased_at,
  };
  return { customer: { id: row.id, name: row.name, country: row.country, ownerId: row.owner_id, ownerName: row.owner_name, managerId: manager }, contact };
}

/** Inbound, not deleted messages of the customer carrying any of `intents`, in [since, until]. */
export function countInboundWithIntents(db: DbClient, customerId: number, intents: string[], since: Date, until: Date): Promise<number> {
  return db.communication.count({
    where: { customerId, direction: 'inbound', deletedAt: null, intents: { hasSome: intents }, occurredAt: { gte: since, lte: until } },
  });
}

/**
 * Brings a customer's intent tags up to date in one statement (it runs for most buyer messages): each earned tag is
 * added, or an existing intent tag pointed at this newer evidence; each cleared intent tag is removed. A tag a rep set
 * by hand stays theirs: neither its source nor its evidence is touched, and clearing leaves it. Safe under concurrent
 * messages (the unique (customer, tag) decides). `earned` and `cleared` must not share a tag.
 */
export async function applyIntentTags(
  db: DbClient, customerId: number, change: { earned: string[]; cleared: string[] }, evidenceCommunicationId: number, at: Date,
): Promise<void> {
  await db.$executeRaw`
    WITH cleared AS (
      DELETE FROM customer_tags WHERE customer_id = ${customerId}::int AND source = 'intent' AND tag = ANY(${change.cleared}::text[])
    )
    INSERT INTO customer_tags (customer_id, tag, source, evidence_communication_id, created_at)
    SELECT ${customerId}::int, tag, 'intent', ${evidenceCommunicationId}::int, ${at}::timestamp FROM unnest(${change.earned}::text[]) AS tag
    ON CONFLICT (customer_id, tag) DO UPDATE SET evidence_communication_id = EXCLUDED.evidence_communication_id
      WHERE customer_tags.source = 'intent'`;
}

/** The language of the contact's latest other inbound message that had one. */
export async function earlierInboundLanguage(db: DbClient, contactId: number, exceptCommunicationId: number): Promise<string | null> {
  const row = await db.communication.findFirst({
    where: { contactId, direction: 'inbound', deletedAt: null, language: { not: null }, id: { not: exceptCommunicationId } },
    orderBy: { occurredAt: 'desc' },
    select: { language: true },
  });
  return row?.language ?? null;
}

/** The customer a live (not erased) contact belongs to, following a merge; null when there is no such contact. */
export async function liveContactCustomerId(db: DbClient, contactId: number): Promise<number | null> {
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT COALESCE(cu.merged_into_id, cu.id) AS id
    FROM contacts ct JOIN customers cu ON cu.id = ct.customer_id WHERE ct.id = ${contactId} AND ct.erased_at IS NULL`;
  return rows[0] ? Number(rows[0].id) : null;
}

/** Marks the contact opted out; false when it already was (so the confirmation is sent once). */
export async function markContactOptedOut(db: DbClient, contactId: number, at: Date): Promise<boolean> {
  const { count } = await db.contact.updateMany({ where: { id: contactId, optedOut: false }, data: { optedOut: true, optedOutAt: at } });
  return count === 1;
}

/** The whole customer is opted out once no live contact of it may still be messaged. */
export async function optOutCustomerIfNoContactLeft(db: DbClient, customerId: number): Promise<boolean> {
  const reachable = await db.contact.count({ where: { customerId, erasedAt: null, optedOut: false } });
  if (reachable > 0) return false;
  const { count } = await db.customer.updateMany({ where: { id: customerId, optedOut: false }, data: { optedOut: true } });
  return count === 1;
}

/** True when an alert of this kind was made for the customer since `since` (the manager already knows). */
export async function riskAlertedSince(db: DbClient, customerId: number, kind: string, since: Date): Promise<boolean> {
  const row = await db.outbox.findFirst({
    where: { customerId, dedupeKey: { startsWith: `${riskAlertKeyPrefix(kind)}${customerId}:` }, createdAt: { gte: since } },
    select: { id: true },
  });
  return row !== null;
}

/** Outbox dedupe key of a risk alert: one per kind, customer and evidence message. */
export function riskAlertKey(kind: string, customerId: number, communicationId: number): string {
  return `${riskAlertKeyPrefix(kind)}${customerId}:${communicationId}`;
}

function riskAlertKeyPrefix(kind: string): string {
  return `risk:${kind}:`;
}

// ─── stage moves made by intents ─────────────────────────────────────────────

/**
 * Links the stage change just recorded for this opportunity (inside the same transaction, which holds the
 * opportunity's row lock) to the message that caused it; returns its id.
 */
export async function stampLatestStageChange(tx: DbClient, opportunityId: number, communicationId: number): Promise<number> {
  const latest = await tx.stageChange.findFirstOrThrow({ where: { opportunityId }, orderBy: { id: 'desc' }, select: { id: true } });
  await tx.stageChange.update({ where: { id: latest.id }, data: { communicationId } });
  return latest.id;
}

/** A win an order confirmation proposed and the rep has not settled yet (confirm or undo). */
export async function hasPendingWon(db: DbClient, customerId: number): Promise<boolean> {
  return (await db.opportunity.count({ where: { customerId, stage: 'won', pendingWon: true } })) > 0;
}

export async function markPendingWon(tx: DbClient, opportunityId: number): Promise<void> {
  await tx.opportunity.update({ where: { id: opportunityId }, data: { pendingWon: true } });
}

export function findStageChange(db: DbClient, id: number) {
  return db.stageChange.findUnique({
    where: { id },
    select: {
      id: true, fromStage: true, toStage: true, cause: true, undoneAt: true, communicationId: true,
      opportunity: { select: { id: true, customerId: true, stage: true, pendingWon: true } },
    },
  });
}

/** Marks a stage change undone; false when it already was (a double press). */
export async function markStageChangeUndone(tx: DbClient, id: number, at: Date): Promise<boolean> {
  const { count } = await tx.stageChange.updateMany({ where: { id, undoneAt: null }, data: { undoneAt: at } });
  return count === 1;
}

/** Puts the deal back where it was, only from the stage the caller saw; clears the pending win and the close date. */
export async function revertOpportunityStage(tx: DbClient, opportunityId: number, from: string, to: string): Promise<boolean> {
  const { count } = await tx.opportunity.updateMany({ where: { id: opportunityId, stage: from }, data: { stage: to, pendingWon: false, closedAt: null } });
  return count === 1;
}

export function findOpportunityForConfirm(db: DbClient, id: number) {
  return db.opportunity.findUnique({ where: { id }, select: { id: true, customerId: true, stage: true, pendingWon: true } });
}

/** The rep confirms a win an order confirmation proposed; false when it is no longer a pending win. */
export async function confirmPendingWon(tx: DbClient, opportunityId: number): Promise<boolean> {
  const { count } = await tx.opportunity.updateMany({ where: { id: opportunityId, stage: 'won', pendingWon: true }, data: { pendingWon: false } });
  return count === 1;
}
