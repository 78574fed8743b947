import type { ChannelAdapter } from '../domain/channel-contract';
import type { AdapterDeps } from './adapter-deps';
import { slackFromConfig } from './slack.adapter';
import { telegramFromConfig } from './telegram.adapter';
import { whatsappFromConfig } from './whatsapp.adapter';

export type { AdapterDeps } from './adapter-deps';

type AdapterFactory = (deps: AdapterDeps) => ChannelAdapter | null;

/**
 * Chat platforms started by `crm start` when their settings are present; each factory returns null when it is not configured.
 * A new channel is one adapter file plus one line here.
 */
const factories: AdapterFactory[] = [telegramFromConfig, slackFromConfig, whatsappFromConfig];

export function createConfiguredAdapters(deps: AdapterDeps): ChannelAdapter[] {
  return factories.map((create) => create(deps)).filter((a): a is ChannelAdapter => a !== null);
}
