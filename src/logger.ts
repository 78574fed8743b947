import { pino, type Logger } from 'pino';
import { messageKey } from './domain/privacy/personal-data-cipher';

export type { Logger };

// Fields that name a person or a chat account (a Telegram message id holds the chat id, a WhatsApp one the number):
// logged as a keyed hash, so lines about the same message still match, or left out.
const KEYED = ['externalId', 'senderId', 'chatId', 'targetExternalId', 'replyToExternalId'];
const DROPPED = ['senderName', 'displayName', 'text', 'email', 'phone'];
const paths = [...KEYED, ...DROPPED].flatMap((field) => [field, `*.${field}`]);

function censor(value: unknown, path: string[]): unknown {
  if (value === undefined || value === null) return value;
  if (!KEYED.includes(path[path.length - 1])) return '[personal]';
  try {
    return `key:${messageKey(String(value))}`;
  } catch {
    // no data key installed yet (before start-up finished): nothing to key it with
    return '[personal]';
  }
}

/** Structured JSON logs on stderr, so the terminal channel keeps stdout for the conversation; no personal data in them. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { app: 'quayside' }, redact: { paths, censor } }, destination);
}
