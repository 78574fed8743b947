import type { Config } from '../config';
import type { ChannelAdapter } from '../domain/messages';
import type { Logger } from '../logger';

export interface AdapterDeps {
  config: Config;
  logger: Logger;
}

type AdapterFactory = (deps: AdapterDeps) => ChannelAdapter | null;

/**
 * Chat platforms started by `crm start` when their settings are present; each factory returns null when it is not configured.
 * A new channel is one adapter file plus one line here.
 */
const factories: AdapterFactory[] = [];

export function createConfiguredAdapters(deps: AdapterDeps): ChannelAdapter[] {
  return factories.map((create) => create(deps)).filter((a): a is ChannelAdapter => a !== null);
}
