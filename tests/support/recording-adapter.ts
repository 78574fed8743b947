import type { ChannelAdapter, OutboundMessage } from '../../src/domain/channel-contract';
import { TERMINAL_CAPABILITIES } from '../../src/adapters/terminal.adapter';

/**
 * A stand-in for the terminal channel that records what the bot sends (team members added by `team.add` are linked
 * on the terminal, so their notifications land here). The platform is faked; everything behind it is real.
 */
export function createRecordingAdapter(options: { buttons?: boolean } = {}): ChannelAdapter & { sent: OutboundMessage[]; to(chatId: string): OutboundMessage[] } {
  const sent: OutboundMessage[] = [];
  return {
    channel: 'terminal',
    capabilities: { ...TERMINAL_CAPABILITIES, buttons: options.buttons ?? true },
    sent,
    to: (chatId) => sent.filter((m) => m.chatId === chatId),
    async start() {},
    async stop() {},
    async send(message) {
      sent.push(message);
      return { externalIds: [`rec-${sent.length}`] };
    },
  };
}
