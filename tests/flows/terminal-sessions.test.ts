import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { createTerminalAdapter } from '../../src/adapters/terminal.adapter';
import { loadConfig } from '../../src/config';
import { CHOICES_TTL_MS } from '../../src/domain/conversation/conversation.store';
import { createLogger } from '../../src/logger';
import { TEST_DATA_ENCRYPTION_KEY } from '../support/db';
import { createTestApp } from '../support/terminal-harness';
import { eventually } from '../support/eventually';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;

/** A live `crm chat --as <user>` on the shared database: lines typed while it stays open, everything it printed. */
async function openSession(user: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString('utf8')));
  const terminal = createTerminalAdapter({ user, input, output, fileDir: mkdtempSync(path.join(os.tmpdir(), 'quayside-files-')) });
  const config = loadConfig({ DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY });
  const session = await createApp({ config, logger: createLogger('silent'), adapters: [terminal] });
  await session.start();
  return {
    get printed() {
      return printed;
    },
    /** types a line and waits until the screen shows `expected` after what was there before */
    async type(line: string, expected: string | RegExp): Promise<string> {
      const from = printed.length;
      input.write(`${line}\n`);
      const seen = () => (typeof expected === 'string' ? printed.slice(from).includes(expected) : expected.test(printed.slice(from)));
      await eventually(seen, 20_000, 25).catch(() => undefined); // the match below says what was shown instead
      expect(printed.slice(from)).toMatch(expected);
      return printed.slice(from);
    },
    async close() {
      input.end();
      await terminal.finished;
      await session.stop();
    },
  };
}

beforeAll(async () => {
  app = await createTestApp();
  await app.services.team.add({ name: 'mia', role: 'manager', locale: 'en' });
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mia' });
  await app.services.team.add({ name: 'bob', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mia' });
});
afterAll(async () => app.stop());

describe('two members on the terminal at once', () => {
  it('each sees only their own messages, and a "1" answers only the last list shown on that screen, once', async () => {
    const alice = await openSession('alice');
    const bob = await openSession('bob');
    try {
      await bob.type('/new Kestrel Outdoor GmbH, DE, einkauf@kestrel-outdoor.de', 'Created customer');
      const blocked = await alice.type('/new Kestrel Outdoor, Germany, info@kestrel-outdoor.de', '1) Request transfer');
      expect(blocked).toMatch(/Not created: this looks like #\d+ Kestrel Outdoor GmbH/);
      expect(bob.printed).not.toContain('Request transfer');

      // Bob never saw a list: his "1" does nothing, and says so
      expect(await bob.type('1', 'answers nothing on this screen')).not.toMatch(/transfer/i);
      expect(await db().transferRequest.count()).toBe(0);

      // Alice's "1" asks for the transfer; the card goes to Bob's screen only, after his next message
      await alice.type('1', /Transfer request #\d+ sent/);
      expect(await db().transferRequest.count()).toBe(1);
      expect(alice.printed).not.toContain('asks to take over');
      expect(bob.printed).not.toContain('asks to take over');
      const card = await bob.type('/tasks', '1) Approve');
      expect(card).toMatch(/alice asks to take over #\d+ Kestrel Outdoor GmbH/);

      // a second "1" from Alice: the list was answered already
      await alice.type('1', 'answers nothing on this screen');
      expect(await db().transferRequest.count()).toBe(1);

      // a possible duplicate: after "Request transfer" (2), a "1" does not also "Create anyway"
      await bob.type('/new Nordic Lamps AB, SE', 'Created customer');
      await alice.type('/new Nordic Lamps Trading AB, Sweden', '1) Create anyway');
      await alice.type('2', /Transfer request #\d+ sent/);
      await alice.type('1', 'answers nothing on this screen');
      expect(await db().customer.count({ where: { name: 'Nordic Lamps Trading AB' } })).toBe(0);

      // Bob's "2" declines what is on his screen: the Nordic request arrived after his last message, so the list he
      // has is still Kestrel's
      await bob.type('2', /Declined transfer #\d+ for #\d+ Kestrel Outdoor GmbH/);
      expect((await db().customer.findFirstOrThrow({ where: { name: 'Kestrel Outdoor GmbH' }, include: { owner: true } })).owner?.name).toBe('bob');
    } finally {
      await alice.close();
      await bob.close();
    }
  }, 120_000);

  it('forgets a list shown in an earlier session or more than 30 minutes ago', async () => {
    const store = app.services.conversations;
    const shownAt = new Date('2026-12-08T02:00:00Z');
    const choices = [{ action: 'transfer:approve', value: '1' }];
    await store.offerChoices('terminal', 'mia', choices, { sessionId: 'morning', at: shownAt });
    expect(await store.takeChoice('terminal', 'mia', 1, { sessionId: 'afternoon', at: new Date(shownAt.getTime() + 60_000) })).toMatchObject({ kind: 'stale' });
    await store.offerChoices('terminal', 'mia', choices, { sessionId: 'morning', at: shownAt });
    expect(await store.takeChoice('terminal', 'mia', 1, { sessionId: 'morning', at: new Date(shownAt.getTime() + CHOICES_TTL_MS + 1) })).toMatchObject({ kind: 'stale' });
    await store.offerChoices('terminal', 'mia', choices, { sessionId: 'morning', at: shownAt });
    expect(await store.takeChoice('terminal', 'mia', 3, { sessionId: 'morning', at: shownAt })).toMatchObject({ kind: 'stale', reason: 'out_of_range' });
    expect(await store.takeChoice('terminal', 'mia', 1, { sessionId: 'morning', at: new Date(shownAt.getTime() + CHOICES_TTL_MS) })).toEqual({ kind: 'choice', choice: choices[0] });
    expect(await store.takeChoice('terminal', 'mia', 1, { sessionId: 'morning', at: shownAt })).toEqual({ kind: 'none' });
  });
});
