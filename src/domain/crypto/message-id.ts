import { messageKey } from './personal-data-cipher';

/**
 * Platform message ids as they are stored (communications.external_id and reply_to_external_id, inbound_receipts,
 * outbox.external_id, the key of a `/remind` made from a message): Telegram's ("<chat>:<message>") and WhatsApp's
 * ("true_<phone>@c.us_<id>") contain the chat id or the phone number, so only a keyed hash of them is written. It is
 * deterministic, so a redelivered message meets the same key and is still stored once; nothing reads a stored id back
 * as a platform id (edits and deletions find their message by the keyed form of the id they name).
 */
const PREFIX = 'mk:';

export function storedMessageId(externalId: string): string {
  return isStoredMessageId(externalId) ? externalId : `${PREFIX}${messageKey(externalId)}`;
}

export function storedMessageIdOrNull(externalId: string | null | undefined): string | null {
  return externalId == null ? null : storedMessageId(externalId);
}

/** Already keyed: by this module (`mk:`), or by a GDPR erase of an earlier version (`erased:`). */
export function isStoredMessageId(value: string): boolean {
  return value.startsWith(PREFIX) || value.startsWith('erased:');
}
