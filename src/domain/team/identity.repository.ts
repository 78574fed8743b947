import type { DbClient } from '../db/client';
import type { ChannelIdentity, TeamMember } from '../../generated/prisma/client';

export type { ChannelIdentity };

export function findIdentity(
  db: DbClient,
  channel: string,
  externalId: string,
): Promise<(ChannelIdentity & { teamMember: TeamMember | null }) | null> {
  return db.channelIdentity.findUnique({
    where: { channel_externalId: { channel, externalId } },
    include: { teamMember: true },
  });
}

/** Links (or re-links) a platform account to a team member. */
export function linkMemberIdentity(
  db: DbClient,
  data: { channel: string; externalId: string; chatId?: string; displayName?: string; teamMemberId: number },
): Promise<ChannelIdentity> {
  const { channel, externalId, ...rest } = data;
  return db.channelIdentity.upsert({
    where: { channel_externalId: { channel, externalId } },
    create: { channel, externalId, ...rest, contactId: null },
    update: { ...rest, contactId: null },
  });
}

export function linkContactIdentity(
  db: DbClient,
  data: { channel: string; externalId: string; chatId?: string; displayName?: string; contactId: number },
): Promise<ChannelIdentity> {
  const { channel, externalId, ...rest } = data;
  return db.channelIdentity.upsert({
    where: { channel_externalId: { channel, externalId } },
    create: { channel, externalId, ...rest },
    update: rest,
  });
}

export function memberIdentities(db: DbClient, teamMemberId: number): Promise<ChannelIdentity[]> {
  return db.channelIdentity.findMany({ where: { teamMemberId }, orderBy: { id: 'asc' } });
}
