import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../../src/app';
import { createTerminalAdapter } from '../../src/adapters/terminal.adapter';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY } from './db';

/** An app on a fresh test database, with no channels: for driving services and making terminal sessions. */
export async function createTestApp(env: Record<string, string> = {}): Promise<App & { databaseUrl: string }> {
  const { url } = await createTestDatabase();
  return openTestApp(url, env);
}

/** Another app, with no channels, on a test database that one already made: as the next start of the same install. */
export async function openTestApp(url: string, env: Record<string, string> = {}): Promise<App & { databaseUrl: string }> {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY, ...env });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [] });
  return Object.assign(app, { databaseUrl: url });
}

/**
 * Runs a scripted conversation through the real terminal adapter's streams, as `crm chat --as <user>` would
 * with piped stdin, and returns what the bot printed.
 */
export async function runTerminalScript(databaseUrl: string, user: string, lines: string[], env: Record<string, string> = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const terminal = createTerminalAdapter({ user, input, output, fileDir: mkdtempSync(path.join(os.tmpdir(), 'quayside-files-')) });
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY, ...env });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [terminal] });
  try {
    await app.start();
    input.end(lines.join('\n') + '\n');
    await terminal.finished;
  } finally {
    await app.stop();
  }
  return chunks.join('');
}
