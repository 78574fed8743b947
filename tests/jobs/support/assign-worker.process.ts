// A real worker process (for the two-worker concurrency test and `npm run bench -- assign`): the app with its BullMQ
// worker on the given database and queue prefix. The chat platform is faked: each notification is printed as a JSON
// line with the customer id and the time (a line per notice, where several arrive in one message), so the parent can check and time it.
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { ChannelAdapter } from '../../../src/domain/channel-contract';
import { TERMINAL_CAPABILITIES } from '../../../src/adapters/terminal.adapter';
import { createLogger } from '../../../src/logger';
import { NOTICE_SEPARATOR } from '../../../src/domain/outbox/outbox.service';

const printer: ChannelAdapter = {
  channel: 'terminal',
  capabilities: TERMINAL_CAPABILITIES,
  async start() {},
  async stop() {},
  async send(message) {
    // a rep's waiting notices arrive joined in one message: a line for each
    for (const text of message.text.split(NOTICE_SEPARATOR)) {
      const customerId = /\n#(\d+) /.exec(text)?.[1];
      const line = { notify: message.chatId, text: text.split('\n')[1] ?? '', pid: process.pid, c: customerId ? Number(customerId) : null, at: Date.now() };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
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
