import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/domain/db/migrate';

const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
    runId: string;
    redisUrl: string;
  }
}

function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * One run = one id. A template database with the migrations applied is made once; each test file clones it
 * (tests/support/db.ts), so files never see each other's rows. Everything named after the run is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  const template = `quayside_test_${runId}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const client = new pg.Client({ connectionString: urlFor(template) });
  await client.connect();
  await applyMigrations({ query: (sql, params) => client.query(sql, params) as never, exec: async (sql) => void (await client.query(sql)) });
  await client.end();

  project.provide('pgAdminUrl', ADMIN_URL);
  project.provide('templateDatabase', template);
  project.provide('runId', runId);
  project.provide('redisUrl', REDIS_URL);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`quayside_test_${runId}%`],
    );
    // clones first, the template last
    for (const { datname } of rows.sort((a, b) => b.datname.length - a.datname.length)) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await admin.end();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`test-${runId}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
  };
}
