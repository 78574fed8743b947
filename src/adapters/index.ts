import type { Config } from '../config';
import type { ChannelAdapter } from '../domain/messages';
import type { Logger } from '../logger';
import { slackFromConfig } from './slack.adapter';
import { telegramFromConfig } from './telegram.adapter';
import { whatsappFromConfig } from './whatsapp.adapter';

export interface AdapterDeps {
  config: Config;
  logger: Logger;
  /** a channel's problem that needs a person (a WhatsApp session logged out): told to the admins in chat */
  onAlert?: (channel: string, kind: 'auth_failure', detail: string) => void;
}

type AdapterFactory = (deps: AdapterDeps) => ChannelAdapter | null;

/**
 * Chat platforms started by `crm start` when their settings are present; each factory returns null when it is not configured.
 * A new channel is one adapter file plus one line here.
 */
const factories: AdapterFactory[] = [telegramFromConfig, slackFromConfig, whatsappFromConfig];

export function createConfiguredAdapters(deps: AdapterDeps): ChannelAdapter[] {
  return factories.map((create) => create(deps)).filter((a): a is ChannelAdapter => a !== null);
}
