import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { messageKey } from './domain/crypto/personal-data-cipher';

export type { Logger };

export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  /** `auto`: readable lines on a terminal, JSON otherwise (a log collector) */
  format?: LogFormat;
  /** the terminal channel is open: the conversation shares the screen, so never raw JSON */
  terminalChannel?: boolean;
  /** where JSON lines go instead of stderr (tests read them back) */
  destination?: pino.DestinationStream;
}

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

// An error is logged by what it is, never by what it carried: telegraf's errors hold the request (`on.payload`: the chat
// id and the text sent), Slack's the API answer, a DomainError its details (the email typed). Only these fields pass.
const ERROR_FIELDS = ['type', 'message', 'stack', 'code', 'status', 'statusCode', 'error_code', 'description', 'retryAfterMs'];

function safeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? '[personal]' : error;
  const full = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of ERROR_FIELDS) if (full[field] !== undefined) out[field] = full[field];
  // telegraf: the Bot API's answer (`description` names the problem, never the chat); Slack: `data.error`
  const response = (error as { response?: { error_code?: unknown; description?: unknown } }).response;
  if (response && typeof response === 'object') {
    out.error_code ??= response.error_code;
    out.description ??= response.description;
  }
  const slack = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof slack === 'string') out.platformError = slack;
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}

/** A connection URL without its user and password (REDIS_URL, DATABASE_URL may carry them). */
export function urlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = parsed.username ? '***' : '';
      parsed.password = parsed.password ? '***' : '';
    }
    return parsed.toString();
  } catch {
    return '[unparseable url]';
  }
}

/** Whether logs go out as readable one-line text instead of JSON. */
export function wantsPrettyLogs(options: LoggerOptions, stderrIsTTY = Boolean(process.stderr.isTTY)): boolean {
  if (options.format === 'json') return false;
  if (options.format === 'pretty') return true;
  return stderrIsTTY || Boolean(options.terminalChannel);
}

/**
 * Logs on stderr, so the terminal channel keeps stdout for the conversation, with no personal data in them: JSON for
 * production (one object a line), or one readable line each on a terminal. pino-pretty runs in this thread
 * (synchronously), so a line is written before the chat prints its next prompt and no worker thread is needed in the
 * compiled build.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', options: LoggerOptions | pino.DestinationStream = {}): Logger {
  const opts: LoggerOptions = 'write' in options ? { destination: options as pino.DestinationStream, format: 'json' } : (options as LoggerOptions);
  const base = { level, base: { app: 'quayside' }, redact: { paths, censor }, serializers: { err: safeError, error: safeError } };
  if (opts.destination) return pino(base, opts.destination);
  if (!wantsPrettyLogs(opts)) return pino(base, pino.destination(2));
  const stream = pretty({
    destination: 2,
    sync: true,
    singleLine: true,
    colorize: Boolean(process.stderr.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app',
  });
  return pino(base, stream);
}
