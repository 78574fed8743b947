// One worker process for `npm run bench -- assign`: the app with its BullMQ worker on the bench database and prefix.
// The chat platform is faked: each notification is printed as {c: customer id, at: epoch ms} so the parent can time it.
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { ChannelAdapter } from '../../src/domain/messages';
import { TERMINAL_CAPABILITIES } from '../../src/adapters/terminal.adapter';
import { createLogger } from '../../src/logger';

const printer: ChannelAdapter = {
  channel: 'terminal',
  capabilities: TERMINAL_CAPABILITIES,
  async start() {},
  async stop() {},
  async send(message) {
    const id = /\n#(\d+) /.exec(message.text)?.[1];
    if (id) process.stdout.write(`${JSON.stringify({ c: Number(id), at: Date.now() })}\n`);
    return { externalIds: [] };
  },
};

const app = await createApp({ config: loadConfig(process.env), logger: createLogger('warn'), adapters: [printer], withJobs: true });
await app.start();
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
process.once('SIGTERM', async () => {
  await app.stop();
  process.exit(0);
});
