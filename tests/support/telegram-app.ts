import { inject } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram.adapter';
import type { AppOptions } from '../../src/app';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from './db';
import { startFakeTelegram } from './fake-telegram';
import { createAppWithAdapters } from './channel-harness';

/** The app with jobs on the real queue (its own key prefix), its Telegram channel on a fresh local Bot API. */
export async function startTelegramApp(label: string, options: Partial<AppOptions> = {}) {
  const fake = await startFakeTelegram();
  const adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: createLogger('silent') });
  const app = await createAppWithAdapters([adapter], { QUEUE_PREFIX: testQueuePrefix(label), REDIS_URL: inject('redisUrl') }, { withJobs: true, ...options });
  return { fake, app };
}
