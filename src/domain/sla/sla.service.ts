import type { Logger } from '../../logger';
import type { PrismaClient } from '../db/client';
import { domainMessages, isLocale, type Locale } from '../i18n';
import type { MemberNotices } from '../notify/member-notices';
import { readSetting } from '../settings/settings.repository';
import { findMemberById } from '../team/team-member.repository';
import { scheduleFor, workingMinutesBetween } from '../calendar/business-hours';
import { closeAnsweredSlaTasks, createSlaTask, unansweredLeads, type UnansweredLead } from './sla.repository';
import { SLA_SETTINGS_KEY, slaSettingsSchema } from './sla.settings';

const DAY = 86_400_000;
// members without a known locale hear English
const lang = (l: string): Locale => (isLocale(l) ? l : 'en');

/**
 * First-response SLA: an inbound lead nobody answered gets a reminder to its owner after X working minutes and an
 * escalation to their manager (with a one-tap reassign) after Y. Counted in the owner's team's business hours,
 * holidays and time zone. Each notice is tied to a task with a dedupe key and leaves through the outbox under the same
 * key, so re-runs and parallel workers send it once and a channel outage delays it instead of losing it.
 */
export function createSlaService(deps: { db: PrismaClient; notices: MemberNotices; logger: Logger; defaultTimezone: string }) {
  const { db, notices, logger } = deps;

  async function remind(lead: UnansweredLead, minutes: number, now: Date) {
    const key = `sla:remind:${lead.id}:${lead.ownerId}:${lead.clockStart.getTime()}`;
    if (!(await createSlaTask(db, { customerId: lead.id, assigneeId: lead.ownerId, title: `Answer new lead #${lead.id} ${lead.name}`, dueAt: now, dedupeKey: key }))) return false;
    const text = domainMessages(lang(lead.ownerLocale)).sla.reminder({ id: lead.id, name: lead.name, minutes });
    await notices.tell(key, lead.ownerId, { text, customerId: lead.id }).catch((err) => logger.error({ err, lead: lead.id }, 'sla reminder failed'));
    return true;
  }

  async function escalate(lead: UnansweredLead, minutes: number, now: Date) {
    if (!lead.managerId || lead.managerId === lead.ownerId) return false;
    const key = `sla:escalate:${lead.id}:${lead.ownerId}:${lead.clockStart.getTime()}`;
    const title = `SLA: lead #${lead.id} ${lead.name} unanswered by ${lead.ownerName}`;
    if (!(await createSlaTask(db, { customerId: lead.id, assigneeId: lead.managerId, title, dueAt: now, dedupeKey: key }))) return false;
    const manager = await findMemberById(db, lead.managerId);
    const m = domainMessages(lang(manager?.locale ?? 'en')).sla;
    await notices
      .tell(key, lead.managerId, {
        customerId: lead.id,
        text: m.escalation({ id: lead.id, name: lead.name, owner: lead.ownerName, minutes }),
        buttons: [{ label: m.reassign, action: `sla.reassign:${lead.id}`, value: String(lead.id), style: 'danger' }],
      })
      .catch((err) => logger.error({ err, lead: lead.id }, 'sla escalation failed'));
    return true;
  }

  return {
    async check(now: Date): Promise<{ reminded: number; escalated: number; closed: number }> {
      const s = await readSetting(db, SLA_SETTINGS_KEY, slaSettingsSchema);
      const closed = await closeAnsweredSlaTasks(db, now);
      const leads = await unansweredLeads(db, now, new Date(now.getTime() - s.lookbackDays * DAY), s.remindAfterMinutes);
      let reminded = 0;
      let escalated = 0;
      for (const lead of leads) {
        const schedule = scheduleFor(
          lead.teamTimezone ? { timezone: lead.teamTimezone, businessHours: lead.businessHours, holidays: lead.holidays ?? [] } : null,
          { timezone: lead.ownerTimezone || deps.defaultTimezone, hours: s.businessHours },
        );
        const minutes = workingMinutesBetween(schedule, lead.clockStart, now);
        if (minutes >= s.escalateAfterMinutes && (await escalate(lead, minutes, now))) escalated += 1;
        if (minutes >= s.remindAfterMinutes && (await remind(lead, minutes, now))) reminded += 1;
      }
      return { reminded, escalated, closed };
    },
  };
}

export type SlaService = ReturnType<typeof createSlaService>;
