import { revealStored } from '../../src/domain/privacy/personal-data-cipher';

/** A stored message with its chat handles (encrypted at rest) in clear, for assertions. */
export function revealHandles<T extends { chatId: string | null; senderExternalId: string | null }>(row: T): T {
  return { ...row, chatId: revealStored(row.chatId), senderExternalId: revealStored(row.senderExternalId) };
}
