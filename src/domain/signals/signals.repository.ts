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

/** One statement (it runs for every buyer message with an intent to act on), not the three of a nested select. */
export async function findSignalCustomer(db: DbClient, customerId: number): Promise<SignalCustomer | null> {
  const rows = await db.$queryRaw<{ id: number; name: string; country: string | null; owner_id: number | null; member_id: number | null; owner_name: string | null; own_manager_id: number | null; team_manager_id: number | null }[]>`
    SELECT cu.id, cu.name, cu.country, cu.owner_id, m.id AS member_id, m.display_name AS owner_name, m.manager_id AS own_manager_id, t.manager_id AS team_manager_id
      FROM customers cu
      LEFT JOIN team_members m ON m.id = cu.owner_id
      LEFT JOIN teams t ON t.id = m.team_id
     WHERE cu.id = ${customerId}::int`;
  const row = rows[0];
  if (!row) return null;
  const manager = [row.own_manager_id, row.team_manager_id].find((id): id is number => typeof id === 'number' && id !== row.member_id) ?? null;
  return { id: row.id, name: row.name, country: row.country, ownerId: row.owner_id, ownerName: row.owner_name, managerId: manager };
}

/** Inbound, not deleted messages of the customer carrying any of `intents`, in [since, until]. */
export function countInboundWithIntents(db: DbClient, customerId: number, intents: string[], since: Date, until: Date): Promise<number> {
  return db.communication.count({
    where: { customerId, direction: 'inbound', deletedAt: null, intents: { hasSome: intents }, occurredAt: { gte: since, lte: until } },
  });
}

/**
 * Adds an intent tag (or points an existing intent tag at newer evidence). A tag a rep set by hand stays theirs:
 * its source and evidence are not touched. Safe under concurrent messages (the unique (customer, tag) decides).
 */
export async function upsertIntentTag(db: DbClient, customerId: number, tag: string, evidenceCommunicationId: number): Promise<void> {
  await db.customerTag.createMany({ data: [{ customerId, tag, source: 'intent', evidenceCommunicationId }], skipDuplicates: true });
  await db.customerTag.updateMany({ where: { customerId, tag, source: 'intent' }, data: { evidenceCommunicationId } });
}

export async function removeIntentTag(db: DbClient, customerId: number, tag: string): Promise<void> {
  await db.customerTag.deleteMany({ where: { customerId, tag, source: 'intent' } });
}

/** The contact who wrote: name for notices, hand-set language, opt-out state. */
export function findSignalContact(db: DbClient, contactId: number) {
  return db.contact.findUnique({ where: { id: contactId }, select: { id: true, name: true, customerId: true, language: true, optedOut: true, erasedAt: true } });
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
