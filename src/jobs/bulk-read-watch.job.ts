import { z } from 'zod';
import { domainMessages, isLocale } from '../domain/i18n';
import { defineJob } from './job';

/** Every 5 minutes: a rep who opened or exported more than 50 customer cards in an hour → their manager hears of it once. */
export const bulkReadWatchJob = defineJob({
  name: 'bulk-read-watch',
  dataSchema: z.object({ threshold: z.number().int().positive().default(50) }),
  schedule: { every: 5 * 60_000 },
  scheduledData: { threshold: 50 },
  async handle(data, { services, now, logger }) {
    const alerts = await services.audit.claimBulkReadAlerts(now(), data.threshold);
    for (const alert of alerts) {
      const manager = await services.team.byId(alert.managerId);
      const text = domainMessages(isLocale(manager?.locale) ? manager.locale : 'en').auditAlerts.bulkRead({ name: alert.name, cards: alert.cards, limit: data.threshold });
      // claimed once per reader and hour (see claimBulkReadAlerts); the outbox carries it through a chat outage
      const hour = now().toISOString().slice(0, 13);
      await services.outbox.notifyLater(`bulk-read:${alert.memberId}:${alert.managerId}:${hour}`, alert.managerId, { text, kind: 'notice' }, now());
    }
    logger.info({ job: 'bulk-read-watch', alerts: alerts.length }, 'bulk read watch done');
    return { alerts: alerts.length };
  },
});
