// A real worker process for the concurrency test: the app with its BullMQ worker, on the shared database and queue.
// Notifications are printed as JSON lines (the platform is faked, nothing else is).
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { ChannelAdapter } from '../../../src/domain/messages';
import { TERMINAL_CAPABILITIES } from '../../../src/adapters/terminal.adapter';
import { createLogger } from '../../../src/logger';

const printer: ChannelAdapter = {
  channel: 'terminal',
  capabilities: TERMINAL_CAPABILITIES,
  async start() {},
  async stop() {},
  async send(message) {
    process.stdout.write(`${JSON.stringify({ notify: message.chatId, text: message.text.split('\n')[1] ?? '', pid: process.pid })}\n`);
    return { externalIds: [] };
  },
};

const app = await createApp({ config: loadConfig(process.env), logger: createLogger('silent'), adapters: [printer], withJobs: true });
await app.start();
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
process.once('SIGTERM', async () => {
  await app.stop();
  process.exit(0);
});
