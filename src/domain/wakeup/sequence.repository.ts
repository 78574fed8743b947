import { revealContactRow } from '../contacts/contact.repository';
import { sealStored } from '../crypto/personal-data-cipher';
import { revealIdentity } from '../team/identity.repository';
import { allocateCommunicationIds, communicationContext } from '../customers/communication.repository';
import type { DbClient } from '../db/client';
import type { SequenceEnrollment } from '../../generated/prisma/client';

export type Enrollment = SequenceEnrollment;
export const WAKEUP = 'wakeup';

/**
 * Enrols silent customers (owned, not lost/in the pool, not opted out) that have no live enrollment and none
 * started since their last contact, i.e. one sequence per dormancy. The advisory lock makes two concurrent runs
 * take turns instead of both inserting. The contact is the one who wrote last (else the first live one).
 */
export async function enrollSilentCustomers(db: DbClient, now: Date, silentSince: Date): Promise<number> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(7270007)`;
  return db.$executeRaw`INSERT INTO sequence_enrollments (customer_id, contact_id, sequence, status, step, started_at)
    SELECT c.id,
      (SELECT k.id FROM contacts k
         LEFT JOIN LATERAL (SELECT max(m.occurred_at) AS at FROM communications m
                            WHERE m.contact_id = k.id AND m.direction = 'inbound') last ON true
        WHERE k.customer_id = c.id AND k.erased_at IS NULL AND NOT k.opted_out
        ORDER BY last.at DESC NULLS LAST, k.id LIMIT 1),
      ${WAKEUP}, 'active', 0, ${now}
    FROM customers c
    WHERE c.status IN ('lead', 'active', 'dormant') AND c.merged_into_id IS NULL AND c.owner_id IS NOT NULL
      AND NOT c.opted_out AND COALESCE(c.last_contact_at, c.created_at) < ${silentSince}
      AND NOT EXISTS (SELECT 1 FROM sequence_enrollments e WHERE e.customer_id = c.id AND e.sequence = ${WAKEUP}
                        AND (e.status IN ('active', 'paused') OR e.started_at >= COALESCE(c.last_contact_at, c.created_at)))`;
}

/** Everything needed to plan an enrollment's next step, loaded for a whole batch at once. */
export interface StepCandidate {
  id: number;
  customerId: number;
  customerName: string;
  contactId: number | null;
  step: number;
  startedAt: Date;
  ownerId: number;
  repName: string;
  country: string | null;
  customerTimezone: string | null;
  contactName: string | null;
  contactTimezone: string | null;
  contactPhone: string | null;
  contactOptedOut: boolean;
  customerOptedOut: boolean;
  language: string | null;
  detectedLanguage: string | null;
  lastAutomatedAt: Date | null;
}

/** Active enrollments whose next step falls due before `horizonEnd`, after `afterId` (keyset pages). */
export async function enrollmentsWithDueStep(db: DbClient, days: number[], horizonEnd: Date, afterId: number, limit: number): Promise<StepCandidate[]> {
  const rows = await db.$queryRaw<StepCandidate[]>`SELECT e.id, e.customer_id AS "customerId", c.name AS "customerName", e.contact_id AS "contactId",
      e.step, e.started_at AS "startedAt", c.owner_id AS "ownerId", m.display_name AS "repName", c.country,
      c.timezone AS "customerTimezone", k.name AS "contactName", k.timezone AS "contactTimezone", k.phone AS "contactPhone",
      COALESCE(k.opted_out OR k.erased_at IS NOT NULL, true) AS "contactOptedOut", c.opted_out AS "customerOptedOut",
      k.language,
      (SELECT x.language FROM communications x WHERE x.customer_id = e.customer_id AND x.direction = 'inbound'
         AND x.language IS NOT NULL AND x.deleted_at IS NULL ORDER BY x.occurred_at DESC LIMIT 1) AS "detectedLanguage",
      (SELECT max(COALESCE(o.sent_at, o.due_at)) FROM outbox o WHERE o.customer_id = e.customer_id AND o.member_id IS NULL
         AND o.status IN ('pending', 'sending', 'sent')) AS "lastAutomatedAt"
    FROM sequence_enrollments e
    JOIN customers c ON c.id = e.customer_id
    JOIN team_members m ON m.id = c.owner_id
    LEFT JOIN contacts k ON k.id = e.contact_id
    WHERE e.status = 'active' AND e.sequence = ${WAKEUP} AND e.id > ${afterId}
      AND e.step < cardinality(${days}::int[])
      AND e.started_at + make_interval(days => (${days}::int[])[e.step + 1]) <= ${horizonEnd}
    ORDER BY e.id LIMIT ${limit}`;
  // the phone is stored encrypted: only the contact data module reads it
  return rows.map((r) => (r.contactPhone && r.contactId ? { ...r, contactPhone: revealContactRow({ id: r.contactId, email: null, phone: r.contactPhone }).phone } : r));
}

export interface ContactChannel {
  contactId: number;
  channel: string;
  chatId: string;
  lastInboundAt: Date | null;
}

/** Each contact's chat accounts, with when the buyer last wrote on each (reply windows, most recent first). */
export async function contactChannels(db: DbClient, contactIds: number[]): Promise<ContactChannel[]> {
  if (!contactIds.length) return [];
  const rows = await db.$queryRaw<(ContactChannel & { externalId: string; externalIdHash: string | null; displayName: null })[]>`SELECT ci.contact_id AS "contactId", ci.channel,
      ci.chat_id AS "chatId", ci.external_id AS "externalId", ci.external_id_hash AS "externalIdHash", NULL AS "displayName",
      (SELECT max(x.occurred_at) FROM communications x WHERE x.contact_id = ci.contact_id AND x.channel = ci.channel
         AND x.direction = 'inbound') AS "lastInboundAt"
    FROM channel_identities ci WHERE ci.contact_id = ANY(${contactIds}::int[])
    ORDER BY "lastInboundAt" DESC NULLS LAST, ci.id`;
  return rows.map((row) => {
    // the chat to write to, else the account itself (each sealed for its own column)
    const plain = revealIdentity({ ...row, chatId: row.chatId as string | null });
    return { contactId: row.contactId, channel: row.channel, chatId: plain.chatId ?? plain.externalId, lastInboundAt: row.lastInboundAt };
  });
}

/** Moves enrollments to their next step, each only from the step it was planned on (a re-run changes nothing). */
export async function advanceSteps(db: DbClient, moves: { id: number; fromStep: number; nextDueAt: Date | null }[]): Promise<void> {
  if (!moves.length) return;
  await db.$executeRaw`UPDATE sequence_enrollments e SET step = e.step + 1, next_due_at = v.due
    FROM unnest(${moves.map((m) => m.id)}::int[], ${moves.map((m) => m.fromStep)}::int[], ${moves.map((m) => m.nextDueAt)}::timestamp[])
      AS v(id, from_step, due)
    WHERE e.id = v.id AND e.step = v.from_step AND e.status = 'active'`;
}

export function customerEnrollments(db: DbClient, customerId: number): Promise<Enrollment[]> {
  return db.sequenceEnrollment.findMany({ where: { customerId, sequence: WAKEUP }, orderBy: { id: 'desc' } });
}

/** Stops live enrollments of a customer; returns the ones this call stopped (so only one caller reacts). */
/** Whether stopEnrollments would stop anything: one indexed read, so the common case (no sequence) opens no transaction. */
export async function hasLiveEnrollments(db: DbClient, customerId: number): Promise<boolean> {
  const row = await db.sequenceEnrollment.findFirst({ where: { customerId, status: { in: ['active', 'paused'] } }, select: { id: true } });
  return row !== null;
}

export function stopEnrollments(db: DbClient, customerId: number, reason: string, at: Date, revived: boolean): Promise<Enrollment[]> {
  return db.$queryRaw<Enrollment[]>`UPDATE sequence_enrollments
      SET status = 'stopped', stop_reason = ${reason}, stopped_at = ${at},
          revived_at = CASE WHEN ${revived} THEN ${at}::timestamp ELSE revived_at END
    WHERE customer_id = ${customerId} AND status IN ('active', 'paused')
    RETURNING id, customer_id AS "customerId", contact_id AS "contactId", sequence, status, stop_reason AS "stopReason",
      step, started_at AS "startedAt", next_due_at AS "nextDueAt", last_sent_at AS "lastSentAt", stopped_at AS "stoppedAt",
      revived_at AS "revivedAt"`;
}

/**
 * A buyer's reply, in one statement (every buyer message lands here): a sequence completed since `since` is credited
 * with it (still the sequence's success), and whether a live one is left for stopEnrollments to stop.
 */
export async function creditReply(db: DbClient, customerId: number, at: Date, since: Date): Promise<{ credited: number; live: boolean }> {
  const [row] = await db.$queryRaw<{ credited: number; live: boolean }[]>`
    WITH credited AS (
      UPDATE sequence_enrollments SET stop_reason = 'replied', revived_at = ${at}::timestamp
       WHERE customer_id = ${customerId}::int AND status = 'completed' AND revived_at IS NULL AND stop_reason IS NULL AND last_sent_at >= ${since}::timestamp
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM credited)::int AS credited,
           EXISTS (SELECT 1 FROM sequence_enrollments WHERE customer_id = ${customerId}::int AND status IN ('active', 'paused')) AS live`;
  return row;
}

export function setEnrollmentStatus(db: DbClient, id: number, from: string[], to: string) {
  return db.sequenceEnrollment.updateMany({ where: { id, status: { in: from } }, data: { status: to, nextDueAt: null } });
}

/** Sent / replied / revived counts per sequence for enrollments started in [from, to). */
export async function sequenceResults(db: DbClient, from: Date, to: Date) {
  const rows = await db.$queryRaw<{ enrolled: bigint; reached: bigint; messages: bigint; replied: bigint; opted_out: bigint; revived: bigint; active: bigint }[]>`
    SELECT count(*) AS enrolled,
      count(*) FILTER (WHERE e.last_sent_at IS NOT NULL) AS reached,
      COALESCE(sum((SELECT count(*) FROM outbox o WHERE o.enrollment_id = e.id AND o.status = 'sent')), 0) AS messages,
      count(*) FILTER (WHERE e.stop_reason = 'replied') AS replied,
      count(*) FILTER (WHERE e.stop_reason = 'opted_out') AS opted_out,
      count(*) FILTER (WHERE e.revived_at IS NOT NULL AND EXISTS (
        SELECT 1 FROM opportunities p WHERE p.customer_id = e.customer_id AND p.updated_at >= e.revived_at)) AS revived,
      count(*) FILTER (WHERE e.status IN ('active', 'paused')) AS active
    FROM sequence_enrollments e WHERE e.sequence = ${WAKEUP} AND e.started_at >= ${from} AND e.started_at < ${to}`;
  const r = rows[0];
  return {
    enrolled: Number(r.enrolled), reached: Number(r.reached), messagesSent: Number(r.messages), replied: Number(r.replied),
    optedOut: Number(r.opted_out), revived: Number(r.revived), active: Number(r.active),
  };
}

/** The few customer fields the sequence rules need. */
export function customerBrief(db: DbClient, id: number) {
  return db.customer.findUnique({ where: { id }, select: { id: true, name: true, ownerId: true, optedOut: true } });
}

/** The live enrollment of a customer (active or paused), if any. */
export function liveEnrollment(db: DbClient, customerId: number): Promise<Enrollment | null> {
  return db.sequenceEnrollment.findFirst({ where: { customerId, sequence: WAKEUP, status: { in: ['active', 'paused'] } }, orderBy: { id: 'desc' } });
}

/** The outbox rows of an enrollment, step by step (what was sent, skipped or is due). */
export function enrollmentMessages(db: DbClient, enrollmentId: number) {
  return db.outbox.findMany({
    where: { enrollmentId },
    orderBy: { step: 'asc' },
    select: { id: true, step: true, status: true, dueAt: true, sentAt: true, lastError: true, channel: true },
  });
}

/** Pause: the step that was planned but not sent is forgotten (row deleted, step moved back), so resume plans it again. */
export async function pauseEnrollment(db: DbClient, id: number): Promise<boolean> {
  const paused = await db.sequenceEnrollment.updateMany({ where: { id, status: 'active' }, data: { status: 'paused', nextDueAt: null } });
  if (paused.count !== 1) return false;
  const pending = await db.outbox.findMany({ where: { enrollmentId: id, status: 'pending' }, select: { step: true } });
  if (pending.length) {
    await db.outbox.deleteMany({ where: { enrollmentId: id, status: 'pending' } });
    await db.sequenceEnrollment.update({ where: { id }, data: { step: Math.min(...pending.map((p) => p.step ?? 0)) } });
  }
  return true;
}

/** Everything the last check before a wake-up send needs, in one round trip (it runs for every message). */
export async function sendState(db: DbClient, outboxId: number, enrollmentId: number, customerId: number, contactId: number | null, channel = '') {
  const rows = await db.$queryRaw<{ status: string | null; stopReason: string | null; contactGone: boolean; customerOptedOut: boolean; lastAutomatedAt: Date | null; lastInboundAt: Date | null }[]>`
    SELECT e.status, e.stop_reason AS "stopReason",
      (SELECT max(x.occurred_at) FROM communications x WHERE x.customer_id = ${customerId} AND x.channel = ${channel}
         AND x.direction = 'inbound') AS "lastInboundAt",
      COALESCE((SELECT k.opted_out OR k.erased_at IS NOT NULL FROM contacts k WHERE k.id = ${contactId}), true) AS "contactGone",
      COALESCE((SELECT c.opted_out FROM customers c WHERE c.id = ${customerId}), true) AS "customerOptedOut",
      (SELECT max(COALESCE(o.sent_at, o.due_at)) FROM outbox o WHERE o.customer_id = ${customerId} AND o.member_id IS NULL
         AND o.id <> ${outboxId} AND o.status IN ('sent', 'sending')) AS "lastAutomatedAt"
    FROM (SELECT 1) one LEFT JOIN sequence_enrollments e ON e.id = ${enrollmentId}`;
  return rows[0];
}

/**
 * After a wake-up message went out: the enrollment's last send (and completion on the last step) and the message
 * on the customer's timeline as an automated outbound one (it does not count as a rep's contact), in one statement.
 */
export async function recordWakeupSent(
  db: DbClient,
  m: { enrollmentId: number; lastStep: boolean; customerId: number | null; contactId: number | null; channel: string; chatId: string; text: string; language: string | null; at: Date },
): Promise<void> {
  const [id] = await allocateCommunicationIds(db, 1);
  await db.$executeRaw`WITH e AS (
      UPDATE sequence_enrollments SET last_sent_at = ${m.at},
        status = CASE WHEN ${m.lastStep} THEN 'completed' ELSE status END,
        next_due_at = CASE WHEN ${m.lastStep} THEN NULL ELSE next_due_at END
      WHERE id = ${m.enrollmentId} RETURNING id)
    INSERT INTO communications (id, customer_id, contact_id, channel, chat_id, direction, kind, text, language, occurred_at)
    VALUES (${id}, ${m.customerId}, ${m.contactId}, ${m.channel}, ${sealStored(m.chatId, communicationContext('chat_id', id))}, 'outbound', 'message', ${m.text}, ${m.language}, ${m.at})`;
}
