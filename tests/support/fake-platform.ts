import type { ChannelAdapter, ChannelCapabilities, OutboundMessage } from '../../src/domain/channel-contract';

export interface RecordedSend {
  chatId: string;
  text: string;
  at: number;
  buttons: string[];
}

/**
 * A remote chat platform stand-in (the only thing tests fake): records every message it accepts, with the time.
 * `hold()` makes sends hang until released, to catch a worker mid-send; `refuse(n)` makes the next n sends fail as a
 * platform outage would (a 502).
 */
export function createFakePlatform(channel: string, capabilities: Partial<ChannelCapabilities> = {}) {
  const sent: RecordedSend[] = [];
  let gate: Promise<void> | null = null;
  let open: () => void = () => undefined;
  let counter = 0;
  let refusals = 0;
  const adapter: ChannelAdapter = {
    channel,
    capabilities: { buttons: false, threads: false, files: false, replyWindowHours: null, maxTextLength: 4096, customerFacing: true, ...capabilities },
    async start() {},
    async stop() {},
    async send(message: OutboundMessage) {
      if (gate) await gate;
      if (refusals > 0) {
        refusals -= 1;
        throw new Error(`${channel}: 502 Bad Gateway`);
      }
      sent.push({ chatId: message.chatId, text: message.text, at: Date.now(), buttons: (message.buttons ?? []).map((b) => b.label) });
      counter += 1;
      return { externalIds: [`${channel}-${counter}`] };
    },
  };
  return {
    adapter,
    sent,
    to: (chatId: string) => sent.filter((s) => s.chatId === chatId),
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = null;
      open();
    },
    refuse(count: number) {
      refusals = count;
    },
  };
}
