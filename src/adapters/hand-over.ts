import type { InboundHandler, InboundMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';
import { backoffDelay, type BackoffPolicy } from '../domain/retry-backoff';

/** 0.1 s, 0.2 s … up to 5 s between tries: Redis coming back is noticed within seconds. */
const HAND_OVER_RETRY: BackoffPolicy = { initialMs: 100, maxMs: 5_000 };

/**
 * Passes a message to the inbound handler (the durable queue), retrying while it is unreachable. Adapters call
 * this before acknowledging the platform, so a message is never acknowledged and then dropped: after `maxWaitMs`
 * the error goes back to the platform, which redelivers (webhooks), or the caller keeps waiting (polling).
 */
export async function handOver(
  onInbound: InboundHandler,
  message: InboundMessage,
  logger: Logger,
  maxWaitMs = Number.POSITIVE_INFINITY,
): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      await onInbound(message);
      return;
    } catch (error) {
      const delay = backoffDelay(HAND_OVER_RETRY, attempt + 1);
      if (Date.now() + delay - started > maxWaitMs) throw error;
      logger.warn({ err: error, channel: message.channel, externalId: message.externalId, attempt }, 'inbound hand-over failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
