import { inject } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram.adapter';
import type { AppOptions } from '../../src/app';
import type { ChannelAdapter } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from './db';
import { startFakeTelegram } from './fake-telegram';
import { createAppWithAdapters } from './channel-harness';

/**
 * The app with jobs on the real queue (its own key prefix), its Telegram channel on a fresh local Bot API, and any
 * other channels given; the app's logger (if given) is the channel's too.
 */
export async function startTelegramApp(
  label: string,
  options: Partial<AppOptions> = {},
  extra: { adapters?: ChannelAdapter[]; env?: Record<string, string> } = {},
) {
  const prefix = testQueuePrefix(label);
  const fake = await startFakeTelegram();
  const adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: options.logger ?? createLogger('silent') });
  const app = await createAppWithAdapters([adapter, ...(extra.adapters ?? [])], { QUEUE_PREFIX: prefix, REDIS_URL: inject('redisUrl'), ...extra.env }, { withJobs: true, ...options });
  return { fake, app, prefix };
}
