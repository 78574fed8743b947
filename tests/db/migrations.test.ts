import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script shared with the db:migration command
import { schemaCreateScript, schemaDiffFromDatabase } from '../../scripts/schema-engine.mjs';
import { applyMigrations } from '../../src/domain/db/migrate';
import { createTestDatabase } from '../support/db';

const clients: pg.Client[] = [];
async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}
afterAll(async () => Promise.all(clients.map((c) => c.end())));

// What PostgreSQL ends up with, independent of column order and of how the DDL was split into migrations.
async function catalog(client: pg.Client) {
  const columns = await client.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
      numeric_precision, numeric_scale FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`);
  const indexes = await client.query(`SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
  const constraints = await client.query(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`);
  const extensions = await client.query(`SELECT extname FROM pg_extension ORDER BY 1`);
  // an index's storage parameters (GIN's fastupdate) have no words in schema.prisma: a migration sets them, and only
  // they may differ
  const structural = indexes.rows.map((r: { indexname: string; indexdef: string }) => ({ ...r, indexdef: r.indexdef.replace(/ WITH \([^)]*\)$/, '') }));
  return { columns: columns.rows, indexes: structural, constraints: constraints.rows, extensions: extensions.rows };
}

describe('migrations', () => {
  it('Prisma\'s schema engine finds nothing to change between the migrated database and schema.prisma', async () => {
    const { url } = await createTestDatabase();
    const script = await schemaDiffFromDatabase({ toSchema: readFileSync('prisma/schema.prisma', 'utf8'), connectionString: url });
    expect(script).toBe('');
  });

  it('the committed migrations produce the same catalog as schema.prisma applied directly (no drift)', async () => {
    const migrated = await connect((await createTestDatabase()).url);
    const fromSchema = await createTestDatabase();
    const direct = await connect(fromSchema.url);
    await direct.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await direct.query(await schemaCreateScript({ toSchema: readFileSync('prisma/schema.prisma', 'utf8'), connectionString: fromSchema.url }));
    expect(await catalog(migrated)).toEqual(await catalog(direct));
  });

  it('records history like Prisma Migrate and applies nothing twice', async () => {
    const { url } = await createTestDatabase();
    const client = await connect(url);
    const session = { query: (sql: string, params?: unknown[]) => client.query(sql, params) as never, exec: async (sql: string) => void (await client.query(sql)) };
    const again = await applyMigrations(session);
    expect(again.applied).toEqual([]);
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"');
    expect(rows.length).toBe(again.alreadyApplied.length);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum) && r.finished_at)).toBe(true);
  });
});
