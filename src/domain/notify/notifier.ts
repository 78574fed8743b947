import type { DbClient } from '../db/client';
import type { OutboundButton, OutboundFile } from '../messages';
import type { Messenger } from '../outbound/messenger';
import { memberIdentities } from '../team/identity.repository';
import { findMemberById } from '../team/team-member.repository';
import type { Logger } from '../../logger';

export interface MemberNotification {
  text: string;
  buttons?: OutboundButton[];
  files?: OutboundFile[];
}

/**
 * Tells a team member something in their own channel: the preferred one if it is running, else any linked one
 * that is. Returns the channel used, or null when the member cannot be reached right now (logged).
 */
export function createNotifier(deps: { db: DbClient; messenger: Messenger; logger: Logger }) {
  const { db, messenger, logger } = deps;
  return {
    async notifyMember(memberId: number, notification: MemberNotification): Promise<string | null> {
      const member = await findMemberById(db, memberId);
      if (!member) return null;
      const identities = (await memberIdentities(db, memberId)).filter((i) => messenger.capabilities(i.channel));
      const target = identities.find((i) => i.channel === member.preferredChannel) ?? identities[0];
      if (!target) {
        logger.warn({ memberId }, 'member has no reachable chat account');
        return null;
      }
      await messenger.send({ channel: target.channel, chatId: target.chatId ?? target.externalId, ...notification });
      return target.channel;
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
