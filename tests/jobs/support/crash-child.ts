// A worker process that claims one outbox row and dies mid-send: its platform request never completes
// (the parent, playing the platform, never answers) and the parent kills it with SIGKILL.
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { ChannelAdapter } from '../../../src/domain/channel-contract';
import { createLogger } from '../../../src/logger';

const [databaseUrl, key, rowId, nowIso] = process.argv.slice(2);
const inFlight: ChannelAdapter = {
  channel: 'wa',
  capabilities: { buttons: false, threads: false, files: false, replyWindowHours: null, maxTextLength: 4096, customerFacing: true },
  async start() {},
  async stop() {},
  send: (message) => {
    process.send!({ type: 'sending', chatId: message.chatId });
    return new Promise(() => undefined); // the request is in flight when the process is killed
  },
};
const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_ENCRYPTION_KEY: key, LOG_LEVEL: 'silent' });
const app = await createApp({ config, logger: createLogger('silent'), adapters: [inFlight] });
await app.services.outbox.deliver(Number(rowId), { now: new Date(nowIso) });
