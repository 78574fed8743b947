const CHANNEL_NAMES: Record<string, string> = { whatsapp: 'WhatsApp', telegram: 'Telegram', slack: 'Slack', terminal: 'Terminal' };

function channelName(channel: string): string {
  return CHANNEL_NAMES[channel] ?? channel.charAt(0).toUpperCase() + channel.slice(1);
}

/** The name of a lead a chat made, before a rep names the company: "Telegram lead" (the id is appended). */
export function leadLabel(channel: string): string {
  return `${channelName(channel)} lead`;
}

/** The contact of such a lead: no display name, number or handle in clear (those stay sealed on the chat account). */
export function buyerLabel(channel: string): string {
  return `${channelName(channel)} buyer`;
}

/** Whether a contact's name is such a label (any channel's), not a person's: it names no one to search or match by. */
export function isBuyerLabel(name: string): boolean {
  return /^[A-Z][A-Za-z]* buyer$/.test(name.trim());
}
