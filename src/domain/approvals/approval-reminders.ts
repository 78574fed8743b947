import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.repository';
import type { PrismaClient } from '../db/client';
import { isLocale } from '../i18n';
import type { MemberNotices } from '../notify/member-notices';
import { findQuoteById } from '../quotes/quote.repository';
import { approvalButtons, reminderText } from './approval-messages';
import { claimEscalation, claimReminder, currentPendingApprovals } from './approval.repository';
import type { ApprovalService } from './approval.service';
import { findMemberRef } from '../team/member-ref.repository';
import { calendarOf, escalationTarget } from './approvers';
import { workingHoursBetween } from './working-hours';

/**
 * Pending approvals are reminded after N working hours of the approver's calendar and escalated after a working day.
 * Each reminder and escalation is claimed by a conditional update first, so a job that runs twice sends once.
 */
export function createApprovalReminders(deps: { db: PrismaClient; notices: MemberNotices; approvals: ApprovalService; logger: Logger }) {
  const { db, notices, approvals, logger } = deps;
  return {
    async run(now: Date): Promise<{ reminded: number; escalated: number }> {
      const rules = await approvals.rules();
      let reminded = 0;
      let escalated = 0;
      for (const approval of await currentPendingApprovals(db)) {
        const approver = approval.approverId ? await findMemberRef(db, approval.approverId) : null;
        const quote = await findQuoteById(db, approval.quoteId);
        if (!approver || !quote) continue;
        const hours = workingHoursBetween(approval.createdAt, now, calendarOf(approver));
        if (hours >= rules.escalateAfterWorkingHours && !approval.escalatedAt) {
          const target = await escalationTarget(db, approver, quote.createdById);
          if (target && (await claimEscalation(db, approval.id, target.id, now))) {
            await recordAudit(db, {
              actorId: null, via: 'job', action: 'update', entityType: 'approval', entityId: approval.id, customerId: quote.customerId,
              details: { escalatedTo: target.id, from: approver.id, number: quote.number, version: quote.version, workingHours: Math.round(hours) },
            });
            await approvals.notifyCurrent(quote.id, approver.displayName);
            escalated += 1;
          }
        } else if (hours >= rules.remindAfterWorkingHours && !approval.remindedAt && (await claimReminder(db, approval.id, now))) {
          const locale = isLocale(approver.locale) ? approver.locale : 'en';
          await notices.tell(`approval-reminder:${approval.id}:${approver.id}`, approver.id, { text: reminderText(quote, hours, locale), buttons: approvalButtons(approval.id, locale), customerId: quote.customerId });
          reminded += 1;
        }
      }
      if (reminded || escalated) logger.info({ reminded, escalated }, 'approval reminders sent');
      return { reminded, escalated };
    },
  };
}
