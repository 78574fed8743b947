import type { DbClient } from '../db/client';
import { storedMessageId } from '../crypto/message-id';

/**
 * Start-up pass over rows written before platform message ids were keyed: each id still in clear is replaced by its
 * keyed form (storedMessageId). It runs in the application, not in a SQL migration, because the key is the
 * application's (DATA_ENCRYPTION_KEY) and must never be handed to the database. Idempotent; batched by primary key.
 */
export async function keyPlainMessageIds(db: DbClient, batch = 1000): Promise<number> {
  return (await keyCommunications(db, batch)) + (await keyReceipts(db, batch)) + (await keyOutbox(db, batch)) + (await keyReminders(db, batch));
}

const CLEAR = (column: string) => `(${column} IS NOT NULL AND ${column} NOT LIKE 'mk:%' AND ${column} NOT LIKE 'erased:%')`;
const key = (v: string | null) => (v === null ? null : storedMessageId(v));

async function keyCommunications(db: DbClient, batch: number): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<{ id: number; external_id: string | null; reply_to_external_id: string | null }[]>(
      `SELECT id, external_id, reply_to_external_id FROM communications
        WHERE ${CLEAR('external_id')} OR ${CLEAR('reply_to_external_id')} ORDER BY id LIMIT $1`, batch);
    if (!rows.length) return changed;
    await db.$executeRaw`UPDATE communications c SET external_id = u.external_id, reply_to_external_id = u.reply_to_external_id
      FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => key(r.external_id))}::text[], ${rows.map((r) => key(r.reply_to_external_id))}::text[])
        AS u(id, external_id, reply_to_external_id)
      WHERE c.id = u.id`;
    changed += rows.length;
  }
}

async function keyReceipts(db: DbClient, batch: number): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<{ channel: string; external_id: string }[]>(
      `SELECT channel, external_id FROM inbound_receipts WHERE ${CLEAR('external_id')} ORDER BY channel, external_id LIMIT $1`, batch);
    if (!rows.length) return changed;
    const channels = rows.map((r) => r.channel);
    // the primary key is (channel, external_id): insert the keyed receipt, then drop the clear one
    await db.$executeRaw`INSERT INTO inbound_receipts (channel, external_id)
      SELECT * FROM unnest(${channels}::text[], ${rows.map((r) => storedMessageId(r.external_id))}::text[]) ON CONFLICT DO NOTHING`;
    await db.$executeRaw`DELETE FROM inbound_receipts r USING unnest(${channels}::text[], ${rows.map((r) => r.external_id)}::text[]) AS u(channel, external_id)
      WHERE r.channel = u.channel AND r.external_id = u.external_id`;
    changed += rows.length;
  }
}

async function keyOutbox(db: DbClient, batch: number): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<{ id: number; external_id: string }[]>(
      `SELECT id, external_id FROM outbox WHERE ${CLEAR('external_id')} ORDER BY id LIMIT $1`, batch);
    if (!rows.length) return changed;
    await db.$executeRaw`UPDATE outbox o SET external_id = u.external_id
      FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => storedMessageId(r.external_id))}::text[]) AS u(id, external_id) WHERE o.id = u.id`;
    changed += rows.length;
  }
}

/** `/remind` from a chat message: its task's dedupe key was `remind:<channel>:<message id>`. */
async function keyReminders(db: DbClient, batch: number): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<{ id: number; dedupe_key: string }[]>(
      `SELECT id, dedupe_key FROM tasks WHERE dedupe_key LIKE 'remind:%' AND dedupe_key NOT LIKE 'remind:mk:%' ORDER BY id LIMIT $1`, batch);
    if (!rows.length) return changed;
    await db.$executeRaw`UPDATE tasks t SET dedupe_key = u.dedupe_key
      FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => `remind:${storedMessageId(r.dedupe_key.slice('remind:'.length))}`)}::text[]) AS u(id, dedupe_key)
      WHERE t.id = u.id`;
    changed += rows.length;
  }
}
