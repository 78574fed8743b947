import { DateTime } from 'luxon';
import type { PrismaClient } from '../db/client';
import { domainMessages } from '../i18n';
import type { Notifier } from '../outbound/notifier';
import { toActor } from '../team/team-member.repository';
import { activeManagers, claimDigest, finishDigest } from './digest.repository';
import { renderReport } from './report.render';
import type { ReportService } from './report.service';

/**
 * Monday 09:00 in each manager's own time zone: last week's funnel and team figures for their team, with charts.
 * Called every few minutes; the dedupe row makes it once per manager per ISO week whatever the schedule does.
 */
export function createWeeklyDigest(deps: { db: PrismaClient; reports: ReportService; notifier: Notifier; baseCurrency: string }) {
  const { db, reports, notifier } = deps;
  return {
    async sendDue(now: Date): Promise<{ sent: number }> {
      let sent = 0;
      for (const member of await activeManagers(db)) {
        const local = DateTime.fromJSDate(now, { zone: member.timezone });
        if (!local.isValid || local.weekday !== 1 || local.hour !== 9) continue;
        const key = `weekly-report:${member.id}:${local.toFormat("kkkk-'W'WW")}`;
        if (!(await claimDigest(db, key, member.id, now))) continue;
        try {
          const actor = toActor(member);
          const [funnel, team] = await Promise.all([
            reports.run(actor, 'job', 'funnel', ['last-week', 'team'], now),
            reports.run(actor, 'job', 'team', ['last-week'], now),
          ]);
          const parts = [await renderReport(funnel, actor.locale, deps.baseCurrency), await renderReport(team, actor.locale, deps.baseCurrency)];
          const heading = domainMessages(actor.locale).leads.weeklyReport;
          const channel = await notifier.notifyMember(member.id, { text: [heading, ...parts.map((p) => p.text)].join('\n\n'), files: parts.map((p) => p.file) });
          await finishDigest(db, key, channel ? { sentAt: now } : { error: 'no reachable chat account' });
          if (channel) sent++;
        } catch (error) {
          await finishDigest(db, key, { error: (error as Error).message });
          throw error;
        }
      }
      return { sent };
    },
  };
}
