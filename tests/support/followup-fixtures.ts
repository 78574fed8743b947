import type { App } from '../../src/app';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { Actor } from '../../src/domain/team/actor';
import { createContact } from '../../src/domain/contacts/contact.repository';
import { linkContactIdentity, linkMemberIdentity } from '../../src/domain/team/identity.repository';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY } from './db';
import { createFakePlatform } from './fake-platform';

const DAY = 86_400_000;

/** An app with two fake platforms: `wa` where buyers are (customer-facing), `chat` where reps get notices. */
export async function createFollowupApp(options: { env?: Record<string, string>; waWindowHours?: number | null; withJobs?: boolean; now?: () => Date; url?: string } = {}) {
  const url = options.url ?? (await createTestDatabase()).url;
  const wa = createFakePlatform('wa', { replyWindowHours: options.waWindowHours ?? null });
  const chat = createFakePlatform('chat', { customerFacing: false, buttons: true });
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY, ...options.env });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [wa.adapter, chat.adapter], withJobs: options.withJobs, now: options.now });
  return { app, wa, chat, url };
}

/** A rep reachable on the `chat` platform. */
export async function addRep(app: App, name: string, extra: { locale?: 'zh' | 'en'; timezone?: string; role?: 'rep' | 'manager' } = {}): Promise<Actor> {
  const actor = await app.services.team.add({ name, role: extra.role ?? 'rep', locale: extra.locale ?? 'en', timezone: extra.timezone ?? 'Asia/Shanghai' });
  const db = app.database.prisma;
  await linkMemberIdentity(db, { channel: 'chat', externalId: name, chatId: name, teamMemberId: actor.id });
  await db.teamMember.update({ where: { id: actor.id }, data: { preferredChannel: 'chat' } });
  return actor;
}

/** A buyer owned by `owner`, silent since `silentDays` before `now`, with a contact and (optionally) a `wa` chat. */
export async function addBuyer(
  app: App,
  owner: Actor,
  now: Date,
  b: { name: string; country?: string | null; timezone?: string | null; language?: string | null; chat?: string | null; silentDays?: number; phone?: string | null; detected?: string },
) {
  const db = app.database.prisma;
  const last = new Date(now.getTime() - (b.silentDays ?? 61) * DAY);
  const customer = await db.customer.create({
    data: {
      name: b.name, normalizedName: b.name.toLowerCase(), country: b.country === undefined ? 'DE' : b.country, timezone: b.timezone ?? null,
      ownerId: owner.id, status: 'dormant', lastContactAt: last, lastInboundAt: last, createdAt: new Date(last.getTime() - 30 * DAY),
    },
  });
  const contact = await createContact(db, customer.id, { name: `${b.name} buyer`, roles: [], language: b.language ?? null, phone: b.phone ?? null });
  const chat = b.chat === undefined ? `wa-${customer.id}` : b.chat;
  if (chat) await linkContactIdentity(db, { channel: 'wa', externalId: chat, chatId: chat, contactId: contact.id });
  if (b.detected) {
    await db.communication.create({ data: { customerId: customer.id, contactId: contact.id, channel: 'wa', direction: 'inbound', text: 'hola', language: b.detected, occurredAt: last } });
  }
  return { customer, contact, chat };
}

export const days = (n: number) => n * DAY;
