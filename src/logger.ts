import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  /** `auto`: readable lines on a terminal, JSON otherwise (a log collector) */
  format?: LogFormat;
  /** the terminal channel is open: the conversation shares the screen, so never raw JSON */
  terminalChannel?: boolean;
}

/** Whether logs go out as readable one-line text instead of JSON. */
export function wantsPrettyLogs(options: LoggerOptions, stderrIsTTY = Boolean(process.stderr.isTTY)): boolean {
  if (options.format === 'json') return false;
  if (options.format === 'pretty') return true;
  return stderrIsTTY || Boolean(options.terminalChannel);
}

/**
 * Logs on stderr, so the terminal channel keeps stdout for the conversation: JSON for production (one object a
 * line), or one readable line each on a terminal. pino-pretty runs in this thread (synchronously), so a line is
 * written before the chat prints its next prompt and no worker thread is needed in the compiled build.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', options: LoggerOptions = {}): Logger {
  const base = { level, base: { app: 'quayside' } };
  if (!wantsPrettyLogs(options)) return pino(base, pino.destination(2));
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
