// A gateway process whose platform takes each relayed send and never answers: the parent kills it with SIGKILL while
// the send is in flight (the platform has the message; the gateway never reports it).
import { Redis } from 'ioredis';
import { createOutboundRelayServer } from '../../../src/adapters/outbound-relay';
import { createLogger } from '../../../src/logger';

const [redisUrl, prefix] = process.argv.slice(2);
const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
const server = createOutboundRelayServer({
  redis, prefix, logger: createLogger('silent'), adapters: [],
  port: {
    capabilities: () => undefined,
    send: (message) => {
      process.send!({ type: 'sending', chatId: message.chatId });
      return new Promise(() => undefined);
    },
  },
});
await server.start();
process.send!({ type: 'ready' });
