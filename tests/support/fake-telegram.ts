import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call the bot made. */
export interface TelegramCall {
  method: string;
  body: Record<string, any>;
  /** answered with an error (see failNthSend) */
  failed?: boolean;
  /** the message id the fake gave a sent message */
  messageId?: number;
}

export const FAKE_BOT = { id: 7000001, is_bot: true, first_name: 'Quayside', username: 'quayside_test_bot' };

/**
 * A local Telegram Bot API: answers `POST /bot<token>/<method>` as Telegram does, queues updates for getUpdates
 * (long polling held briefly when empty), records every call, and can answer the next sends with 429.
 */
export async function startFakeTelegram() {
  const calls: TelegramCall[] = [];
  let updates: Record<string, unknown>[] = [];
  let wake: (() => void) | undefined;
  let nextMessageId = 5000;
  let rateLimitNext = 0;
  // sends counted down to one answered 502 (a platform that drops one call)
  let failAfter = 0;
  // people who never opened a chat with the bot: Telegram answers 403 to a message for them
  const unreachable = new Set<string>();
  // while held, sends are recorded and left unanswered (a platform that hangs)
  let held: (() => void)[] | null = null;
  // an outage: every call answered 502 Bad Gateway (a proxy in front of a dead API)
  let badGateway = false;

  async function readBody(req: http.IncomingMessage): Promise<Record<string, any>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/json')) return raw ? JSON.parse(raw) : {};
    if (type.includes('multipart/form-data')) {
      const fields: Record<string, string> = {};
      for (const m of raw.matchAll(/name="([^"]+)"(?:; filename="([^"]+)")?\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/g)) fields[m[1]] = m[2] ?? m[3];
      return fields;
    }
    return Object.fromEntries(new URLSearchParams(raw));
  }

  const answer = (res: http.ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  };

  const server = http.createServer(async (req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    if (!match) return answer(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2];
    const body = await readBody(req);
    if (badGateway) return answer(res, 502, { ok: false, error_code: 502, description: 'Bad Gateway' });
    const call: TelegramCall = { method, body };
    if (method !== 'getUpdates') calls.push(call);
    switch (method) {
      case 'getMe':
        return answer(res, 200, { ok: true, result: FAKE_BOT });
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        updates = updates.filter((u) => Number(u.update_id) >= offset);
        if (!updates.length) await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
        return answer(res, 200, { ok: true, result: updates.slice(0, Number(body.limit ?? 100)) });
      }
      case 'sendMessage':
      case 'sendPhoto':
      case 'sendDocument': {
        if (held) await new Promise<void>((resolve) => held!.push(resolve));
        if (failAfter > 0 && --failAfter === 0) {
          call.failed = true;
          return answer(res, 502, { ok: false, error_code: 502, description: 'Bad Gateway' });
        }
        if (rateLimitNext > 0) {
          rateLimitNext -= 1;
          return answer(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
        }
        if (unreachable.has(String(body.chat_id))) {
          return answer(res, 403, { ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" });
        }
        nextMessageId += 1;
        call.messageId = nextMessageId;
        const chatId = Number(body.chat_id);
        return answer(res, 200, { ok: true, result: { message_id: nextMessageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, text: body.text } });
      }
      default:
        return answer(res, 200, { ok: true, result: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token: '123456:TEST-TOKEN',
    calls,
    /** texts sent to one chat, in order */
    sentTo: (chatId: number | string) => calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chatId)).map((c) => String(c.body.text)),
    /** queues an update for the next getUpdates (the same update twice = Telegram redelivering it) */
    push(update: Record<string, unknown>) {
      updates.push(update);
      wake?.();
    },
    /** this person never started the bot: messages to them are refused with 403, as Telegram does */
    neverStarted(userId: number | string) {
      unreachable.add(String(userId));
    },
    /** sends from now on get no answer until release() (they are recorded as they arrive) */
    holdSends() {
      held = held ?? [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const resolve of waiting) resolve();
    },
    /** the `n`-th send from now (1 = the next) is answered 502 Bad Gateway; the ones before and after go through */
    failNthSend(n: number) {
      failAfter = n;
    },
    /**
     * An outage from now until up(): `bad-gateway` answers every call 502; `refuse` closes the port, so connections
     * are refused (and open ones cut).
     */
    async down(mode: 'bad-gateway' | 'refuse') {
      if (mode === 'bad-gateway') badGateway = true;
      else if (server.listening) {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
      }
    },
    /** Ends an outage: the same port answers again. */
    async up() {
      badGateway = false;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    /** the next `n` sends are answered 429 with retry_after 1 */
    rateLimit(n: number) {
      rateLimitNext = n;
    },
    async close() {
      wake?.();
      for (const resolve of held ?? []) resolve();
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

let updateCounter = 100;
let messageCounter = 1;

/** A private-chat text message update from a person (chat id = user id, as Telegram does). */
export function makeTelegramTextUpdate(opts: { fromId: number; text: string; firstName?: string; chatId?: number; chatType?: string; messageId?: number; extra?: Record<string, unknown> }) {
  updateCounter += 1;
  messageCounter += 1;
  const chatId = opts.chatId ?? opts.fromId;
  return {
    update_id: updateCounter,
    message: {
      message_id: opts.messageId ?? messageCounter,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: opts.chatType ?? 'private' },
      from: { id: opts.fromId, is_bot: false, first_name: opts.firstName ?? 'Buyer' },
      text: opts.text,
      ...opts.extra,
    },
  };
}

/** A press of an inline-keyboard button. */
export function makeTelegramCallbackUpdate(opts: { fromId: number; data: string; chatId?: number; messageId?: number }) {
  updateCounter += 1;
  return {
    update_id: updateCounter,
    callback_query: {
      id: `cbq-${updateCounter}`,
      from: { id: opts.fromId, is_bot: false, first_name: 'Rep' },
      data: opts.data,
      chat_instance: 'x',
      message: { message_id: opts.messageId ?? 1, date: 0, chat: { id: opts.chatId ?? opts.fromId, type: 'private' } },
    },
  };
}
