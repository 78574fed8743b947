import type { InboundMessage } from '../channel-contract';

/**
 * The longest message text Quayside keeps (characters). WhatsApp allows 65,536 and Telegram 4,096; anything longer
 * (a pasted file, a flood) is cut here, and the stored text says so and how long the original was, so nobody takes
 * the rest for lost by accident and no single message fills the queue or the database.
 */
export const MAX_STORED_TEXT = 65_536;

/** The marker at the end of a cut text (its own line, in both languages of the team). */
export const truncationMarker = (receivedLength: number) =>
  `\n\n[… truncated by Quayside: ${receivedLength} characters received, the first ${MAX_STORED_TEXT} kept / 已截断：共 ${receivedLength} 字符，仅保留前 ${MAX_STORED_TEXT} 字符]`;

export function isTruncated(text: string): boolean {
  return /\n\n\[… truncated by Quayside: \d+ characters received/.test(text);
}

/** The message with its text cut to {@link MAX_STORED_TEXT} (and marked); unchanged when it fits. */
export function capInboundText<T extends Pick<InboundMessage, 'text'>>(message: T): T {
  if (message.text.length <= MAX_STORED_TEXT || isTruncated(message.text)) return message;
  return { ...message, text: message.text.slice(0, MAX_STORED_TEXT) + truncationMarker(message.text.length) };
}
