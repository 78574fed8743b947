import { randomInt } from 'node:crypto';
import type { PrismaClient } from '../db/client';
import { inTransaction } from '../db/client';
import { recordAudit } from '../audit/audit.repository';
import { DomainError } from '../errors';
import { toCountryCode } from '../normalize/country';
import { isValidTimezone } from '../normalize/timezone';
import { regionNames } from './regions';
import type { Actor, Role } from './actor';
import { dropUnqualifiedMemberLink, findMembersByAccounts, findUnqualifiedMemberLink, linkMemberIdentity } from './identity.repository';
import { createAccountLookup } from '../micro-batcher';
import { assertLinkAllowed, recordLinkFailure } from './link-attempts';
import {
  createTeamMember,
  findMemberById,
  findMemberByName,
  listMembers,
  toActor,
  updateMember,
  type NewTeamMember,
} from './team-member.repository';

const LINK_CODE_TTL_MS = 24 * 60 * 60 * 1000;

export interface AddMemberInput {
  name: string;
  displayName?: string;
  role: Role;
  regions?: string[];
  productLines?: string[];
  locale: 'zh' | 'en';
  timezone?: string;
  manager?: string;
}

/** A region name (LATAM) or a country (code or name, "Mexico" → MX); anything else would silently match no customer. */
function memberRegion(value: string): string {
  const key = value.trim().toUpperCase();
  if (regionNames().includes(key)) return key;
  const code = toCountryCode(value);
  if (!code) throw new DomainError('UNKNOWN_REGION', { value, regions: regionNames() });
  return code;
}

export function createTeamService(deps: { db: PrismaClient; defaultTimezone: string }) {
  const { db } = deps;
  // every inbound message asks who its sender is: the questions asked together go as one query per channel
  const memberBehind = createAccountLookup((channel, ids) => findMembersByAccounts(db, channel, ids));
  return {
    /** The team member behind a platform account, or null for a stranger (or a member who left). */
    async identify(channel: string, externalId: string): Promise<Actor | null> {
      const member = await memberBehind(channel, externalId);
      // each caller its own Actor: a flow may adjust the one it was given
      return member && member.status !== 'left' ? toActor(member) : null;
    },

    /**
     * A stranger whose account was linked under its bare user id before workspaces were checked (Slack): that link
     * recorded no workspace, so nothing proves which workspace linked it, and trusting the workspace of today's message
     * would let a same-id user of another workspace in a shared channel act as the member. They link once more.
     */
    async linkedWithoutWorkspace(channel: string, externalId: string): Promise<boolean> {
      return (await findUnqualifiedMemberLink(db, channel, externalId)) !== null;
    },

    async byName(name: string): Promise<Actor> {
      const member = await findMemberByName(db, name);
      if (!member) throw new DomainError('MEMBER_NOT_FOUND', { name });
      return toActor(member);
    },

    async byId(id: number): Promise<Actor | null> {
      const member = await findMemberById(db, id);
      return member ? toActor(member) : null;
    },

    /** Creates a member; the terminal identity (their name) is linked at once, since the terminal is local. */
    async add(input: AddMemberInput, via = 'cli'): Promise<Actor> {
      if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(input.name)) throw new DomainError('BAD_ARGUMENTS', { name: input.name });
      const timezone = input.timezone ?? deps.defaultTimezone;
      if (!isValidTimezone(timezone)) throw new DomainError('BAD_TIMEZONE', { value: timezone });
      const regions = (input.regions ?? []).map(memberRegion);
      return inTransaction(db, async (tx) => {
        if (await findMemberByName(tx, input.name)) throw new DomainError('MEMBER_EXISTS', { name: input.name });
        let managerId: number | null = null;
        if (input.manager) {
          const manager = await findMemberByName(tx, input.manager);
          if (!manager) throw new DomainError('MEMBER_NOT_FOUND', { name: input.manager });
          managerId = manager.id;
        }
        const data: NewTeamMember = {
          name: input.name,
          displayName: input.displayName ?? input.name,
          role: input.role,
          regions,
          productLines: input.productLines ?? [],
          locale: input.locale,
          timezone,
          managerId,
          preferredChannel: 'terminal',
        };
        const member = await createTeamMember(tx, data);
        await linkMemberIdentity(tx, { channel: 'terminal', externalId: member.name, chatId: member.name, teamMemberId: member.id });
        await recordAudit(tx, { actorId: null, via, action: 'create', entityType: 'team_member', entityId: member.id });
        return toActor(member);
      });
    },

    async list(): Promise<Actor[]> {
      return (await listMembers(db)).map(toActor);
    },

    async setLocale(actor: Actor, locale: 'zh' | 'en'): Promise<Actor> {
      return toActor(await updateMember(db, actor.id, { locale }));
    },

    /** A one-time code the member sends as `/link <code>` from a chat account. */
    async invite(name: string): Promise<{ code: string; expiresAt: Date }> {
      const member = await findMemberByName(db, name);
      if (!member) throw new DomainError('MEMBER_NOT_FOUND', { name });
      const code = String(randomInt(100_000_000, 999_999_999));
      const expiresAt = new Date(Date.now() + LINK_CODE_TTL_MS);
      await db.linkCode.create({ data: { code, teamMemberId: member.id, expiresAt } });
      return { code, expiresAt };
    },

    /** `/link <code>`: refused unread past the failure limits; a wrong or expired code is audited as a failure. */
    async link(code: string, account: { channel: string; externalId: string; chatId: string; displayName?: string }): Promise<Actor> {
      await assertLinkAllowed(db, account);
      try {
        return await spendCode(code, account);
      } catch (error) {
        // recorded outside the refused transaction, so the failure is never rolled back with it
        if (error instanceof DomainError && error.code === 'LINK_CODE_INVALID') await recordLinkFailure(db, account, 'invalid_or_expired');
        throw error;
      }
    },
  };

  /** Links the account that sent a valid, unused code; the code is spent in the same transaction. */
  function spendCode(code: string, account: { channel: string; externalId: string; chatId: string; displayName?: string }): Promise<Actor> {
    return inTransaction(db, async (tx) => {
      const spent = await tx.linkCode.updateMany({
        where: { code: code.trim(), usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (spent.count !== 1) throw new DomainError('LINK_CODE_INVALID', { code: code.trim() });
      const { teamMemberId } = await tx.linkCode.findUniqueOrThrow({ where: { code: code.trim() } });
      const identity = await linkMemberIdentity(tx, { ...account, teamMemberId });
      // the same member's link made before workspaces were recorded is replaced by this one
      await dropUnqualifiedMemberLink(tx, account.channel, account.externalId, teamMemberId);
      // the identity's row id, never the platform account id (a chat handle is personal data)
      await recordAudit(tx, { actorId: teamMemberId, via: account.channel, action: 'link', entityType: 'channel_identity', entityId: identity.id });
      const member = await findMemberById(tx, teamMemberId);
      return toActor(member!);
    });
  }
}

export type TeamService = ReturnType<typeof createTeamService>;
