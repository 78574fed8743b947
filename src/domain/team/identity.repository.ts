import type { DbClient } from '../db/client';
import type { ChannelIdentity, TeamMember } from '../../generated/prisma/client';
import { isEncrypted, personalDataCipher, revealStored, sealStored } from '../privacy/personal-data-cipher';

export type { ChannelIdentity };

/**
 * Chat handles are personal data (a WhatsApp id is a phone number): the account id, its chat id and display name are
 * stored encrypted, and accounts are found by a keyed hash of the exact account id. Everything this module returns is
 * in clear; everything it writes is sealed.
 */
export function handleIndex(externalId: string): string {
  return personalDataCipher().blindIndex('handle', externalId);
}

export function revealIdentity<T extends { externalId: string; chatId: string | null; displayName: string | null }>(row: T): T {
  return { ...row, externalId: revealStored(row.externalId)!, chatId: revealStored(row.chatId), displayName: revealStored(row.displayName) };
}

export async function findIdentity(
  db: DbClient,
  channel: string,
  externalId: string,
): Promise<(ChannelIdentity & { teamMember: TeamMember | null }) | null> {
  const row = await db.channelIdentity.findUnique({
    where: { channel_externalIdHash: { channel, externalIdHash: handleIndex(externalId) } },
    include: { teamMember: true },
  });
  return row && revealIdentity(row);
}

type LinkData = { channel: string; externalId: string; chatId?: string; displayName?: string };

async function upsertIdentity(db: DbClient, data: LinkData, owner: { teamMemberId: number; contactId: null } | { contactId: number }) {
  const { channel, externalId, chatId, displayName } = data;
  const details = { chatId: sealStored(chatId), displayName: sealStored(displayName), ...owner };
  const externalIdHash = handleIndex(externalId);
  const row = await db.channelIdentity.upsert({
    where: { channel_externalIdHash: { channel, externalIdHash } },
    create: { channel, externalId: sealStored(externalId), externalIdHash, ...details },
    update: details,
  });
  return revealIdentity(row);
}

/** Links (or re-links) a platform account to a team member. */
export function linkMemberIdentity(db: DbClient, data: LinkData & { teamMemberId: number }): Promise<ChannelIdentity> {
  return upsertIdentity(db, data, { teamMemberId: data.teamMemberId, contactId: null });
}

export function linkContactIdentity(db: DbClient, data: LinkData & { contactId: number }): Promise<ChannelIdentity> {
  return upsertIdentity(db, data, { contactId: data.contactId });
}

export async function memberIdentities(db: DbClient, teamMemberId: number): Promise<ChannelIdentity[]> {
  const rows = await db.channelIdentity.findMany({ where: { teamMemberId }, orderBy: { id: 'asc' } });
  return rows.map(revealIdentity);
}

/**
 * Rows written before handles were encrypted (or by plain SQL) are sealed and indexed in place, in batches; run at
 * start-up after the migrations, like encryptPlainContacts.
 */
export async function encryptPlainIdentities(db: DbClient, batch = 500): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await db.channelIdentity.findMany({ where: { externalIdHash: null }, take: batch, orderBy: { id: 'asc' } });
    if (!rows.length) return changed;
    for (const row of rows) {
      const plain = revealIdentity(row);
      await db.channelIdentity.update({
        where: { id: row.id },
        data: {
          externalId: isEncrypted(row.externalId) ? row.externalId : sealStored(plain.externalId),
          externalIdHash: handleIndex(plain.externalId),
          chatId: row.chatId && !isEncrypted(row.chatId) ? sealStored(row.chatId) : row.chatId,
          displayName: row.displayName && !isEncrypted(row.displayName) ? sealStored(row.displayName) : row.displayName,
        },
      });
      changed++;
    }
  }
}
