import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { ChannelAdapter, OutboundMessage } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY } from '../support/db';

/**
 * Who sees which customer through which command. Rows are commands that read customers, columns are roles; each
 * cell is checked against the hand-written expectation below, never against the visibility code itself.
 * Adding a command = one row in COMMANDS.
 */
interface Book { id: number; name: string; country: string; email: string; phone: string }
type Check = (out: string, c: Book) => void;
interface CommandRow { command: string; line: (c: Book) => string; visible: Check; hidden: Check }

const NOT_FOUND = /No customer ".*" that you can see/;
const COMMANDS: CommandRow[] = [
  {
    command: '/find <name>', line: (c) => `/find ${c.name}`,
    visible: (out, c) => expect(out).toContain(`#${c.id} ${c.name}`), hidden: (out, c) => expect(out).not.toContain(c.name),
  },
  {
    command: '/find <exact email>', line: (c) => `/find ${c.email}`,
    visible: (out, c) => expect(out).toContain(`#${c.id} ${c.name}`), hidden: (out, c) => expect(out).not.toContain(c.name),
  },
  {
    command: '/customer', line: (c) => `/customer ${c.name}`,
    visible: (out, c) => expect(out).toContain(c.email), hidden: (out, c) => { expect(out).toMatch(NOT_FOUND); expect(out).not.toContain(c.email); },
  },
  {
    command: '/log', line: (c) => `/log ${c.name}: matrix note`,
    visible: (out, c) => expect(out).toContain(`Logged on #${c.id}`), hidden: (out) => expect(out).toMatch(NOT_FOUND),
  },
  {
    command: '/contact', line: (c) => `/contact ${c.name}: Matrix Person, purchasing`,
    visible: (out) => expect(out).toContain('Added Matrix Person'), hidden: (out) => expect(out).toMatch(NOT_FOUND),
  },
  {
    command: '/report funnel <country>', line: (c) => `/report funnel 30d ${c.country}`,
    visible: (out) => expect(out).toMatch(/\nLeads 1 /), hidden: (out) => expect(out).toMatch(/\nLeads 0 /),
  },
  {
    command: '/report customers <country>', line: (c) => `/report customers 30d ${c.country}`,
    visible: (out) => expect(out).toMatch(/\n1 customers/), hidden: (out) => expect(out).toMatch(/\n0 customers/),
  },
  {
    command: '/reply', line: (c) => `/reply ${c.name}: hello from the matrix`,
    visible: (out) => expect(out).not.toMatch(NOT_FOUND), hidden: (out) => expect(out).toMatch(NOT_FOUND),
  },
  {
    // a duplicate warning may name the owner; of a customer the reader cannot see it never shows contact details
    // beyond what the reader typed (the email): not the phone, not the contacts' names
    command: 'duplicate warning on /new', line: (c) => `/new ${c.name} Copy, ${c.country}, ${c.email}`,
    visible: (out) => expect(out).toMatch(/Not created/),
    hidden: (out, c) => { expect(out).toMatch(/Not created/); expect(out.replace(/\D/g, '')).not.toContain(c.phone.slice(-7)); expect(out).not.toContain('Matrix Person'); },
  },
];

const CUSTOMERS = [
  { key: 'alpha', name: 'Alpha Lighting', country: 'MX', owner: 'alice', phone: '+525512345678' },
  { key: 'bravo', name: 'Bravo Leuchten', country: 'DE', owner: 'bob', phone: '+493012345678' },
  { key: 'lima', name: 'Lima Luz', country: 'PE', owner: null, phone: '+5114123456' },
  { key: 'dublin', name: 'Dublin Lamps', country: 'IE', owner: null, phone: '+35312345678' },
  { key: 'solo', name: 'Solo Bulbs', country: 'US', owner: 'carol', phone: '+14155552671' },
] as const;
type Key = (typeof CUSTOMERS)[number]['key'];
const ALL: Key[] = CUSTOMERS.map((c) => c.key);

const ROLES: { role: string; user: string; regionUnowned: boolean; sees: Key[] }[] = [
  { role: 'rep, company lets reps see their region\'s unowned', user: 'alice', regionUnowned: true, sees: ['alpha', 'lima'] },
  { role: 'rep, company does not', user: 'alice', regionUnowned: false, sees: ['alpha'] },
  { role: 'manager (bob\'s; EU)', user: 'mgr', regionUnowned: false, sees: ['bravo', 'dublin'] },
  { role: 'director', user: 'dir', regionUnowned: true, sees: ALL },
  { role: 'admin', user: 'root', regionUnowned: true, sees: ALL },
  { role: 'stranger (unlinked account)', user: 'mallory', regionUnowned: true, sees: [] },
];

let url: string;
const books = new Map<Key, Book>();

function captureAdapter(sent: OutboundMessage[]): ChannelAdapter {
  return {
    channel: 'terminal',
    capabilities: { buttons: false, threads: false, files: false, replyWindowHours: null, maxTextLength: 100_000, customerFacing: false },
    start: async () => undefined,
    stop: async () => undefined,
    send: async (m) => (sent.push(m), { externalIds: [randomUUID()] }),
  };
}

async function openApp(regionUnowned: boolean) {
  const sent: OutboundMessage[] = [];
  const env = { DATABASE_URL: url, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY, REPS_SEE_REGION_UNOWNED: String(regionUnowned) };
  const app = await createApp({ config: loadConfig(env), logger: createLogger('silent'), adapters: [captureAdapter(sent)] });
  const say = async (user: string, text: string) => {
    sent.length = 0;
    await app.handleInbound({ channel: 'terminal', externalId: randomUUID(), kind: 'message', senderId: user, chatId: user, text, occurredAt: new Date() });
    return sent.map((m) => m.text).join('\n');
  };
  return { app, say };
}

const apps: Awaited<ReturnType<typeof openApp>>[] = [];

beforeAll(async () => {
  url = (await createTestDatabase()).url;
  const setup = await openApp(true);
  apps.push(setup, await openApp(false));
  const team = setup.app.services.team;
  await team.add({ name: 'mgr', role: 'manager', regions: ['EU'], locale: 'en' });
  await team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await team.add({ name: 'bob', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mgr' });
  await team.add({ name: 'carol', role: 'rep', regions: ['NA'], locale: 'en' });
  await team.add({ name: 'dir', role: 'director', locale: 'en' });
  await team.add({ name: 'root', role: 'admin', locale: 'en' });
  const dir = await team.byName('dir');
  for (const c of CUSTOMERS) {
    const email = `buyer@${c.key}-trade.com`;
    const created = await setup.app.services.customers.create(dir, 'test', { name: c.name, country: c.country, details: [email, c.phone] });
    const ownerId = c.owner ? (await team.byName(c.owner)).id : null;
    await setup.app.database.prisma.customer.update({ where: { id: created.id }, data: { ownerId } });
    books.set(c.key, { id: created.id, name: c.name, country: c.country, email, phone: c.phone });
  }
});
afterAll(async () => {
  for (const { app } of apps) await app.stop();
});

describe.each(ROLES)('$role', ({ user, regionUnowned, sees }) => {
  const chat = () => apps[regionUnowned ? 0 : 1];
  it.each(COMMANDS)('$command', async (row) => {
    for (const c of CUSTOMERS) {
      const book = books.get(c.key)!;
      const out = await chat().say(user, row.line(book));
      try {
        if (user === 'mallory') expect(out).toContain('not linked to a Quayside team member');
        else if (sees.includes(c.key)) row.visible(out, book);
        else row.hidden(out, book);
      } catch (error) {
        throw new Error(`${user} ${row.command} on ${c.name} (${sees.includes(c.key) ? 'visible' : 'hidden'}):\n${out}\n${(error as Error).message}`);
      }
    }
  });
});

describe('reports by rep', () => {
  it('a rep cannot report on another rep; a manager only on their team', async () => {
    const { say } = apps[0];
    expect(await say('alice', '/report team 30d carol')).toContain('You do not have permission');
    expect(await say('mgr', '/report team 30d carol')).toContain('You do not have permission');
    expect(await say('mgr', '/report team 30d bob')).toMatch(/^bob: /m);
    expect(await say('dir', '/report team 30d carol')).toMatch(/^carol: /m);
  });
});
