import type { ConversationStore } from '../conversation/conversation.store';
import type { OutboundMessage, OutboundPort, SentMessage } from '../channel-contract';

/**
 * Sends through the outbound port and keeps buttons working everywhere: where a channel has no buttons,
 * they become a numbered list and the numbers are remembered for the chat, so "2" presses the second one.
 */
export function createMessenger(port: OutboundPort, conversations: ConversationStore) {
  // a channel that could not show it (the member is not at their terminal) gets it at the member's next session
  const heldIfUnseen = async (message: OutboundMessage, sent: SentMessage) => {
    if (sent.externalIds.length === 0 && message.text) {
      const buttons = message.buttons?.map((b) => ({ label: b.label, action: b.action, value: b.value }));
      const files = message.files?.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.data.toString('base64') }));
      await conversations.hold(message.channel, message.chatId, { text: message.text, buttons, files });
    }
    return sent;
  };
  return {
    capabilities: (channel: string) => port.capabilities(channel),
    /** Shows what was held for this chat while nobody was there to see it. */
    async deliverHeld(channel: string, chatId: string): Promise<number> {
      const held = await conversations.takeHeld(channel, chatId);
      for (const m of held) {
        const files = m.files?.map((f) => ({ name: f.name, mimeType: f.mimeType, data: Buffer.from(f.base64, 'base64') }));
        await this.send({ channel, chatId, text: m.text, buttons: m.buttons, files });
      }
      return held.length;
    },
    async send(message: OutboundMessage): Promise<SentMessage> {
      const capabilities = port.capabilities(message.channel);
      if (!message.buttons?.length || capabilities?.buttons) return heldIfUnseen(message, await port.send(message));
      const list = message.buttons.map((b, i) => `${i + 1}) ${b.label}`).join('\n');
      const sent = await port.send({ ...message, buttons: undefined, text: `${message.text}\n\n${list}` });
      // the numbers only mean something where the list was seen: not remembered when it could not be shown;
      // a private answer is read (and answered with "2") in the person's own chat with the bot
      if (sent.externalIds.length) {
        await conversations.offerChoices(
          message.channel,
          message.audience?.userId ?? message.chatId,
          message.buttons.map((b) => ({ action: b.action, value: b.value })),
          { sessionId: sent.sessionId },
        );
      }
      return heldIfUnseen(message, sent);
    },
  };
}

export type Messenger = ReturnType<typeof createMessenger>;
