import type { ChannelAdapter, OutboundMessage, OutboundPort, SentMessage } from '../domain/messages';

/** Splits text at the channel's limit, preferring line breaks, then spaces. */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The outbound port: picks the adapter for the message's channel and sends within its limits. */
export function createOutboundRouter(adapters: readonly ChannelAdapter[]): OutboundPort {
  const byChannel = new Map(adapters.map((a) => [a.channel, a]));
  return {
    capabilities: (channel) => byChannel.get(channel)?.capabilities,
    async send(message: OutboundMessage): Promise<SentMessage> {
      const adapter = byChannel.get(message.channel);
      if (!adapter) throw new Error(`no adapter for channel ${message.channel}`);
      const parts = splitText(message.text, adapter.capabilities.maxTextLength);
      const externalIds: string[] = [];
      for (const [i, text] of parts.entries()) {
        const last = i === parts.length - 1;
        // buttons and files go with the last part, under the text they belong to
        const sent = await adapter.send({ ...message, text, buttons: last ? message.buttons : undefined, files: last ? message.files : undefined });
        externalIds.push(...sent.externalIds);
      }
      return { externalIds };
    },
  };
}
