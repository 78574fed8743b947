import type { ChannelAdapter, OutboundMessage, OutboundPort, SentMessage } from '../domain/channel-contract';
import { splitText } from '../domain/text/split-text';
import { createSlotLimiter, realClock, RetryAfterError, type Clock, type RateLimitedAdapter, type SlotLimiter } from './send-limits';

export interface OutboundRouterOptions {
  /** injected in tests so rate limits and Retry-After are checked without sleeping */
  clock?: Clock;
  /** how many 429 answers one part may get before the send fails */
  maxRateLimitRetries?: number;
}

/**
 * The outbound port: picks the adapter for the message's channel and sends within its limits: long texts are
 * split at the channel's maximum, each part waits for its per-chat and per-channel slot, and a platform's
 * 429 (Retry-After) holds the chat back for as long as the platform asks, then the part is sent again.
 */
export function createOutboundRouter(
  adapters: readonly (ChannelAdapter & RateLimitedAdapter)[],
  options: OutboundRouterOptions = {},
): OutboundPort & { remove(channel: string): void } {
  const clock = options.clock ?? realClock;
  const maxRetries = options.maxRateLimitRetries ?? 5;
  const byChannel = new Map(adapters.map((a) => [a.channel, a]));
  const limiters = new Map<string, SlotLimiter>();
  for (const adapter of adapters) if (adapter.sendLimits) limiters.set(adapter.channel, createSlotLimiter(adapter.sendLimits, clock));

  async function sendPart(adapter: ChannelAdapter, part: OutboundMessage): Promise<SentMessage> {
    const limiter = limiters.get(adapter.channel);
    for (let attempt = 0; ; attempt += 1) {
      await limiter?.wait(part.chatId);
      try {
        return await adapter.send(part);
      } catch (error) {
        if (!(error instanceof RetryAfterError) || attempt >= maxRetries) throw error;
        if (limiter) limiter.pushBack(part.chatId, error.retryAfterMs, true);
        else await clock.sleep(error.retryAfterMs);
      }
    }
  }

  return {
    /** A channel that could not start: nothing is routed to it (members are told on another of their channels). */
    remove: (channel: string) => void byChannel.delete(channel),
    capabilities: (channel) => byChannel.get(channel)?.capabilities,
    async send(message: OutboundMessage): Promise<SentMessage> {
      const adapter = byChannel.get(message.channel);
      if (!adapter) throw new Error(`no adapter for channel ${message.channel}`);
      // an approved template is one platform message whatever its text's length: never split (each part would repeat it)
      const parts = message.template ? [message.text] : splitText(message.text, adapter.capabilities.maxTextLength);
      const externalIds: string[] = [];
      let sessionId: string | undefined;
      for (const [i, text] of parts.entries()) {
        const last = i === parts.length - 1;
        // buttons, files and a prompt go with the last part, under the text they belong to
        const sent = await sendPart(adapter, {
          ...message,
          text,
          buttons: last ? message.buttons : undefined,
          files: last ? message.files : undefined,
          prompt: last ? message.prompt : undefined,
          settle: last ? message.settle : undefined,
          // an answer on the spot is short; a long one is sent as ordinary messages
          pressAnswer: parts.length === 1 ? message.pressAnswer : undefined,
        });
        externalIds.push(...sent.externalIds);
        sessionId = sent.sessionId ?? sessionId;
      }
      return sessionId ? { externalIds, sessionId } : { externalIds };
    },
  };
}
