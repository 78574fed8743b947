import { revealMessageHandles } from '../../src/domain/customers/communication.repository';

/** A stored message with its chat handles (encrypted at rest, bound to the row) in clear, for assertions. */
export function revealHandles<T extends { id: number; chatId: string | null; senderExternalId: string | null }>(row: T): T {
  return revealMessageHandles(row);
}
