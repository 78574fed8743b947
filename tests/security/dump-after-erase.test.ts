import { execFileSync } from 'node:child_process';
import { startTelegramApp } from '../support/telegram-app';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTerminalAdapter } from '../../src/adapters/terminal.adapter';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createFileScrubber, savedFilesDir } from '../../src/domain/privacy/file-scrub';
import { createJobScrubber } from '../../src/jobs/job-scrub';
import { createLogger } from '../../src/logger';
import { createFakeChannel, eventually, linkMember } from '../support/channel-harness';
import { TEST_DATA_ENCRYPTION_KEY } from '../support/db';
import { makeTelegramTextUpdate, type FakeTelegram } from '../support/fake-telegram';

/**
 * Issue 15, "How it must be shown": a realistic day with one buyer, then a GDPR erase; afterwards a pg_dump of the
 * database, every Redis key (and value) under the queue prefix, and every file under DATA_DIR are searched for the
 * person's name, email, phone and chat handle, and hold none of them.
 */

// the business clock of the day (tasks, reminders, quotes' validity): fixed, whatever today is
const DAY = new Date('2026-11-10T02:00:00Z'); // Tuesday 10:00 in Shanghai
const now = () => new Date(DAY.getTime() + (Date.now() - started));
const started = Date.now();

const PERSON = {
  telegramId: 777000111,
  displayName: 'Pedro Gonzalez',
  email: 'pedro.gonzalez@ferreteria-gonzalez.mx',
  phoneTyped: '+52 55 9999 0000',
  whatsapp: '525599990000@c.us',
};
// what must not be left anywhere: name, email, phone in every usual form, chat handles
const TRACES = ['Pedro', 'Gonzalez', PERSON.email, 'pedro.gonzalez', '525599990000', '5599990000', '9999 0000', '99990000', String(PERSON.telegramId)];

const ALICE_TG = 111;
let fake: FakeTelegram;
let app: App & { databaseUrl: string };
let dataDir: string;
let prefix: string;
let redis: Redis;
const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24, files: false });

/** alice at her terminal (`crm chat --as alice`), saving files under DATA_DIR as the terminal channel does */
async function aliceTypes(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString('utf8')));
  const terminal = createTerminalAdapter({ user: 'alice', input, output, fileDir: savedFilesDir(dataDir) });
  const config = loadConfig({ DATABASE_URL: app.databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY });
  const rep = await createApp({ config, logger: createLogger('silent'), adapters: [terminal], now });
  try {
    await rep.start();
    input.end(`${lines.join('\n')}\n`);
    await terminal.finished;
  } finally {
    await rep.stop();
  }
  return printed;
}

async function redisDump(): Promise<string> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      out.push(key);
      const type = await redis.type(key);
      if (type === 'string') out.push((await redis.get(key)) ?? '');
      else if (type === 'hash') out.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') out.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'set') out.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') out.push(JSON.stringify(await redis.zrange(key, '0', '-1', 'WITHSCORES')));
      else if (type === 'stream') out.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
  } while (cursor !== '0');
  return out.join('\n');
}

function filesDump(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full, readFileSync(full).toString('latin1'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.join('\n');
}

const pgDump = () => execFileSync('pg_dump', ['--no-owner', '--no-privileges', app.databaseUrl], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');

function tracesIn(text: string): string[] {
  const lowered = text.toLowerCase();
  return TRACES.filter((t) => lowered.includes(t.toLowerCase()));
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'quayside-dump-'));
  redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
  ({ fake, app, prefix } = await startTelegramApp('dump', { now }, { adapters: [whatsapp], env: { DATA_DIR: dataDir } }));
  await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await linkMember(app, 'alice', 'telegram', String(ALICE_TG));
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await fake?.close();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('dump after a realistic day and an erase', () => {
  it('finds the person nowhere: database, Redis under the prefix, files under DATA_DIR', async () => {
    const db = app.database.prisma;
    // 1. the buyer writes to the Telegram bot: a new lead
    fake.push(makeTelegramTextUpdate({
      fromId: PERSON.telegramId, firstName: PERSON.displayName,
      text: `Hola, soy Pedro Gonzalez. Precio de 2000 paneles LED-600? Correo ${PERSON.email}, cel ${PERSON.phoneTyped}`,
    }));
    const lead = await eventually(() => db.customer.findFirst({ where: { source: 'telegram' } }), 20_000);
    const alice = await app.services.team.byName('alice');
    await db.customer.update({ where: { id: lead.id }, data: { ownerId: alice.id, ownedSince: now() } });
    // 2. and again: alice hears about it in her Telegram (an outbox notice with the buyer's words)
    fake.push(makeTelegramTextUpdate({ fromId: PERSON.telegramId, firstName: PERSON.displayName, text: 'Y el envío a Veracruz? Pedro' }));
    await eventually(() => fake.sentTo(ALICE_TG).some((t) => t.includes('Veracruz')), 20_000);
    // 3. alice works the lead at her terminal: contacts, a call note, a task, a quote with its PDF, searches
    const printed = await aliceTypes([
      `/contact #${lead.id}: Pedro Gonzalez, purchasing, ${PERSON.email}`,
      `/contact #${lead.id}: Pedro Gonzalez, purchasing, ${PERSON.phoneTyped}`,
      `/log #${lead.id}: call: Pedro Gonzalez wants samples first, call back on ${PERSON.phoneTyped}`,
      `/remind #${lead.id} tomorrow: send Pedro Gonzalez samples`,
      `/customer #${lead.id} address: attn. Pedro Gonzalez, Av. Reforma 222, Ciudad de México`,
      `/quote #${lead.id}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy, valid 15d, notes: for Pedro Gonzalez`,
      `/find ${PERSON.email}`,
      `/find ${PERSON.phoneTyped}`,
    ]);
    expect(printed).toContain('[file]');
    // 4. the buyer writes on WhatsApp from the number alice saved: same contact
    await whatsapp.receive({ senderId: PERSON.whatsapp, senderName: 'Pedro G.', text: `Pedro aquí: confirmo la muestra, ${PERSON.email}` });
    await eventually(() => app.inbound!.drain(2000), 20_000);
    await eventually(async () => (await db.communication.count({ where: { customerId: lead.id, channel: 'whatsapp' } })) === 1, 20_000);
    // the reactions to the messages (signals, stage moves, notices) are done: the day is over
    await eventually(async () => {
      const counts = await app.jobs!.queue.getJobCounts('waiting', 'active', 'prioritized');
      return counts.waiting + counts.active + counts.prioritized === 0;
    }, 20_000);
    // their chat handles were never written in clear, not even before the erase: not in message ids, receipts, the
    // outbox, job ids or payloads (the name and email are, in message text: a product decision)
    const handles = [String(PERSON.telegramId), PERSON.whatsapp, '525599990000'];
    const dayDump = `${pgDump()}\n${await redisDump()}`;
    expect(handles.filter((h) => dayDump.includes(h))).toEqual([]);
    expect(await db.communication.count({ where: { customerId: lead.id, channel: 'telegram', externalId: { startsWith: 'mk:' } } })).toBe(2);
    // the day left the person all over: the check below can fail
    const before = tracesIn(pgDump() + filesDump(dataDir));
    expect(before).toEqual(expect.arrayContaining(['Pedro', PERSON.email]));
    await eventually(async () => (await db.task.count({ where: { title: { contains: 'Pedro' } } })) > 0);

    // 5. the erase, as `crm gdpr erase <email> --as root --yes` runs it
    const result = await app.services.gdpr.erase(await app.services.team.byName('root'), 'cli', PERSON.email, {
      jobs: createJobScrubber([app.jobs!.queue, app.inbound!.queue]),
      files: createFileScrubber(savedFilesDir(dataDir)),
    });
    expect(result.contacts).toBe(3);
    expect(result.tombstones).toBeGreaterThanOrEqual(3);
    expect(result.files).toBe(1);

    // 6. the same Telegram account writes again: nothing about them comes back
    const customersBefore = await db.customer.count();
    const handled = async () => (await app.inbound!.queue.getJobCounts('completed')).completed;
    const handledBefore = await handled();
    fake.push(makeTelegramTextUpdate({ fromId: PERSON.telegramId, firstName: PERSON.displayName, text: 'Hola otra vez, Pedro Gonzalez' }));
    await eventually(async () => (await handled()) > handledBefore, 20_000);
    expect(await db.customer.count()).toBe(customersBefore);
    // the erase's own audit record names nobody
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'erase' } });
    expect(tracesIn(JSON.stringify(audit))).toEqual([]);

    // 7. the dump
    const dump = { database: pgDump(), redis: await redisDump(), files: filesDump(dataDir) };
    expect(dump.database).toContain(`Telegram lead #${lead.id}`);
    // the notice alice got quoted the buyer's words: gone with them
    expect(dump.database).not.toContain('confirmo la muestra');
    expect(dump.redis.length).toBeGreaterThan(0);
    expect({ database: tracesIn(dump.database), redis: tracesIn(dump.redis), files: tracesIn(dump.files) }).toEqual({ database: [], redis: [], files: [] });
  }, 180_000);
});
