import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../../generated/prisma/client';
import { applyMigrations, type MigrationReport } from './migrate';
import type { SqlSession } from './sql-session';

export type { PrismaClient };
export type Db = PrismaClient;

/** The database Quayside runs on: a PostgreSQL server (DATABASE_URL) or the embedded PGlite under DATA_DIR. */
export interface Database {
  kind: 'postgres' | 'pglite';
  prisma: PrismaClient;
  migrate(): Promise<MigrationReport>;
  /** one round trip, for readiness probes */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir);
}

function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    ping: async () => void (await prisma.$queryRaw`SELECT 1`),
    async migrate() {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        const session: SqlSession = {
          query: (sql, params) => client.query(sql, params) as never,
          exec: async (sql) => void (await client.query(sql)),
        };
        return await applyMigrations(session);
      } finally {
        await client.end();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir, 'pgdata');
  await mkdir(dir, { recursive: true });
  const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: 'pglite',
    prisma,
    ping: async () => void (await pglite.query('SELECT 1')),
    migrate() {
      const session: SqlSession = {
        query: (sql, params) => pglite.query(sql, params) as never,
        exec: async (sql) => void (await pglite.exec(sql)),
      };
      return applyMigrations(session);
    },
    async close() {
      await prisma.$disconnect();
      // $disconnect leaves PGlite open and the process would hang
      await pglite.close();
    },
  };
}
