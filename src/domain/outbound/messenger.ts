import type { ConversationStore } from '../conversation/conversation.store';
import type { OutboundMessage, OutboundPort, SentMessage } from '../messages';

/**
 * Sends through the outbound port and keeps buttons working everywhere: where a channel has no buttons,
 * they become a numbered list and the numbers are remembered for the chat, so "2" presses the second one.
 */
export function createMessenger(port: OutboundPort, conversations: ConversationStore) {
  return {
    capabilities: (channel: string) => port.capabilities(channel),
    async send(message: OutboundMessage): Promise<SentMessage> {
      const capabilities = port.capabilities(message.channel);
      if (!message.buttons?.length || capabilities?.buttons) return port.send(message);
      const list = message.buttons.map((b, i) => `${i + 1}) ${b.label}`).join('\n');
      // a private answer is read (and answered with "2") in the person's own chat with the bot
      await conversations.offerChoices(
        message.channel,
        message.audience?.userId ?? message.chatId,
        message.buttons.map((b) => ({ action: b.action, value: b.value })),
      );
      return port.send({ ...message, buttons: undefined, text: `${message.text}\n\n${list}` });
    },
  };
}

export type Messenger = ReturnType<typeof createMessenger>;
