import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { OutboundMessage } from '../../src/domain/channel-contract';
import { weeklyReportDigestJob } from '../../src/jobs/weekly-report-digest.job';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY } from '../support/db';
import { eventually } from '../support/eventually';

let app: App;
const sent: OutboundMessage[] = [];
const run = (now: Date) => weeklyReportDigestJob.handle({}, { services: app.services, logger: createLogger('silent'), now: () => now }, {} as never);

beforeAll(async () => {
  const { url } = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY });
  app = await createApp({
    config, logger: createLogger('silent'),
    adapters: [{
      channel: 'terminal', capabilities: { buttons: false, threads: false, files: true, replyWindowHours: null, maxTextLength: 100_000, customerFacing: false },
      start: async () => undefined, stop: async () => undefined, send: async (m) => (sent.push(m), { externalIds: [randomUUID()] }),
    }],
  });
  await app.services.team.add({ name: 'wang', role: 'manager', locale: 'zh', timezone: 'Asia/Shanghai' });
  await app.services.team.add({ name: 'maria', role: 'manager', locale: 'en', timezone: 'America/Mexico_City' });
  await app.services.team.add({ name: 'ana', role: 'rep', locale: 'en', manager: 'maria' });
});
afterAll(async () => app.stop());

describe('weekly report digest', () => {
  it('reaches each manager on Monday 09:00 their own time, once, with the charts', async () => {
    // Monday 2026-11-23 09:05 in Shanghai = 01:05 UTC; still Sunday evening in Mexico City
    expect(await run(new Date('2026-11-23T01:05:00Z'))).toEqual({ sent: 1 });
    // handed to the outbox, which delivers it (at once, or by its delivery job where the app runs jobs)
    await eventually(async () => sent.length > 0, 10_000);
    expect(sent.map((m) => m.chatId)).toEqual(['wang']);
    expect(sent[0].text).toContain('每周报表');
    expect(sent[0].text).toContain('销售漏斗');
    expect(sent[0].files?.map((f) => f.name)).toEqual(['report-funnel.png', 'report-team.png']);
    expect(await run(new Date('2026-11-23T01:20:00Z'))).toEqual({ sent: 0 }); // the same hour again: nothing twice
    // 09:10 in Mexico City (UTC-6) = 15:10 UTC
    sent.length = 0;
    expect(await run(new Date('2026-11-23T15:10:00Z'))).toEqual({ sent: 1 });
    await eventually(async () => sent.length > 0, 10_000);
    expect(sent.map((m) => m.chatId)).toEqual(['maria']);
    expect(sent[0].text).toMatch(/^ana: /m);
    expect(await run(new Date('2026-11-24T01:05:00Z'))).toEqual({ sent: 0 }); // Tuesday
  });
});
