import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack.adapter';
import type { App } from '../../src/app';
import type { InboundMessage } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from './db';
import { createAppWithAdapters } from './channel-harness';

export const SLACK_SIGNING_SECRET = 'test-signing-secret';
export const SLACK_BOT_USER = 'UQUAYSIDEBOT';
/** the workspace the fake Slack app is installed in */
export const SLACK_TEAM = 'T0001';
/** how Quayside keys a person of that workspace (see slackUserKey) */
export const slackMember = (user: string) => `${SLACK_TEAM}/${user}`;

/** One Web API call the bot made; `blocks`/`view` are parsed back from the form encoding. */
export interface SlackCall {
  method: string;
  body: Record<string, any>;
  /** the ts the fake gave a posted message */
  ts?: string;
}

/**
 * A local Slack Web API (`POST /api/<method>`): answers auth.test, chat.postMessage, views.open and the file upload
 * steps, records every call, and can answer the next calls with 429 + Retry-After.
 */
export async function startFakeSlackApi() {
  const calls: SlackCall[] = [];
  let rateLimitNext = 0;
  let counter = 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (payload: unknown, status = 200, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    if (req.url?.startsWith('/upload/')) return res.writeHead(200).end('OK');
    const method = /^\/api\/([\w.]+)/.exec(req.url ?? '')?.[1];
    if (!method) return send({ ok: false, error: 'unknown_method' }, 404);
    const body: Record<string, any> = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw || '{}') : Object.fromEntries(new URLSearchParams(raw));
    for (const key of ['blocks', 'view']) if (typeof body[key] === 'string') body[key] = JSON.parse(body[key]);
    const call: SlackCall = { method, body };
    calls.push(call);
    if (rateLimitNext > 0 && method !== 'auth.test') {
      rateLimitNext -= 1;
      return send({ ok: false, error: 'ratelimited' }, 429, { 'retry-after': '1' });
    }
    counter += 1;
    switch (method) {
      case 'auth.test':
        return send({ ok: true, user_id: SLACK_BOT_USER, bot_id: 'BQUAYSIDE', team_id: 'T0001', user: 'quayside' });
      case 'chat.postMessage':
        call.ts = `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, '0')}`;
        return send({ ok: true, channel: body.channel, ts: call.ts });
      case 'chat.update':
        return send({ ok: true, channel: body.channel, ts: body.ts });
      case 'chat.postEphemeral':
        return send({ ok: true, message_ts: `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, '0')}` });
      case 'conversations.open':
        return send({ ok: true, channel: { id: `D${body.users}` } });
      case 'views.open':
        return send({ ok: true, view: { id: `V${counter}` } });
      case 'files.getUploadURLExternal':
        return send({ ok: true, upload_url: `http://127.0.0.1:${port}/upload/F${counter}`, file_id: `F${counter}` });
      case 'files.completeUploadExternal':
        return send({ ok: true, files: [{ id: 'F1' }] });
      default:
        return send({ ok: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    /** chat.postMessage calls, optionally to one channel */
    posted: (channel?: string) => calls.filter((c) => c.method === 'chat.postMessage' && (!channel || c.body.channel === channel)).map((c) => c.body),
    /** chat.postEphemeral calls (shown in a channel to one user only), optionally to one channel */
    ephemeral: (channel?: string) => calls.filter((c) => c.method === 'chat.postEphemeral' && (!channel || c.body.channel === channel)).map((c) => c.body),
    viewsOpened: () => calls.filter((c) => c.method === 'views.open').map((c) => c.body),
    /** chat.update calls (a posted message changed in place), optionally to one channel */
    updated: (channel?: string) => calls.filter((c) => c.method === 'chat.update' && (!channel || c.body.channel === channel)).map((c) => c.body),
    /** the ts Slack gave a posted message (pass a body from `posted`) */
    tsOf: (posted: Record<string, any>) => calls.find((c) => c.body === posted)?.ts,
    rateLimit(n: number) {
      rateLimitNext = n;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<ts>:<body>"). */
export function signSlackRequest(body: string, timestamp: number, secret = SLACK_SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/**
 * The fake Web API plus the real Slack adapter (Bolt's HTTP receiver on a free port), either inside a Quayside app
 * (durable queue and all flows) or, with `record`, handing messages to a list. Helpers post signed requests the way
 * Slack does.
 */
export async function startSlackHarness(options: { record?: boolean; env?: Record<string, string> } = {}) {
  const api = await startFakeSlackApi();
  const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SLACK_SIGNING_SECRET, apiUrl: api.apiUrl, port: 0, logger: createLogger('silent') });
  const received: InboundMessage[] = [];
  let app: App | undefined;
  if (options.record) await adapter.start(async (m) => void received.push(m));
  else app = await createAppWithAdapters([adapter], { QUEUE_PREFIX: testQueuePrefix('slack'), REDIS_URL: inject('redisUrl'), ...options.env }, { withJobs: true });
  const url = `http://127.0.0.1:${adapter.port()}/slack/events`;

  async function post(body: string, contentType: string, opts: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {}) {
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': opts.signature ?? signSlackRequest(body, ts), ...opts.headers },
      body,
    });
  }
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const interactive = (payload: unknown, opts?: Parameters<typeof post>[2]) =>
    post(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded', opts);

  return {
    api,
    adapter,
    app,
    received,
    url,
    post,
    /** `/crm <text>` typed by `user` in `channel` (a DM by default) */
    slashCommand: (user: string, text: string, channel = `D${user}`, opts?: Parameters<typeof post>[2] & { team?: string }) =>
      post(
        form({ command: '/crm', text, user_id: user, user_name: user.toLowerCase(), channel_id: channel, channel_name: channel.startsWith('D') ? 'directmessage' : 'sales', team_id: opts?.team ?? SLACK_TEAM, trigger_id: `trg.${randomBytes(4).toString('hex')}`, response_url: 'http://127.0.0.1:9/unused' }),
        'application/x-www-form-urlencoded',
        opts,
      ),
    /** an Events API callback; pass the same eventId and a retryNum to play Slack's retry */
    event: (event: Record<string, unknown>, opts: { eventId?: string; retryNum?: number } = {}) =>
      post(
        JSON.stringify({ token: 'x', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: opts.eventId ?? `Ev${randomBytes(4).toString('hex')}`, event_time: Math.floor(Date.now() / 1000), event }),
        'application/json',
        opts.retryNum ? { headers: { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } } : {},
      ),
    /** a DM from `user` (as Slack sends it) */
    directMessage: (user: string, text: string, opts: { eventId?: string; retryNum?: number; ts?: string } = {}) =>
      post(
        JSON.stringify({ token: 'x', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: opts.eventId ?? `Ev${randomBytes(4).toString('hex')}`, event_time: 1, event: { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts: opts.ts ?? `${Date.now() / 1000}` } }),
        'application/json',
        opts.retryNum ? { headers: { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } } : {},
      ),
    /** presses a button: the action id and value as the bot posted them (see `buttonsIn`) */
    pressButton: (user: string, button: { action_id: string; value?: string }, channel = `D${user}`, messageTs = '1700000000.000100') =>
      interactive({
        type: 'block_actions', trigger_id: `trg.${randomBytes(4).toString('hex')}`, user: { id: user, name: user.toLowerCase() }, team: { id: 'T0001' }, api_app_id: 'A0001',
        channel: { id: channel }, container: { type: 'message', channel_id: channel, message_ts: messageTs }, message: { ts: messageTs },
        actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, action_ts: `${Date.now() / 1000}` }],
      }),
    /** submits a modal the bot opened (pass the views.open body) with the typed text */
    submitView: (user: string, opened: Record<string, any>, text: string) =>
      interactive({
        type: 'view_submission', trigger_id: `trg.${randomBytes(4).toString('hex')}`, user: { id: user, name: user.toLowerCase() }, team: { id: 'T0001' }, api_app_id: 'A0001',
        view: { id: `V${randomBytes(3).toString('hex')}`, callback_id: opened.view.callback_id, private_metadata: opened.view.private_metadata, state: { values: { prompt: { text: { type: 'plain_text_input', value: text } } } } },
      }),
    /** the buttons of a posted message (its actions block) */
    buttonsIn: (posted: Record<string, any>): { action_id: string; value?: string; text: { text: string } }[] =>
      (posted.blocks ?? []).flatMap((b: { type: string; elements?: unknown[] }) => (b.type === 'actions' ? b.elements : [])),
    async stop() {
      if (app) await app.stop();
      else await adapter.stop();
      await api.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
