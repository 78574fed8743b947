import { recordAudit } from '../audit/audit.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { findMemberByName, listMembers } from '../team/team-member.repository';
import { moveMemberBook, type OffboardCounts } from './offboard.repository';

/** When a rep leaves, the company keeps their customers: everything moves in one transaction, then the accounts go. */
export function createOffboardingService(deps: { db: PrismaClient }) {
  const { db } = deps;
  return {
    async offboard(name: string, to: string, via = 'cli', now = new Date()): Promise<OffboardCounts & { from: string; to: string }> {
      const leaving = await findMemberByName(db, name);
      if (!leaving) throw new DomainError('MEMBER_NOT_FOUND', { name });
      if (leaving.status === 'left') throw new DomainError('OFFBOARD_INVALID', { reason: `${leaving.name} has already left` });
      const toPool = ['pool', '公海'].includes(to.trim().toLowerCase());
      const target = toPool ? null : await findMemberByName(db, to);
      if (!toPool && !target) throw new DomainError('MEMBER_NOT_FOUND', { name: to });
      if (target?.id === leaving.id) throw new DomainError('OFFBOARD_INVALID', { reason: 'a member cannot hand over to themselves' });
      if (target && target.status === 'left') throw new DomainError('OFFBOARD_INVALID', { reason: `${target.name} has left too` });
      // open tasks need a person: the colleague, else the leaver's manager, else an admin
      const admins = (await listMembers(db)).filter((m) => m.role === 'admin' && m.status !== 'left' && m.id !== leaving.id);
      const taskAssigneeId = target?.id ?? leaving.managerId ?? admins[0]?.id;
      if (!taskAssigneeId) throw new DomainError('OFFBOARD_INVALID', { reason: 'nobody to take the open tasks: name a colleague instead of the pool' });
      const counts = await inTransaction(db, async (tx) => {
        const result = await moveMemberBook(tx, {
          fromId: leaving.id, toId: target?.id ?? null, taskAssigneeId, managerForReports: target?.id ?? leaving.managerId, at: now,
        });
        await recordAudit(tx, {
          actorId: null, via, action: 'offboard', entityType: 'team_member', entityId: leaving.id,
          details: { to: target ? target.name : 'pool', ...result },
        });
        return result;
      });
      return { ...counts, from: leaving.name, to: target?.name ?? 'pool' };
    },
  };
}

export type OffboardingService = ReturnType<typeof createOffboardingService>;
