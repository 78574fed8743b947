import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stderr, so the terminal channel keeps stdout for the conversation. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'quayside' } }, pino.destination(2));
}
