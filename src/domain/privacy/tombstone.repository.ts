import type { DbClient } from '../db/client';
import { emailBlindIndex, phoneBlindIndex } from '../contacts/contact.repository';
import { handleIndex } from '../team/identity.repository';

/** What is left of an erased person: keyed hashes of their email, phone and chat accounts. */
export interface TombstoneEntry {
  kind: 'email' | 'phone' | 'handle';
  hash: string;
}

/** Tombstones for chat accounts (the same blind index the accounts are looked up by). */
export function handleTombstones(externalIds: string[]): TombstoneEntry[] {
  return [...new Set(externalIds)].map((id) => ({ kind: 'handle' as const, hash: handleIndex(id) }));
}

/** True when this chat account, or the phone number or email address it is made of, belongs to an erased person. */
export async function isErasedSender(db: DbClient, senderId: string, phone: string | null | undefined, email?: string | null): Promise<boolean> {
  const hashes = [handleIndex(senderId), ...(phone ? [phoneBlindIndex(phone)] : []), ...(email ? [emailBlindIndex(email)] : [])];
  return (await db.tombstone.count({ where: { hash: { in: hashes } } })) > 0;
}
