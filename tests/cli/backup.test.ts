import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp } from '../../src/app';
import { TERMINAL_CAPABILITIES } from '../../src/adapters/terminal.adapter';
import { loadConfig } from '../../src/config';
import { BackupError, readBackup, restoreBackup, writeBackup } from '../../src/domain/db/backup';
import { moveToPostgres } from '../../src/domain/db/move-to-postgres';
import type { ChannelAdapter, InboundMessage } from '../../src/domain/channel-contract';
import { seedDemo } from '../../src/domain/demo/seed-demo';
import { createPersonalDataCipher, parseDataKey } from '../../src/domain/crypto/personal-data-cipher';
import { createLogger } from '../../src/logger';
import { createRecordingAdapter } from '../support/recording-adapter';

// Round trips on real data: the demo book plus messages from a buyer and a rep, on the embedded database.

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quayside-backup-src-'));
const work = mkdtempSync(path.join(os.tmpdir(), 'quayside-backup-work-'));
const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
let keyId: string;

/** A customer-facing channel, so a stranger's message is a buyer's. */
const buyerChannel: ChannelAdapter = {
  channel: 'telegram',
  capabilities: { ...TERMINAL_CAPABILITIES, customerFacing: true },
  async start() {},
  async stop() {},
  async send() {
    return { externalIds: ['x'] };
  },
};

const message = (over: Partial<InboundMessage>): InboundMessage => ({
  channel: 'terminal', externalId: randomBytes(4).toString('hex'), kind: 'message', senderId: 'alice', chatId: 'alice', text: '', occurredAt: new Date('2026-11-02T03:00:00Z'), isDirect: true, ...over,
});

async function emptyDatabase(label: string): Promise<string> {
  const name = `${inject('templateDatabase')}_${label}${randomBytes(3).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

type Counts = Record<string, number>;
async function countsOf(query: (sql: string) => Promise<{ rows: any[] }>): Promise<Counts> {
  const { rows } = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const counts: Counts = {};
  for (const { tablename } of rows) counts[tablename] = (await query(`SELECT count(*)::int AS n FROM "${tablename}"`)).rows[0].n;
  return counts;
}
async function pgliteCounts(dir: string): Promise<Counts> {
  const db = await PGlite.create(path.join(dir, 'pgdata'), { extensions: { pg_trgm } });
  try {
    return await countsOf((sql) => db.query(sql));
  } finally {
    await db.close();
  }
}
async function postgresCounts(url: string): Promise<Counts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await countsOf((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

let original: Counts;

beforeAll(async () => {
  await admin.connect();
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en' });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [createRecordingAdapter(), buyerChannel] });
  try {
    await seedDemo(app.database.prisma, app.services.team, new Date('2026-11-01T00:00:00Z'));
    await app.handleInbound(message({ text: '/log azteca: call: wants 5000 pcs in Q1' }));
    await app.handleInbound(message({ channel: 'telegram', senderId: '9001', chatId: '9001', senderName: 'Jorge', text: 'Hola, need 2000 LED panels FOB Ningbo' }));
  } finally {
    await app.stop();
  }
  keyId = createPersonalDataCipher(parseDataKey(readFileSync(path.join(dataDir, 'data-encryption.key'), 'utf8'))).keyId;
  original = await pgliteCounts(dataDir);
}, 180_000);

afterAll(async () => {
  await admin.end();
  for (const dir of [dataDir, work]) rmSync(dir, { recursive: true, force: true });
});

describe('backup, restore and move to PostgreSQL', () => {
  it('the demo book and the messages are there to copy', () => {
    expect(original.customers).toBeGreaterThanOrEqual(34);
    expect(original.communications).toBeGreaterThan(0);
    expect(original.team_members).toBeGreaterThanOrEqual(6);
  });

  it('backs up the embedded database with a note of the key id (never the key) and restores it into another DATA_DIR', async () => {
    const file = path.join(work, 'embedded.qsb');
    const note = await writeBackup({ kind: 'pglite', dataDir }, file);
    expect(note).toMatchObject({ kind: 'pglite', keyId });
    const head = readFileSync(file).subarray(0, 400).toString('latin1').split('\n');
    expect(head[0]).toBe('QUAYSIDE-BACKUP 1');
    expect(JSON.parse(head[1]).keyId).toBe(keyId);
    const key = readFileSync(path.join(dataDir, 'data-encryption.key'), 'utf8').trim();
    expect(readFileSync(file).includes(Buffer.from(key))).toBe(false);

    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'quayside-restore-'));
    await restoreBackup(file, { kind: 'pglite', dataDir: elsewhere });
    expect(await pgliteCounts(elsewhere)).toEqual(original);
    // again over it: what was there is moved aside, not lost
    const again = await restoreBackup(file, { kind: 'pglite', dataDir: elsewhere });
    expect(again.movedAside).toMatch(/pgdata\.before-restore-/);
    expect(readdirSync(again.movedAside!)).toContain('PG_VERSION');
    await expect(restoreBackup(file, { kind: 'postgres', url: 'postgresql://x@127.0.0.1/none' })).rejects.toThrow(/backup of an embedded database/);
  }, 180_000);

  it('moves the embedded database into an empty PostgreSQL database with equal row counts, and leaves the embedded files as they were', async () => {
    const before = treeHash(path.join(dataDir, 'pgdata'));
    const url = await emptyDatabase('mv');
    const report = await moveToPostgres(dataDir, url);
    expect(report.keyId).toBe(keyId);
    for (const t of report.tables) expect(t.target, t.table).toBe(t.source);
    const { _prisma_migrations: migrations, ...moved } = await postgresCounts(url);
    const { _prisma_migrations: originalMigrations, ...source } = original;
    expect(moved).toEqual(source);
    expect(migrations).toBe(originalMigrations);
    expect(treeHash(path.join(dataDir, 'pgdata'))).toBe(before);

    // the moved book works: the app starts on it with the embedded key and reads the encrypted contact details
    const key = readFileSync(path.join(dataDir, 'data-encryption.key'), 'utf8').trim();
    const app = await createApp({ config: loadConfig({ DATABASE_URL: url, DATA_ENCRYPTION_KEY: key, LOG_LEVEL: 'silent' }), logger: createLogger('silent'), adapters: [] });
    try {
      const found = await app.database.prisma.customer.count();
      expect(found).toBe(original.customers);
      const next = await app.database.prisma.customer.create({ data: { name: 'After The Move Ltd', country: 'DE' } as never });
      expect(next.id).toBeGreaterThan(found); // sequences carried over
    } finally {
      await app.stop();
    }
    await expect(moveToPostgres(dataDir, url)).rejects.toBeInstanceOf(BackupError);
  }, 180_000);

  it('backs up PostgreSQL through pg_dump and restores it into an empty database', async () => {
    const source = await emptyDatabase('pgsrc');
    await moveToPostgres(dataDir, source);
    const file = path.join(work, 'postgres.qsb');
    const note = await writeBackup({ kind: 'postgres', url: source }, file);
    expect(note).toMatchObject({ kind: 'postgres', format: 'pg_dump-custom', keyId });
    const target = await emptyDatabase('pgdst');
    await restoreBackup(file, { kind: 'postgres', url: target });
    expect(await postgresCounts(target)).toEqual(await postgresCounts(source));
    await expect(restoreBackup(file, { kind: 'postgres', url: target })).rejects.toThrow(/not empty/);
    expect((await readBackup(file)).note.lastMigration).toBe(note.lastMigration);
  }, 180_000);

  it('crm restore of a file that is not a backup says so in one line (exit 1)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'restore', path.join('package.json')], {
      env: { ...process.env, DATA_DIR: path.join(work, 'none'), LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('package.json is not a Quayside backup');
  }, 60_000);
});
