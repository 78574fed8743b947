import type { DbClient, Prisma } from '../db/client';

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

export function createCommunication(db: DbClient, data: NewCommunication) {
  return db.communication.create({ data });
}

/**
 * Stores a platform message once: a redelivered (channel, externalId) returns the stored row and `created: false`.
 */
export async function createCommunicationOnce(
  db: DbClient,
  data: NewCommunication & { externalId: string },
): Promise<{ created: boolean; id: number }> {
  const rows = await db.communication.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } });
  if (rows[0]) return { created: true, id: rows[0].id };
  const existing = await db.communication.findUniqueOrThrow({
    where: { channel_externalId: { channel: data.channel, externalId: data.externalId } },
    select: { id: true },
  });
  return { created: false, id: existing.id };
}

export function recentCommunications(db: DbClient, customerIds: number[], limit = 10) {
  return db.communication.findMany({
    where: { customerId: { in: customerIds }, deletedAt: null },
    orderBy: { occurredAt: 'desc' },
    take: limit,
  });
}
