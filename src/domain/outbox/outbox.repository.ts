import { storedMessageId, storedMessageIdOrNull } from '../crypto/message-id';
import type { DeliveryReport, DeliveryStatus } from '../channel-contract';
import type { DbClient } from '../db/client';
import { Prisma, type Outbox } from '../../generated/prisma/client';
import { isEncrypted, isUnbound, revealStored, sealContext, sealStored } from '../crypto/personal-data-cipher';

export type OutboxRow = Outbox;

export interface NewOutboxRow {
  dedupeKey: string;
  channel: string;
  chatId: string;
  text: string;
  payload?: Prisma.InputJsonValue;
  customerId?: number | null;
  contactId?: number | null;
  memberId?: number | null;
  enrollmentId?: number | null;
  step?: number | null;
  dueAt: Date;
  status?: 'pending' | 'skipped';
  lastError?: string | null;
}

/** A buyer's chat id (a WhatsApp number) in an outbox row is sealed, bound to the row's unique dedupe key. */
function chatContext(dedupeKey: string): string {
  return sealContext('outbox', 'chat_id', dedupeKey);
}

function sealRow<T extends { dedupeKey: string; chatId: string }>(row: T): T {
  return { ...row, chatId: sealStored(row.chatId, chatContext(row.dedupeKey)) };
}

function revealRow<T extends { dedupeKey: string; chatId: string } | null>(row: T): T {
  return (row && { ...row, chatId: revealStored(row.chatId, chatContext(row.dedupeKey)) }) as T;
}

/** Inserts rows whose dedupe key is new; returns only those created (an existing key is left exactly as it is). */
export function insertOutboxRows(db: DbClient, rows: NewOutboxRow[]): Promise<{ id: number; dueAt: Date; dedupeKey: string; status: string }[]> {
  if (!rows.length) return Promise.resolve([]);
  return db.outbox.createManyAndReturn({ data: rows.map(sealRow), skipDuplicates: true, select: { id: true, dueAt: true, dedupeKey: true, status: true } });
}

/**
 * The same for many rows in one statement (INSERT … SELECT FROM unnest … ON CONFLICT DO NOTHING): a day's
 * wake-up messages are written in pages of thousands, which Prisma's createMany builds far more slowly.
 */
export async function insertOutboxRowsBulk(db: DbClient, rows: NewOutboxRow[]): Promise<{ id: number; dueAt: Date; dedupeKey: string; status: string }[]> {
  if (!rows.length) return [];
  const sealed = rows.map(sealRow);
  const col = <T>(f: (r: NewOutboxRow) => T) => sealed.map(f);
  return db.$queryRaw`INSERT INTO outbox (dedupe_key, channel, chat_id, text, payload, customer_id, contact_id, member_id, enrollment_id, step, due_at, status, last_error)
    SELECT * FROM unnest(${col((r) => r.dedupeKey)}::text[], ${col((r) => r.channel)}::text[], ${col((r) => r.chatId)}::text[],
      ${col((r) => r.text)}::text[], ${col((r) => (r.payload === undefined ? null : JSON.stringify(r.payload)))}::jsonb[],
      ${col((r) => r.customerId ?? null)}::int[], ${col((r) => r.contactId ?? null)}::int[], ${col((r) => r.memberId ?? null)}::int[],
      ${col((r) => r.enrollmentId ?? null)}::int[], ${col((r) => r.step ?? null)}::int[], ${col((r) => r.dueAt)}::timestamp[],
      ${col((r) => r.status ?? 'pending')}::text[], ${col((r) => r.lastError ?? null)}::text[])
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id, due_at AS "dueAt", dedupe_key AS "dedupeKey", status`;
}

export async function findOutboxById(db: DbClient, id: number): Promise<OutboxRow | null> {
  return revealRow(await db.outbox.findUnique({ where: { id } }));
}

export async function findOutboxByKey(db: DbClient, dedupeKey: string): Promise<OutboxRow | null> {
  return revealRow(await db.outbox.findUnique({ where: { dedupeKey } }));
}

/** Rows whose chat id was written in clear (before it was sealed) are sealed at start-up. */
export async function sealPlainOutboxChats(db: DbClient, batch = 1000): Promise<number> {
  let changed = 0;
  for (let afterId = 0; ;) {
    const rows = await db.$queryRaw<{ id: number; dedupe_key: string; chat_id: string }[]>`SELECT id, dedupe_key, chat_id FROM outbox
      WHERE id > ${afterId} AND chat_id NOT LIKE 'enc:v2:%' AND chat_id <> '[erased]' ORDER BY id LIMIT ${batch}`;
    if (!rows.length) return changed;
    afterId = rows[rows.length - 1].id;
    for (const row of rows) {
      if (isEncrypted(row.chat_id) && !isUnbound(row.chat_id)) continue;
      const plain = revealStored(row.chat_id)!;
      await db.outbox.update({ where: { id: row.id }, data: { chatId: sealStored(plain, chatContext(row.dedupe_key)) } });
      changed++;
    }
  }
}

const ROW_COLUMNS = Prisma.raw(`id, dedupe_key AS "dedupeKey", channel, chat_id AS "chatId", text, payload, customer_id AS "customerId",
  contact_id AS "contactId", status, due_at AS "dueAt", attempts, last_error AS "lastError", sent_at AS "sentAt",
  external_id AS "externalId", created_at AS "createdAt", member_id AS "memberId", enrollment_id AS "enrollmentId", step,
  lease_until AS "leaseUntil", claimed_by AS "claimedBy", send_started_at AS "sendStartedAt",
  delivery_status AS "deliveryStatus", delivery_status_at AS "deliveryStatusAt", delivery_error AS "deliveryError"`);

/**
 * The claim: one conditional UPDATE moves a due row pending → sending (or takes over a 'sending' row whose
 * worker's lease ran out, i.e. the worker crashed). Two workers racing on the same row: exactly one gets it.
 */
export async function claimOutbox(db: DbClient, id: number, now: Date, leaseUntil: Date, workerId: string): Promise<OutboxRow | null> {
  const rows = await db.$queryRaw<OutboxRow[]>`UPDATE outbox
      SET status = 'sending', attempts = attempts + 1, lease_until = ${leaseUntil}, claimed_by = ${workerId}
    WHERE id = ${id} AND due_at <= ${now}
      AND (status = 'pending' OR (status = 'sending' AND lease_until < ${now}))
    RETURNING ${ROW_COLUMNS}`;
  return revealRow(rows[0] ?? null);
}

/**
 * Other plain notices (no buttons, no files) due for the same member, oldest first, as many as fit in `maxChars`:
 * claimed by the worker about to send one of theirs, so they leave as one message (see deliver). A row another
 * worker claimed in between is left to it.
 */
export async function claimPlainNoticesFor(
  db: DbClient,
  memberId: number,
  excludeId: number,
  now: Date,
  claim: { leaseUntil: Date; workerId: string; limit: number; maxChars: number },
): Promise<OutboxRow[]> {
  const waiting = await db.$queryRaw<{ id: number; length: number }[]>`SELECT id, length(text)::int AS length FROM outbox
    WHERE member_id = ${memberId} AND status = 'pending' AND due_at <= ${now} AND id <> ${excludeId}
      AND payload->>'kind' = 'notice'
      AND COALESCE(jsonb_array_length(CASE WHEN jsonb_typeof(payload->'buttons') = 'array' THEN payload->'buttons' END), 0) = 0
      AND COALESCE(jsonb_array_length(CASE WHEN jsonb_typeof(payload->'files') = 'array' THEN payload->'files' END), 0) = 0
    ORDER BY id LIMIT ${claim.limit}`;
  const ids: number[] = [];
  let chars = 0;
  for (const row of waiting) {
    if (chars + row.length > claim.maxChars) break;
    chars += row.length;
    ids.push(row.id);
  }
  if (!ids.length) return [];
  const rows = await db.$queryRaw<OutboxRow[]>`UPDATE outbox
      SET status = 'sending', attempts = attempts + 1, lease_until = ${claim.leaseUntil}, claimed_by = ${claim.workerId}
    WHERE id = ANY(${ids}::int[]) AND status = 'pending' AND due_at <= ${now}
    RETURNING ${ROW_COLUMNS}`;
  return rows.map(revealRow).sort((a, b) => a.id - b.id);
}

/** Finishes a claimed row; only the worker holding the claim may (a late zombie cannot overwrite a newer claim). */
export async function finishOutbox(
  db: DbClient,
  id: number,
  workerId: string,
  outcome: { status: 'sent' | 'skipped' | 'failed' | 'unconfirmed'; at: Date; error?: string; externalId?: string },
): Promise<boolean> {
  const { count } = await db.outbox.updateMany({
    where: { id, status: 'sending', claimedBy: workerId },
    data: {
      status: outcome.status,
      sentAt: outcome.status === 'sent' ? outcome.at : null,
      lastError: outcome.error ?? null,
      externalId: storedMessageIdOrNull(outcome.externalId),
      leaseUntil: null,
    },
  });
  return count === 1;
}

/**
 * Records that the platform is about to be called for this claim (the attempt is on record before the send): a worker
 * that finds it set after taking over a crashed worker's row knows the message may already have been delivered.
 */
export async function markSendStarted(db: DbClient, id: number, workerId: string, at: Date): Promise<boolean> {
  const { count } = await db.outbox.updateMany({ where: { id, status: 'sending', claimedBy: workerId }, data: { sendStartedAt: at } });
  return count === 1;
}

/** Gives a claimed row back for later (outside business hours, rate limited, transient failure). */
export async function releaseOutbox(
  db: DbClient, id: number, workerId: string, dueAt: Date, error?: string, options: { notAnAttempt?: boolean } = {},
): Promise<boolean> {
  const { count } = await db.outbox.updateMany({
    where: { id, status: 'sending', claimedBy: workerId },
    // the platform refused or was not reached: the next attempt is a fresh one; a wait for the send rate gives its
    // claim's attempt back (a row may wait many times in a burst and must not run out of attempts doing so)
    data: {
      status: 'pending', dueAt, leaseUntil: null, claimedBy: null, lastError: error ?? null, sendStartedAt: null,
      ...(options.notAnAttempt ? { attempts: { decrement: 1 } } : {}),
    },
  });
  return count === 1;
}

/** Rows a scheduler must have a queued job for: pending and due before `before`, or stuck with an expired lease. */
export function outboxNeedingJobs(db: DbClient, now: Date, before: Date, limit: number): Promise<{ id: number; dueAt: Date }[]> {
  return db.outbox.findMany({
    where: {
      OR: [
        { status: 'pending', dueAt: { lte: before } },
        { status: 'sending', leaseUntil: { lt: now } },
      ],
    },
    select: { id: true, dueAt: true },
    orderBy: { dueAt: 'asc' },
    take: limit,
  });
}

/** Final stop: pending rows of these enrollments are skipped with a reason (kept, so the step is never sent later). */
export function skipPendingForEnrollments(db: DbClient, enrollmentIds: number[], reason: string): Promise<Prisma.BatchPayload> {
  return db.outbox.updateMany({
    where: { enrollmentId: { in: enrollmentIds }, status: 'pending' },
    data: { status: 'skipped', lastError: reason },
  });
}

/**
 * A finished reply keeps only its key, status and times: its text (a customer card, a report) and files were needed
 * to send it, and the key alone is what makes a retried flow skip it.
 */
export function clearOutboxContent(db: DbClient, id: number, payload: Prisma.InputJsonValue, text: string): Promise<Prisma.BatchPayload> {
  return db.outbox.updateMany({ where: { id, status: { in: ['sent', 'failed', 'skipped', 'unconfirmed'] } }, data: { text, payload } });
}

// a report only moves a row forward: webhooks arrive out of order, and a late "delivered" must not undo "read"
const EARLIER_THAN: Record<DeliveryStatus, DeliveryStatus[]> = {
  sent: [],
  delivered: ['sent'],
  read: ['sent', 'delivered'],
  // a failure after "sent" is real (the platform gave up); after "delivered" or "read" it cannot be
  failed: ['sent'],
};

/**
 * Records the platform's report on the row whose send returned this message id (stored keyed, like every message
 * id). Returns false when no row matches (a message sent outside the outbox, or an id we never had) or the row
 * already knows a later status.
 */
export async function recordOutboxDelivery(db: DbClient, report: DeliveryReport): Promise<boolean> {
  const { count } = await db.outbox.updateMany({
    where: {
      channel: report.channel,
      externalId: storedMessageId(report.externalId),
      OR: [{ deliveryStatus: null }, { deliveryStatus: { in: EARLIER_THAN[report.status] } }],
    },
    data: {
      deliveryStatus: report.status,
      deliveryStatusAt: report.at,
      deliveryError: report.error ? `${report.error.code} ${report.error.title}`.slice(0, 500) : null,
    },
  });
  return count > 0;
}
