import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app';
import { ConfigError, loadConfig } from '../../../src/config';
import { resolveDataKey } from '../../../src/domain/crypto/data-key';
import { createLogger } from '../../../src/logger';
import { TEST_DATA_ENCRYPTION_KEY } from '../../support/db';
import { createTestApp, runTerminalScript } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
let sql: pg.Client;

beforeAll(async () => {
  app = await createTestApp();
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  sql = new pg.Client({ connectionString: app.databaseUrl });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await app.stop();
});

describe('contact email and phone at rest', () => {
  it('stores ciphertext and a blind index, never the clear value; the card still shows it', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/new Luz Andina SAC, PE, compras@luzandina.pe, +51 1 4123456', '/customer Luz Andina SAC']);
    expect(out).toContain('compras@luzandina.pe');
    const { rows } = await sql.query(`SELECT email, phone, email_hash, phone_hash, email_domain FROM contacts`);
    expect(rows).toHaveLength(1);
    expect(rows[0].email).toMatch(/^enc:v2:[0-9a-f]{8}:/);
    expect(rows[0].phone).toMatch(/^enc:v2:/);
    expect(JSON.stringify(rows)).not.toContain('compras@');
    expect(JSON.stringify(rows)).not.toContain('4123456');
    expect(rows[0].email_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].email_domain).toBe('luzandina.pe');
  });

  it('finds by exact email, phone and email domain, blocks a duplicate by email, but cannot match part of an email', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      '/find COMPRAS@luzandina.pe', '/find +51 1 412 3456', '/find luzandina.pe', '/find compras@luz', '/new Otra Empresa, PE, compras@luzandina.pe',
    ]);
    expect(out.match(/#\d+ Luz Andina SAC · /g)).toHaveLength(3);
    expect(out).toContain('No customers found.');
    expect(out).toMatch(/Not created/);
  });

  it('encrypts rows written in clear (before encryption, or by hand) at the next start', async () => {
    const { rows } = await sql.query(`SELECT id FROM customers LIMIT 1`);
    await sql.query(`INSERT INTO contacts (customer_id, name, email, phone) VALUES ($1, 'Legacy', 'old@legacy-buyer.com', '+5114000000')`, [rows[0].id]);
    const second = await createTestAppOn(app.databaseUrl, TEST_DATA_ENCRYPTION_KEY);
    await second.stop();
    const { rows: after } = await sql.query(`SELECT email, phone, email_hash, email_domain FROM contacts WHERE name = 'Legacy'`);
    expect(after[0].email).toMatch(/^enc:v2:/);
    expect(after[0].email_hash).toMatch(/^[0-9a-f]{64}$/);
    const found = await runTerminalScript(app.databaseUrl, 'alice', ['/find old@legacy-buyer.com']);
    expect(found).toContain('Luz Andina SAC');
  });

  it('refuses to start with another key than the one the data was encrypted with', async () => {
    const otherKey = Buffer.alloc(32, 9).toString('base64');
    await expect(createTestAppOn(app.databaseUrl, otherKey)).rejects.toThrow(/does not match the key this database/);
  });
});

describe('chat handles at rest', () => {
  it('stores a buyer\'s and a member\'s account ids, chat ids and names encrypted, and finds the account by its blind index', async () => {
    const received = await app.services.inbox.receive({
      channel: 'whatsapp', externalId: 'wamid.handle-1', kind: 'message', senderId: '5117654321@c.us', senderName: 'Rosa Quispe',
      chatId: '5117654321@c.us', text: 'Hola, precio FOB Callao?', occurredAt: new Date(), isDirect: true,
    });
    expect(received.status).toBe('stored');
    const again = await app.services.inbox.receive({
      channel: 'whatsapp', externalId: 'wamid.handle-2', kind: 'message', senderId: '5117654321@c.us', senderName: 'Rosa Quispe',
      chatId: '5117654321@c.us', text: 'y el MOQ?', occurredAt: new Date(), isDirect: true,
    });
    expect(again).toMatchObject({ status: 'stored', customerId: (received as { customerId: number }).customerId });
    const { rows } = await sql.query(`SELECT channel, external_id, external_id_hash, chat_id, display_name FROM channel_identities`);
    const { rows: messages } = await sql.query(`SELECT chat_id, sender_external_id FROM communications WHERE channel = 'whatsapp'`);
    expect(messages).toHaveLength(2);
    for (const m of messages) expect([m.chat_id, m.sender_external_id]).toEqual([expect.stringMatching(/^enc:v2:/), expect.stringMatching(/^enc:v2:/)]);
    const dump = JSON.stringify([rows, messages]);
    for (const clear of ['5117654321', 'Rosa', 'alice']) expect(dump).not.toContain(clear);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.external_id).toMatch(/^enc:v2:/);
      expect(row.external_id_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await runTerminalScript(app.databaseUrl, 'alice', ['/help'])).not.toMatch(/not a linked|未关联/);
  });

  it('encrypts and indexes accounts written in clear at the next start, and they are found again', async () => {
    const { rows } = await sql.query(`SELECT id FROM contacts WHERE name = 'Legacy'`);
    await sql.query(`INSERT INTO channel_identities (channel, external_id, chat_id, display_name, contact_id) VALUES ('whatsapp', '5114000000@c.us', '5114000000@c.us', 'Legacy Buyer', $1)`, [rows[0].id]);
    const second = await createTestAppOn(app.databaseUrl, TEST_DATA_ENCRYPTION_KEY);
    await second.stop();
    const { rows: after } = await sql.query(`SELECT external_id, external_id_hash, chat_id, display_name FROM channel_identities WHERE contact_id = $1`, [rows[0].id]);
    expect(JSON.stringify(after)).not.toMatch(/5114000000|Legacy/);
    expect(after[0].external_id_hash).toMatch(/^[0-9a-f]{64}$/);
    const received = await app.services.inbox.receive({
      channel: 'whatsapp', externalId: 'wamid.legacy-1', kind: 'message', senderId: '5114000000@c.us', chatId: '5114000000@c.us',
      text: 'Hello again', occurredAt: new Date(), isDirect: true,
    });
    expect(received).toMatchObject({ status: 'stored', customerId: (await sql.query(`SELECT customer_id FROM contacts WHERE name = 'Legacy'`)).rows[0].customer_id });
  });
});

describe('ciphertexts bound to their table, column and row', () => {
  it('a sealed email copied onto another contact, or into the phone column, no longer decrypts', async () => {
    const { rows: [customer] } = await sql.query(`SELECT id FROM customers LIMIT 1`);
    const other = await app.services.customers.addContact(await app.services.team.byName('alice'), 'test', `#${customer.id}`, { name: 'Other Buyer', role: 'other', detail: 'other@luzandina.pe' });
    const { rows: [source] } = await sql.query(`SELECT id, email FROM contacts WHERE email_domain = 'luzandina.pe' AND name <> 'Other Buyer' LIMIT 1`);
    const { findContactById } = await import('../../../src/domain/contacts/contact.repository');
    expect((await findContactById(app.database.prisma, other.contact.id))?.email).toBe('other@luzandina.pe');
    await sql.query(`UPDATE contacts SET email = $1 WHERE id = $2`, [source.email, other.contact.id]);
    await expect(findContactById(app.database.prisma, other.contact.id)).rejects.toThrow(/does not belong where it is stored/);
    await sql.query(`UPDATE contacts SET email = NULL, phone = $1 WHERE id = $2`, [source.email, source.id]);
    await expect(findContactById(app.database.prisma, source.id)).rejects.toThrow(/does not belong/);
    await sql.query(`DELETE FROM contacts WHERE id = $1`, [other.contact.id]);
    await sql.query(`UPDATE contacts SET email = $1, phone = NULL WHERE id = $2`, [source.email, source.id]);
  });

  it('rebinds values sealed before binding (enc:v1) at the next start, and they read the same', async () => {
    const { createPersonalDataCipher } = await import('../../../src/domain/crypto/personal-data-cipher');
    const legacy = createPersonalDataCipher(Buffer.from(TEST_DATA_ENCRYPTION_KEY, 'base64'));
    const { rows: [customer] } = await sql.query(`SELECT id FROM customers LIMIT 1`);
    const { rows: [row] } = await sql.query(`INSERT INTO contacts (customer_id, name, email) VALUES ($1, 'Unbound', $2) RETURNING id`, [customer.id, legacy.encrypt('unbound@legacy-buyer.com')]);
    await sql.query(`INSERT INTO communications (customer_id, contact_id, channel, direction, text, chat_id, sender_external_id) VALUES ($1, $2, 'whatsapp', 'inbound', 'hi', $3, $3)`, [customer.id, row.id, legacy.encrypt('5114111111@c.us')]);
    const second = await createTestAppOn(app.databaseUrl, TEST_DATA_ENCRYPTION_KEY);
    await second.stop();
    const { rows: [after] } = await sql.query(`SELECT email FROM contacts WHERE id = $1`, [row.id]);
    expect(after.email).toMatch(/^enc:v2:/);
    const { rows: unbound } = await sql.query(`SELECT id FROM communications WHERE chat_id LIKE 'enc:v1:%' OR sender_external_id LIKE 'enc:v1:%'`);
    expect(unbound).toEqual([]);
    const { findContactById } = await import('../../../src/domain/contacts/contact.repository');
    expect((await findContactById(app.database.prisma, row.id))?.email).toBe('unbound@legacy-buyer.com');
  });
});

describe('the key at start-up', () => {
  it('is required with DATABASE_URL, and must be base64 of 32 bytes', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/db' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/db' })).toThrow(/DATA_ENCRYPTION_KEY: required with DATABASE_URL/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'not base64 at all!' })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('is generated once for the embedded database, kept private, and reused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-key-'));
    const first = resolveDataKey({ DATA_DIR: dir });
    expect(first.source).toBe('generated');
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    const again = resolveDataKey({ DATA_DIR: dir });
    expect(again.source).toBe('file');
    expect(again.key.equals(first.key)).toBe(true);
    expect(readFileSync(first.file!, 'utf8').trim()).toBe(first.key.toString('base64'));
  });
});

function createTestAppOn(url: string, key: string) {
  return createApp({ config: loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DATA_ENCRYPTION_KEY: key }), logger: createLogger('silent'), adapters: [] });
}
