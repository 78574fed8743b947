import type { DbClient, Prisma } from '../db/client';
import { sealStored } from '../privacy/personal-data-cipher';

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

/** The chat and sender ids are chat handles (a WhatsApp chat id is a phone number): stored encrypted. */
export function createCommunication(db: DbClient, data: NewCommunication) {
  return db.communication.create({ data: { ...data, chatId: sealStored(data.chatId), senderExternalId: sealStored(data.senderExternalId) } });
}

