import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataKeyError, parseDataKey } from './personal-data-cipher';

export const DATA_KEY_FILE = 'data-encryption.key';

export interface ResolvedDataKey {
  key: Buffer;
  source: 'config' | 'file' | 'generated';
  file?: string;
}

/**
 * The key contact data is encrypted with. From DATA_ENCRYPTION_KEY when set; otherwise only the embedded database
 * (no DATABASE_URL) may fall back to a key file beside its data, made on first start, so `npm start` needs no settings.
 * A PostgreSQL server without a configured key is refused (config validation says so before we get here).
 */
export function resolveDataKey(config: { DATA_ENCRYPTION_KEY?: string; DATABASE_URL?: string; DATA_DIR: string }): ResolvedDataKey {
  if (config.DATA_ENCRYPTION_KEY) return { key: parseDataKey(config.DATA_ENCRYPTION_KEY), source: 'config' };
  if (config.DATABASE_URL) throw new DataKeyError('DATA_ENCRYPTION_KEY is required with DATABASE_URL (make one with: openssl rand -base64 32)');
  const file = path.resolve(config.DATA_DIR, DATA_KEY_FILE);
  if (existsSync(file)) {
    try {
      return { key: parseDataKey(readFileSync(file, 'utf8')), source: 'file', file };
    } catch (error) {
      throw new DataKeyError(`${file} is not a valid key (${(error as Error).message}); restore it from your backup`);
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process wrote a moment ago
  try {
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: parseDataKey(readFileSync(file, 'utf8')), source: 'file', file };
  }
  return { key, source: 'generated', file };
}
