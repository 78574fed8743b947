// A real worker process (for the two-worker concurrency test and `npm run bench -- assign`): the app with its BullMQ
// worker on the given database and queue prefix. The chat platform is faked: each notification is printed as a JSON
// line with the customer id and the time, so the parent can check and time it.
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { ChannelAdapter } from '../../../src/domain/channel-contract';
import { TERMINAL_CAPABILITIES } from '../../../src/adapters/terminal.adapter';
import { createLogger } from '../../../src/logger';

const printer: ChannelAdapter = {
  channel: 'terminal',
  capabilities: TERMINAL_CAPABILITIES,
  async start() {},
  async stop() {},
  async send(message) {
    const customerId = /\n#(\d+) /.exec(message.text)?.[1];
    const line = { notify: message.chatId, text: message.text.split('\n')[1] ?? '', pid: process.pid, c: customerId ? Number(customerId) : null, at: Date.now() };
    process.stdout.write(`${JSON.stringify(line)}\n`);
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
