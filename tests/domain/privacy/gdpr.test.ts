import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../../src/app';
import { JOBS_QUEUE } from '../../../src/jobs/runner';
import { INBOUND_QUEUE } from '../../../src/jobs/inbound-queue';
import { createJobScrubber } from '../../../src/jobs/job-scrub';
import { linkContactIdentity, linkMemberIdentity } from '../../../src/domain/team/identity.repository';
import { testQueuePrefix } from '../../support/db';
import { createTestApp, runTerminalScript } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
let sql: pg.Client;
let redis: Redis;
let queue: Queue;
let inbound: Queue;
let contactId: number;
let customerId: number;

beforeAll(async () => {
  app = await createTestApp();
  const admin = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en' });
  const customer = await app.services.customers.create(alice, 'test', { name: 'Lichthaus Berlin GmbH', country: 'DE', details: ['anna.schmidt@lichthaus.de', '+49 30 12345678'], contactName: 'Anna Schmidt' });
  customerId = customer.id;
  contactId = customer.contacts[0].id;
  const db = app.database.prisma;
  await linkContactIdentity(db, { channel: 'whatsapp', externalId: '493012345678@c.us', contactId, displayName: 'Anna S.' });
  await db.communication.createMany({
    data: [
      { customerId, contactId, channel: 'whatsapp', direction: 'inbound', text: 'Hallo, Anna here, my cell is +49 30 12345678', externalId: 'w1', senderExternalId: '493012345678@c.us' },
      { customerId, channel: 'terminal', direction: 'internal', kind: 'note', text: 'Anna Schmidt prefers email: anna.schmidt@lichthaus.de', teamMemberId: alice.id },
      { customerId, channel: 'terminal', direction: 'internal', kind: 'note', text: 'Sample sent by DHL' },
    ],
  });
  await db.outbox.create({ data: { dedupeKey: 'wake:1', channel: 'whatsapp', chatId: '493012345678@c.us', text: 'Hi Anna, new catalogue', contactId, customerId } });
  // written in clear as by an earlier version: sealed at the next start
  await (await import('../../../src/domain/outbox/outbox.repository')).sealPlainOutboxChats(db);
  expect((await db.outbox.findUniqueOrThrow({ where: { dedupeKey: 'wake:1' } })).chatId).toMatch(/^enc:v2:/);
  await db.sequenceEnrollment.create({ data: { customerId, contactId, status: 'active' } });
  await runTerminalScript(app.databaseUrl, 'alice', ['/find anna.schmidt@lichthaus.de']);
  redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
  queue = new Queue(JOBS_QUEUE, { connection: redis, prefix: testQueuePrefix('gdpr') });
  await queue.add('wakeup-send', { contactId, step: 2 }, { delay: 3_600_000 });
  await queue.add('outbox-send', { to: 'anna.schmidt@lichthaus.de' }, { delay: 3_600_000 });
  await queue.add('dormant-sweep', { days: 60 }, { delay: 3_600_000 });
  inbound = new Queue(INBOUND_QUEUE, { connection: redis, prefix: testQueuePrefix('gdpr') });
  await inbound.add('inbound', { channel: 'whatsapp', senderId: '493012345678@c.us', text: 'Hallo' }, { delay: 3_600_000 });
  await inbound.add('inbound', { channel: 'whatsapp', senderId: '5511999998888@c.us', text: 'Oi' }, { delay: 3_600_000 });
  sql = new pg.Client({ connectionString: app.databaseUrl });
  await sql.connect();
  void admin;
});
afterAll(async () => {
  await sql.end();
  for (const q of [queue, inbound]) {
    await q.obliterate({ force: true });
    await q.close();
  }
  redis.disconnect();
  await app.stop();
});

describe('crm gdpr export', () => {
  it('bundles the contact, their chat accounts and every message, and records the export', async () => {
    const started = Date.now();
    const bundle = await app.services.gdpr.export(await app.services.team.byName('root'), 'cli', 'Anna.Schmidt@lichthaus.de');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(bundle.format).toBe('quayside.gdpr-export/1');
    expect(bundle.contacts[0]).toMatchObject({ id: contactId, email: 'anna.schmidt@lichthaus.de', phone: '+493012345678' });
    expect(bundle.contacts[0]).not.toHaveProperty('emailHash');
    expect(bundle.channelIdentities).toEqual([expect.objectContaining({ externalId: '493012345678@c.us' })]);
    // the note that mentions the email is part of the export too
    expect(bundle.communications.map((c) => c.text)).toEqual(['Hallo, Anna here, my cell is +49 30 12345678', 'Anna Schmidt prefers email: anna.schmidt@lichthaus.de']);
    expect(JSON.parse(JSON.stringify(bundle)).outbox[0].text).toBe('Hi Anna, new catalogue');
    expect(await app.database.prisma.auditLog.count({ where: { action: 'export', entityType: 'contact' } })).toBe(1);
  });

  it('refuses a non-admin and an unknown contact', async () => {
    await expect(app.services.gdpr.export(await app.services.team.byName('alice'), 'cli', '#1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(app.services.gdpr.export(await app.services.team.byName('root'), 'cli', 'nobody@nowhere.example')).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND' });
    // every request has an actor
    await expect(app.services.gdpr.export(null, 'cli', '#1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(app.services.gdpr.erase(null, 'cli', '#1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('crm gdpr erase', () => {
  it('refuses a contact who is also a team member\'s chat account, changing nothing', async () => {
    const member = await app.services.team.add({ name: 'anna', role: 'rep', locale: 'en' });
    await linkMemberIdentity(app.database.prisma, { channel: 'whatsapp', externalId: '493012345678@s.whatsapp.net', teamMemberId: member.id });
    await expect(app.services.gdpr.erase(await app.services.team.byName('root'), 'cli', `#${contactId}`)).rejects.toMatchObject({ code: 'CONTACT_IS_TEAM_MEMBER', details: { member: 'anna' } });
    expect((await app.database.prisma.contact.findUniqueOrThrow({ where: { id: contactId } })).erasedAt).toBeNull();
    await app.database.prisma.channelIdentity.deleteMany({ where: { teamMemberId: member.id } });
  });

  it('erases the person everywhere, keeps a tombstone, scrubs queued jobs and audits without personal data', async () => {
    const result = await app.services.gdpr.erase(await app.services.team.byName('root'), 'cli', '+49 30 12345678', { jobs: createJobScrubber([queue, inbound]) });
    // the chat account gets a tombstone too (email, phone, handle)
    expect(result).toMatchObject({ contacts: 1, communications: 1, identities: 1, outbox: 1, sequences: 1, jobs: 3, tombstones: 3 });
    const dump = JSON.stringify([
      (await sql.query('SELECT * FROM contacts')).rows, (await sql.query('SELECT text, sender_external_id FROM communications')).rows,
      (await sql.query('SELECT * FROM channel_identities')).rows, (await sql.query('SELECT text, chat_id, payload FROM outbox')).rows,
      (await sql.query('SELECT details FROM audit_log')).rows,
    ]);
    for (const personal of ['anna.schmidt', 'Anna', '12345678', '493012345678']) expect(dump).not.toContain(personal);
    expect(dump).toContain('Sample sent by DHL');
    expect((await sql.query(`SELECT count(*)::int AS n FROM tombstones`)).rows[0].n).toBe(3);
    const left = await queue.getJobs(['delayed']);
    expect(left.map((j) => j.name)).toEqual(['dormant-sweep']);
    expect((await inbound.getJobs(['delayed'])).map((j) => j.data.senderId)).toEqual(['5511999998888@c.us']);
    const audit = await app.database.prisma.auditLog.findFirstOrThrow({ where: { action: 'erase' } });
    expect(audit).toMatchObject({ entityType: 'contact', entityId: String(contactId), customerId });
  });

  it('keeps an erased person out: the tombstone recognises their email, and they cannot be found', async () => {
    const { tombstonedDetails } = await import('../../../src/domain/contacts/contact.repository');
    expect(await tombstonedDetails(app.database.prisma, { emails: ['anna.schmidt@lichthaus.de', 'other@lichthaus.de'] })).toEqual(['anna.schmidt@lichthaus.de']);
    await expect(app.services.gdpr.erase(await app.services.team.byName('root'), 'cli', 'anna.schmidt@lichthaus.de')).rejects.toMatchObject({ code: 'CONTACT_NOT_FOUND' });
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/customer Lichthaus Berlin GmbH']);
    expect(out).toContain('#' + customerId);
    expect(out.toLowerCase()).not.toContain('anna');
  });
});
