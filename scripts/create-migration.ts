// npm run db:migration -- <name>
// Applies the committed migrations to a scratch database, asks Prisma's schema engine (WebAssembly build) for the SQL
// from there to prisma/schema.prisma, and writes it as prisma/migrations/<timestamp>_<name>/migration.sql.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../src/domain/db/migrate';
// @ts-expect-error plain ESM helper without types
import { schemaDiffFromDatabase } from './schema-engine.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <snake_case_name>   (needs a PostgreSQL server: MIGRATION_ADMIN_URL)');
  process.exit(2);
}
const adminUrl = process.env.MIGRATION_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const scratch = `quayside_migration_${randomBytes(4).toString('hex')}`;
const scratchUrl = Object.assign(new URL(adminUrl), { pathname: `/${scratch}` }).toString();
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
try {
  const client = new pg.Client({ connectionString: scratchUrl });
  await client.connect();
  await applyMigrations({ query: (sql, params) => client.query(sql, params) as never, exec: async (sql) => void (await client.query(sql)) });
  await client.end();
  const script: string = await schemaDiffFromDatabase({ toSchema: readFileSync('prisma/schema.prisma', 'utf8'), connectionString: scratchUrl });
  if (!script) {
    console.log('prisma/schema.prisma matches the migrations: nothing to write');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), script);
    console.log(`wrote ${dir}/migration.sql`);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
}
