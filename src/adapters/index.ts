import type { Config } from '../config';
import type { ChannelAdapter } from '../domain/channel-contract';
import type { AdapterDeps } from './adapter-deps';

export type { AdapterDeps } from './adapter-deps';

type AdapterFactory = (deps: AdapterDeps) => ChannelAdapter | null;

/** A chat platform `crm start` can run: whether its settings are present, and how to load it (only then). */
interface AdapterEntry {
  configured: (config: Config) => boolean;
  load: () => Promise<AdapterFactory>;
}

/**
 * Chat platforms started by `crm start` when their settings are present. Each SDK (telegraf, Bolt, whatsapp-web.js and
 * its browser driver, nodemailer/imapflow/mailparser) is imported only when its channel is configured, so a process
 * without it never pays its load time or memory. A new channel is one adapter file plus one line here.
 */
const adapters: AdapterEntry[] = [
  { configured: (c) => Boolean(c.TELEGRAM_BOT_TOKEN), load: async () => (await import('./telegram.adapter')).telegramFromConfig },
  { configured: (c) => Boolean(c.SLACK_BOT_TOKEN), load: async () => (await import('./slack.adapter')).slackFromConfig },
  { configured: (c) => Boolean(c.WHATSAPP_ENABLED), load: async () => (await import('./whatsapp.adapter')).whatsappFromConfig },
  { configured: (c) => Boolean(c.WHATSAPP_CLOUD_PHONE_NUMBER_ID), load: async () => (await import('./whatsapp-cloud.adapter')).whatsappCloudFromConfig },
  { configured: (c) => Boolean(c.EMAIL_SMTP_URL && c.EMAIL_IMAP_URL && c.EMAIL_FROM), load: async () => (await import('./email.adapter')).emailFromConfig },
];

export async function createConfiguredAdapters(deps: AdapterDeps): Promise<ChannelAdapter[]> {
  const created: ChannelAdapter[] = [];
  for (const entry of adapters) {
    if (!entry.configured(deps.config)) continue;
    const adapter = (await entry.load())(deps);
    if (adapter) created.push(adapter);
  }
  return created;
}
