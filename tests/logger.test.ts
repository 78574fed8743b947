import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { installDataKey } from '../src/domain/crypto/personal-data-cipher';
import { TEST_DATA_ENCRYPTION_KEY } from './support/db';

describe('logs', () => {
  it('carry no chat account, chat id, name or message text: ids keyed, the rest left out', () => {
    installDataKey(Buffer.from(TEST_DATA_ENCRYPTION_KEY, 'base64'));
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.error({ channel: 'telegram', externalId: '777000111:42', message: { senderId: '777000111', senderName: 'Pedro Gonzalez', text: 'mi cel +52 55 9999 0000' } }, 'buyer message not stored');
    logger.error({ channel: 'telegram', externalId: '777000111:42' }, 'again');
    const out = lines.join('\n');
    for (const personal of ['777000111', 'Pedro', '9999']) expect(out).not.toContain(personal);
    const keys = lines.map((l) => JSON.parse(l).externalId);
    expect(keys[0]).toMatch(/^key:[0-9a-f]{40}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
