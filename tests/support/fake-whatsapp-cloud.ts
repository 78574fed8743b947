import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphCall {
  method: string;
  path: string;
  authorization?: string;
  /** JSON bodies parsed; multipart uploads as their fields, the file as name, type and size */
  body: Record<string, unknown>;
  file?: { name: string; type: string; size: number; head: string };
  /** what the fake answered */
  answer?: unknown;
}

/**
 * A local stand-in for Meta's Graph API (the only thing faked): records every call and answers as the Cloud API
 * does (`messages` → a wamid, `media` → a media id). `failNext(status, code)` makes the next call fail with a Graph error.
 */
export async function startFakeGraphApi(phoneNumberId: string) {
  const calls: GraphCall[] = [];
  let counter = 0;
  let failure: { status: number; code: number } | null = null;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const call: GraphCall = { method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, body: {} };
    if ((req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
      // parsed the way any server would: the standard multipart parser of the fetch Request
      const form = await new Request('http://fake', { method: 'POST', headers: { 'content-type': req.headers['content-type']! }, body: raw }).formData();
      for (const [key, value] of form) {
        if (typeof value === 'string') call.body[key] = value;
        else call.file = { name: value.name, type: value.type, size: value.size, head: Buffer.from(await value.arrayBuffer()).subarray(0, 5).toString('latin1') };
      }
    } else if (raw.length) {
      call.body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    }
    calls.push(call);
    const answer = (status: number, body: unknown) => (call.answer = body, res).writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (failure) {
      const { status, code } = failure;
      failure = null;
      return answer(status, { error: { message: 'fake failure', type: 'OAuthException', code, fbtrace_id: 'x' } });
    }
    if (call.authorization !== 'Bearer test-access-token') return answer(401, { error: { message: 'Invalid OAuth access token', code: 190 } });
    counter += 1;
    if (req.method === 'GET' && url.pathname.endsWith(`/${phoneNumberId}`)) return answer(200, { display_phone_number: '+86 21 5555 0100', id: phoneNumberId });
    if (req.method === 'POST' && url.pathname.endsWith(`/${phoneNumberId}/media`)) return answer(200, { id: `MEDIA${counter}` });
    if (req.method === 'POST' && url.pathname.endsWith(`/${phoneNumberId}/messages`)) {
      return answer(200, { messaging_product: 'whatsapp', contacts: [{ input: call.body.to, wa_id: call.body.to }], messages: [{ id: `wamid.OUT${counter}` }] });
    }
    answer(404, { error: { message: 'Unknown path', code: 100 } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}/v21.0`,
    calls,
    /** the message sends (POST …/messages) to one WhatsApp id */
    messagesTo: (to: string) => calls.filter((c) => c.path.endsWith('/messages') && c.body.to === to),
    failNext(status: number, code: number) {
      failure = { status, code };
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type FakeGraphApi = Awaited<ReturnType<typeof startFakeGraphApi>>;

let sequence = 0;

/** A webhook delivery as the Cloud API posts it: one change on the `messages` field of our phone number. */
export function makeCloudWebhook(phoneNumberId: string, value: { messages?: unknown[]; statuses?: unknown[]; contacts?: unknown[] }) {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '862155550100', phone_number_id: phoneNumberId }, ...value } }] }],
  };
}

/** A buyer's message (`text`, or any other type with its own part in `extra`). */
export function makeCloudMessage(input: { from: string; text?: string; id?: string; name?: string; at?: Date; extra?: Record<string, unknown> }) {
  sequence += 1;
  const message = {
    from: input.from, id: input.id ?? `wamid.IN${Date.now()}${sequence}`, timestamp: String(Math.floor((input.at ?? new Date()).getTime() / 1000)),
    ...(input.text === undefined ? {} : { type: 'text', text: { body: input.text } }),
    ...input.extra,
  };
  return { message, contacts: [{ profile: { name: input.name ?? 'Buyer' }, wa_id: input.from }] };
}

export function makeCloudStatus(input: { id: string; status: string; recipient: string; at?: Date; error?: { code: number; title: string } }) {
  return {
    id: input.id, status: input.status, timestamp: String(Math.floor((input.at ?? new Date()).getTime() / 1000)), recipient_id: input.recipient,
    ...(input.error ? { errors: [{ code: input.error.code, title: input.error.title }] } : {}),
  };
}

/** POSTs a webhook body the way Meta does: the raw bytes signed with the app secret (X-Hub-Signature-256). */
export function postSignedWebhook(url: string, payload: unknown, appSecret: string | null, signature?: string) {
  const body = JSON.stringify(payload);
  const sig = signature ?? (appSecret ? `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}` : undefined);
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(sig ? { 'x-hub-signature-256': sig } : {}) }, body });
}
