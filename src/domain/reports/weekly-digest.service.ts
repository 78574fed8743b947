import { DateTime } from 'luxon';
import type { PrismaClient } from '../db/client';
import { domainMessages } from '../i18n';
import type { OutboxService } from '../outbox/outbox.service';
import { toActor } from '../team/team-member.repository';
import { activeManagers } from './digest.repository';
import { renderReport } from './report.render';
import type { ReportService } from './report.service';

/**
 * Monday 09:00 in each manager's own time zone: last week's funnel and team figures for their team, with charts.
 * Called every few minutes; its outbox key makes it once per manager per ISO week whatever the schedule does.
 */
export function createWeeklyDigest(deps: { db: PrismaClient; reports: ReportService; outbox: OutboxService; baseCurrency: string }) {
  const { db, reports, outbox } = deps;
  return {
    async sendDue(now: Date): Promise<{ sent: number }> {
      let sent = 0;
      for (const member of await activeManagers(db)) {
        const local = DateTime.fromJSDate(now, { zone: member.timezone });
        if (!local.isValid || local.weekday !== 1 || local.hour !== 9) continue;
        const key = `weekly-report:${member.id}:${local.toFormat("kkkk-'W'WW")}`;
        // the outbox row is the once-per-week mark: looked up first so a run within the hour renders nothing again,
        // and unique, so two workers racing here send one digest
        if (await outbox.byKey(key)) continue;
        const actor = toActor(member);
        const [funnel, team] = await Promise.all([
          reports.run(actor, 'job', 'funnel', ['last-week', 'team'], now),
          reports.run(actor, 'job', 'team', ['last-week'], now),
        ]);
        const parts = [await renderReport(funnel, actor.locale, deps.baseCurrency), await renderReport(team, actor.locale, deps.baseCurrency)];
        const heading = domainMessages(actor.locale).leads.weeklyReport;
        // a chat that is down gets it when it is back (the outbox's retries), and never twice
        const text = [heading, ...parts.map((p) => p.text)].join('\n\n');
        if ((await outbox.notifyLater(key, member.id, { text, files: parts.map((p) => p.file), kind: 'digest' }, now)) !== 'exists') sent++;
      }
      return { sent };
    },
  };
}
