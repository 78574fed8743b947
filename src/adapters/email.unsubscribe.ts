import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger';
import { readCappedBody } from './http-body';

export type OptOutOutcome = 'recorded' | 'already' | 'invalid';
/** The domain's opt-out for a token an email carried (signals.optOutByToken); adapters only pass it on. */
export type OptOutByToken = (token: string) => Promise<OptOutOutcome>;

const MAX_BODY = 2048;

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
  `<body style="font-family:sans-serif;max-width:32em;margin:3em auto">${body}</body></html>`;

/**
 * The one-click unsubscribe endpoint of RFC 8058: `POST <path>/<token>` with the body `List-Unsubscribe=One-Click`
 * records the opt-out through the domain; a bad token is 400 and changes nothing. A GET (a person following the link,
 * or a mail scanner fetching it) only shows a button that makes the same POST: fetching a link never unsubscribes.
 */
export function createUnsubscribeServer(options: { path: string; optOut: OptOutByToken; logger: Logger }) {
  const prefix = `/${options.path.replace(/^\/+|\/+$/g, '')}/`;
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, html: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(prefix)) return send(404, page('Not found', '<p>Not found.</p>'));
      const token = decodeURIComponent(url.pathname.slice(prefix.length));
      if (!/^[0-9a-f.]{1,80}$/i.test(token)) return send(400, page('Invalid link', '<p>This unsubscribe link is not valid.</p>'));
      if (req.method === 'GET') {
        return send(200, page('Unsubscribe', `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><p>Stop these emails? 不再接收这些邮件？</p><button type="submit">Unsubscribe / 退订</button></form>`));
      }
      if (req.method !== 'POST') return send(405, page('Not allowed', '<p>Use POST.</p>'));
      const body = await readCappedBody(req, MAX_BODY);
      if (body === null || new URLSearchParams(body.toString('utf8')).get('List-Unsubscribe') !== 'One-Click') {
        return send(400, page('Invalid request', '<p>Expected List-Unsubscribe=One-Click.</p>'));
      }
      const outcome = await options.optOut(token);
      if (outcome === 'invalid') return send(400, page('Invalid link', '<p>This unsubscribe link is not valid.</p>'));
      options.logger.info({ outcome }, 'email: one-click unsubscribe');
      return send(200, page('Unsubscribed', '<p>You will get no more of these emails. 您已退订。</p>'));
    } catch (error) {
      options.logger.error({ err: error }, 'email: unsubscribe failed');
      return send(503, page('Try again', '<p>Please try again in a minute.</p>'));
    }
  });
  return {
    async listen(port: number, host: string): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      return (server.address() as AddressInfo).port;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
