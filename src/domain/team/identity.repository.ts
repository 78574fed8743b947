import type { DbClient } from '../db/client';
import type { ChannelIdentity, TeamMember } from '../../generated/prisma/client';
import { isEncrypted, isUnbound, personalDataCipher, revealStored, sealContext, sealStored } from '../crypto/personal-data-cipher';

export type { ChannelIdentity };

/**
 * Chat handles are personal data (a WhatsApp id is a phone number): the account id, its chat id and display name are
 * stored encrypted, and accounts are found by a keyed hash of the exact account id. Everything this module returns is
 * in clear; everything it writes is sealed.
 */
export function handleIndex(externalId: string): string {
  return personalDataCipher().blindIndex('handle', externalId);
}

type IdentityColumn = 'external_id' | 'chat_id' | 'display_name';

/** Sealed values are bound to their column and to the row's unique key (channel + keyed account id). */
export function identityContext(column: IdentityColumn, row: { channel: string; externalIdHash: string | null }): string {
  return sealContext('channel_identities', column, `${row.channel}:${row.externalIdHash ?? ''}`);
}

export function revealIdentity<T extends { channel: string; externalIdHash: string | null; externalId: string; chatId: string | null; displayName: string | null }>(row: T): T {
  return {
    ...row,
    externalId: revealStored(row.externalId, identityContext('external_id', row))!,
    chatId: revealStored(row.chatId, identityContext('chat_id', row)),
    displayName: revealStored(row.displayName, identityContext('display_name', row)),
  };
}

/**
 * The team members behind these accounts of one channel (absent: a stranger or a buyer), in one query: the inbound
 * worker checks every message's sender, many at once. Nothing is decrypted: the keyed hash finds the row.
 */
export async function findMembersByAccounts(db: DbClient, channel: string, externalIds: string[]): Promise<Map<string, TeamMember>> {
  const hashes = new Map(externalIds.map((id) => [handleIndex(id), id]));
  // one statement: Prisma reads a relation with a second query, and this runs on every inbound message's path
  const rows = await db.$queryRawUnsafe<(TeamMember & { external_id_hash: string })[]>(
    `SELECT ci.external_id_hash, ${MEMBER_SELECT}
       FROM channel_identities ci JOIN team_members tm ON tm.id = ci.team_member_id
      WHERE ci.channel = $1 AND ci.external_id_hash = ANY($2::text[])`,
    channel,
    [...hashes.keys()],
  );
  const members = new Map<string, TeamMember>();
  for (const { external_id_hash: hash, ...member } of rows) members.set(hashes.get(hash)!, member);
  return members;
}

// every field of the model, so a field added to TeamMember does not compile until it is read here too
const MEMBER_COLUMNS: Record<keyof TeamMember, string> = {
  id: 'id', name: 'name', displayName: 'display_name', role: 'role', duties: 'duties', regions: 'regions',
  productLines: 'product_lines', weight: 'weight', weightMode: 'weight_mode', locale: 'locale', timezone: 'timezone',
  status: 'status', leaveFrom: 'leave_from', leaveUntil: 'leave_until', maxOpenLeads: 'max_open_leads',
  preferredChannel: 'preferred_channel', managerId: 'manager_id', teamId: 'team_id', createdAt: 'created_at',
};
const MEMBER_SELECT = Object.entries(MEMBER_COLUMNS).map(([field, column]) => `tm.${column} AS "${field}"`).join(', ');

type LinkData = { channel: string; externalId: string; chatId?: string; displayName?: string };

async function upsertIdentity(db: DbClient, data: LinkData, owner: { teamMemberId: number; contactId: null } | { contactId: number }) {
  const { channel, externalId, chatId, displayName } = data;
  const externalIdHash = handleIndex(externalId);
  const key = { channel, externalIdHash };
  const details = { chatId: sealStored(chatId, identityContext('chat_id', key)), displayName: sealStored(displayName, identityContext('display_name', key)), ...owner };
  const row = await db.channelIdentity.upsert({
    where: { channel_externalIdHash: { channel, externalIdHash } },
    create: { channel, externalId: sealStored(externalId, identityContext('external_id', key)), externalIdHash, ...details },
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

/**
 * An account id qualified by its workspace (`<workspace>/<user>`, or `<org>/<workspace>/<user>`) stands for the bare
 * user id an earlier version linked, before workspaces were recorded; null for any other id.
 */
export function unqualifiedAccountId(externalId: string): string | null {
  const cut = externalId.lastIndexOf('/');
  return cut > 0 && cut < externalId.length - 1 ? externalId.slice(cut + 1) : null;
}

/** The member an account was linked to under its bare user id (before workspaces were recorded), if any. */
export async function findUnqualifiedMemberLink(db: DbClient, channel: string, externalId: string): Promise<{ id: number; teamMemberId: number } | null> {
  const bare = unqualifiedAccountId(externalId);
  if (!bare) return null;
  const row = await db.channelIdentity.findUnique({ where: { channel_externalIdHash: { channel, externalIdHash: handleIndex(bare) } }, select: { id: true, teamMemberId: true } });
  return row?.teamMemberId ? { id: row.id, teamMemberId: row.teamMemberId } : null;
}

/** Removes a member's link under a bare user id once the same account linked again with its workspace. */
export async function dropUnqualifiedMemberLink(db: DbClient, channel: string, externalId: string, teamMemberId: number): Promise<void> {
  const bare = unqualifiedAccountId(externalId);
  if (bare) await db.channelIdentity.deleteMany({ where: { channel, externalIdHash: handleIndex(bare), teamMemberId } });
}

export async function memberIdentities(db: DbClient, teamMemberId: number): Promise<ChannelIdentity[]> {
  const rows = await db.channelIdentity.findMany({ where: { teamMemberId }, orderBy: { id: 'asc' } });
  return rows.map(revealIdentity);
}

/**
 * Rows written before handles were encrypted (or by plain SQL), or sealed before values were bound to their row, are
 * sealed, indexed and bound in place, in batches; run at start-up after the migrations, like encryptPlainContacts.
 */
export async function encryptPlainIdentities(db: DbClient, batch = 500): Promise<number> {
  let changed = 0;
  for (let afterId = 0; ;) {
    const rows = await db.channelIdentity.findMany({ where: { id: { gt: afterId } }, take: batch, orderBy: { id: 'asc' } });
    if (!rows.length) return changed;
    afterId = rows[rows.length - 1].id;
    for (const row of rows) {
      const stale = (v: string | null) => v !== null && (!isEncrypted(v) || isUnbound(v));
      if (row.externalIdHash && !stale(row.externalId) && !stale(row.chatId) && !stale(row.displayName)) continue;
      const plain = revealIdentity(row);
      const key = { channel: row.channel, externalIdHash: handleIndex(plain.externalId) };
      await db.channelIdentity.update({
        where: { id: row.id },
        data: {
          externalId: sealStored(plain.externalId, identityContext('external_id', key)),
          externalIdHash: key.externalIdHash,
          chatId: sealStored(plain.chatId, identityContext('chat_id', key)),
          displayName: sealStored(plain.displayName, identityContext('display_name', key)),
        },
      });
      changed++;
    }
  }
}
