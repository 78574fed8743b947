import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

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
