import type { DbClient } from '../db/client';
import type { OutboundButton, OutboundFile } from '../channel-contract';
import type { Messenger } from './messenger';
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
  /** Where a member is told things now: the preferred running channel, else any running one; null when none. */
  async function targetOf(memberId: number) {
    const member = await findMemberById(db, memberId);
    if (!member) return null;
    const identities = (await memberIdentities(db, memberId)).filter((i) => messenger.capabilities(i.channel));
    const target = identities.find((i) => i.channel === member.preferredChannel) ?? identities[0];
    if (!target) logger.warn({ memberId }, 'member has no reachable chat account');
    return target ? { channel: target.channel, chatId: target.chatId ?? target.externalId } : null;
  }

  async function send(target: { channel: string; chatId: string } | null, notification: MemberNotification) {
    if (!target) return null;
    await messenger.send({ ...target, ...notification });
    return target.channel;
  }

  return {
    /** True when the member has a linked account on a running channel (a notice to them can be delivered now). */
    async reachable(memberId: number): Promise<boolean> {
      return (await targetOf(memberId)) !== null;
    },

    async notifyMember(memberId: number, notification: MemberNotification): Promise<string | null> {
      return send(await targetOf(memberId), notification);
    },

    /**
     * Many notices at once (a burst of assigned leads): each member's accounts are looked up once, not once per notice.
     * One result per notice, in order: the channel used, null when unreachable, or the error its send threw.
     */
    async notifyMembers(notices: { memberId: number; notification: MemberNotification }[]): Promise<(string | null | Error)[]> {
      const targets = new Map<number, ReturnType<typeof targetOf>>();
      for (const { memberId } of notices) if (!targets.has(memberId)) targets.set(memberId, targetOf(memberId));
      return Promise.all(notices.map(async ({ memberId, notification }) => {
        try {
          return await send(await targets.get(memberId)!, notification);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      }));
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
