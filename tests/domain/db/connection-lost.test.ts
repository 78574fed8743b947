import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresPool } from '../../../src/domain/db/database';
import { createTestDatabase } from '../../support/db';

let pool: pg.Pool;
let admin: pg.Client;
let name: string;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What `pg_ctl stop -m fast` does to every connection of the app: "terminating connection due to administrator command". */
async function terminateAppConnections(): Promise<number> {
  const { rows } = await admin.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
  return rows[0].n;
}

beforeAll(async () => {
  const created = await createTestDatabase();
  name = created.name;
  pool = createPostgresPool(created.url);
  admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
});
afterAll(async () => {
  await pool.end();
  await admin.end();
});

// without the pool's listeners each case ends the test process with "Unhandled 'error' event" (the run fails)
describe('PostgreSQL ending the app\'s connections (a restart, a terminated backend)', () => {
  it('a connection checked out between two queries: the process lives on, and the next query gets a new connection', async () => {
    const client = await pool.connect();
    await client.query('SELECT 1');
    expect(await terminateAppConnections()).toBe(1);
    await sleep(300);
    await expect(client.query('SELECT 2')).rejects.toThrow();
    client.release(true);
    expect((await pool.query('SELECT 3 AS three')).rows).toEqual([{ three: 3 }]);
  });

  it('idle connections in the pool: the process lives on and the pool opens new ones', async () => {
    await Promise.all(Array.from({ length: 3 }, () => pool.query('SELECT pg_sleep(0.05)')));
    expect(await terminateAppConnections()).toBeGreaterThan(0);
    await sleep(300);
    expect((await pool.query('SELECT 4 AS four')).rows).toEqual([{ four: 4 }]);
  });
});
