import type { DbClient, Prisma } from '../db/client';
import { isEncrypted, isUnbound, revealStored, sealContext, sealStored } from '../crypto/personal-data-cipher';
import { storedMessageIdOrNull } from '../crypto/message-id';

export type CommunicationDirection = 'inbound' | 'outbound' | 'internal';
export type CommunicationKind = 'message' | 'note' | 'call' | 'meeting' | 'email' | 'system';

export interface NewCommunication {
  customerId?: number | null;
  contactId?: number | null;
  teamMemberId?: number | null;
  channel: string;
  direction: CommunicationDirection;
  kind: CommunicationKind;
  text: string;
  language?: string | null;
  intents?: string[];
  externalId?: string | null;
  chatId?: string | null;
  senderExternalId?: string | null;
  replyToExternalId?: string | null;
  threadId?: string | null;
  attachments?: Prisma.InputJsonValue;
  occurredAt?: Date;
}

type HandleColumn = 'chat_id' | 'sender_external_id';

/** A message's sealed chat and sender ids are bound to their column and row. */
export function communicationContext(column: HandleColumn, id: number): string {
  return sealContext('communications', column, id);
}

/** The chat and sender ids of a stored message in clear. */
export function revealMessageHandles<T extends { id: number; chatId: string | null; senderExternalId?: string | null }>(row: T): T {
  const out = { ...row, chatId: revealStored(row.chatId, communicationContext('chat_id', row.id)) };
  if (row.senderExternalId !== undefined) out.senderExternalId = revealStored(row.senderExternalId, communicationContext('sender_external_id', row.id));
  return out;
}

/** Ids for messages about to be written, so their chat handles can be sealed for their row before the insert. */
export async function allocateCommunicationIds(db: DbClient, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('communications', 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((r) => Number(r.id));
}

/**
 * The chat and sender ids are chat handles (a WhatsApp chat id is a phone number): stored encrypted, bound to the row;
 * platform message ids, which contain them, only as a keyed hash.
 */
export async function createCommunication(db: DbClient, data: NewCommunication) {
  const [id] = await allocateCommunicationIds(db, 1);
  return db.communication.create({
    data: {
      ...data, id,
      externalId: storedMessageIdOrNull(data.externalId),
      replyToExternalId: storedMessageIdOrNull(data.replyToExternalId),
      chatId: sealStored(data.chatId, communicationContext('chat_id', id)),
      senderExternalId: sealStored(data.senderExternalId, communicationContext('sender_external_id', id)),
    },
  });
}

/** Messages whose handles were stored in clear, or sealed before values were bound to their row, are rebound; at start-up. */
export async function bindMessageHandles(db: DbClient, batch = 1000): Promise<number> {
  let changed = 0;
  const stale = (v: string | null) => v !== null && (!isEncrypted(v) || isUnbound(v));
  for (let afterId = 0; ;) {
    const rows = await db.$queryRaw<{ id: number; chat_id: string | null; sender_external_id: string | null }[]>`SELECT id, chat_id, sender_external_id
      FROM communications WHERE id > ${afterId}
        AND ((chat_id IS NOT NULL AND chat_id NOT LIKE 'enc:v2:%') OR (sender_external_id IS NOT NULL AND sender_external_id NOT LIKE 'enc:v2:%'))
      ORDER BY id LIMIT ${batch}`;
    if (!rows.length) return changed;
    afterId = rows[rows.length - 1].id;
    for (const row of rows) {
      if (!stale(row.chat_id) && !stale(row.sender_external_id)) continue;
      const plain = revealMessageHandles({ id: row.id, chatId: row.chat_id, senderExternalId: row.sender_external_id });
      await db.communication.update({
        where: { id: row.id },
        data: {
          chatId: sealStored(plain.chatId, communicationContext('chat_id', row.id)),
          senderExternalId: sealStored(plain.senderExternalId ?? null, communicationContext('sender_external_id', row.id)),
        },
      });
      changed++;
    }
  }
}

