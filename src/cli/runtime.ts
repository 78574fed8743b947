import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import { createApp, type App, type AppOptions } from '../app';
import { ConfigError, loadConfig, type Config } from '../config';
import { isDomainError } from '../domain/errors';
import { errorReply } from '../flows/error-replies';
import { createLogger, type Logger } from '../logger';

/** Loads the config or exits 2 with every problem listed. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export function cliLogger(config: Config, options: { terminalChannel?: boolean } = {}): Logger {
  return createLogger(config.LOG_LEVEL, { format: config.LOG_FORMAT, terminalChannel: options.terminalChannel });
}

/** The OS user, used as the terminal user when none is given. */
export function defaultTerminalUser(config: Config): string {
  return (config.TERMINAL_USER ?? os.userInfo().username ?? 'admin').replace(/[^\p{L}\p{N}._-]/gu, '') || 'admin';
}

/** Opens the domain without any channel (admin commands), runs `work`, closes. Domain errors print in the default locale. */
export async function withApp<T>(work: (app: App, config: Config) => Promise<T>, options: Partial<AppOptions> = {}): Promise<T> {
  const config = configOrExit();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { format: config.LOG_FORMAT });
  const app = await createApp({ config, logger, adapters: [], ...options });
  try {
    return await work(app, config);
  } catch (error) {
    if (isDomainError(error)) {
      process.stderr.write(`${errorReply(error, config.DEFAULT_LOCALE)}\n`);
      process.exitCode = 1;
      return undefined as T;
    }
    throw error;
  } finally {
    await app.stop();
  }
}

/**
 * A file's text for a command, or null after telling the user why it could not be read (exit code 1). With
 * `maxBytes`, a bigger file is refused in one line before it is read (a 50 MB file must not reach a parser).
 */
export async function readInputFile(file: string, options: { maxBytes?: number } = {}): Promise<string | null> {
  try {
    const { size } = await stat(file);
    if (options.maxBytes !== undefined && size > options.maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      process.stderr.write(`${file}: ${mb(size)} is more than this file may have (${mb(options.maxBytes)}); nothing was changed.\n`);
      process.exitCode = 1;
      return null;
    }
    return await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return null;
  }
}
