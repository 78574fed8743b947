import { z } from 'zod';
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
      const zh = manager?.locale === 'zh';
      await services.notifier.notifyMember(alert.managerId, {
        text: zh
          ? `⚠️ ${alert.name} 在过去一小时内查看或导出了 ${alert.cards} 个客户卡片（上限 ${data.threshold}）。请核实；/audit <客户> 可查看明细。`
          : `⚠️ ${alert.name} viewed or exported ${alert.cards} customer cards in the last hour (limit ${data.threshold}). Please check; /audit <customer> shows the detail.`,
      });
    }
    logger.info({ job: 'bulk-read-watch', alerts: alerts.length }, 'bulk read watch done');
    return { alerts: alerts.length };
  },
});
