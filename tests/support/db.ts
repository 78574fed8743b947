import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The data encryption key every test app runs with (config refuses a PostgreSQL URL without one). */
export const TEST_DATA_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

/** The settings every test app needs besides its own: pass to loadConfig along with DATABASE_URL. */
export const TEST_ENV = { LOG_LEVEL: 'silent', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY } as const;

export function databaseUrl(database: string): string {
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh, migrated database for one test file (a clone of the run's template); dropped at the end of the run. */
export async function createTestDatabase(): Promise<{ url: string; name: string }> {
  const name = `${inject('templateDatabase')}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    // PostgreSQL refuses to copy a template while another copy of it is being made: take turns.
    await admin.query('SELECT pg_advisory_lock(7270001)');
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  return { url: databaseUrl(name), name };
}

/** A BullMQ key prefix private to this run and file. */
export function testQueuePrefix(label: string): string {
  return `test-${inject('runId')}-${label}-${randomBytes(3).toString('hex')}`;
}
