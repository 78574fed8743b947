import { describe, expect, it } from 'vitest';
import { formatDuration, messageText } from '../../../src/domain/text/message-text';

describe('messageText', () => {
  it('puts what came instead of text in brackets, in the reader\'s language', () => {
    expect(messageText('', [{ kind: 'sticker', name: '👍' }], 'en')).toBe('[sticker 👍]');
    expect(messageText('caption here', [{ kind: 'image', caption: 'caption here' }], 'en')).toBe('[photo] caption here');
    expect(messageText('', [{ kind: 'image', caption: 'only in the caption' }], 'zh')).toBe('[图片] only in the caption');
    expect(messageText('', [{ kind: 'voice', durationSeconds: 75 }], 'zh')).toBe('[语音 1:15]');
    expect(messageText('', [{ kind: 'location', ref: '19.4326077,-99.133208', name: 'CDMX office' }], 'en')).toBe('[location 19.43261,-99.13321 CDMX office]');
    expect(messageText('see attached', [{ kind: 'document', name: 'spec [v2].pdf' }, { kind: 'video', durationSeconds: 3725 }], 'en')).toBe('[file spec [v2 .pdf] [video 1:02:05] see attached');
  });

  it('reads whatever the database holds without failing: unknown kinds, wrong types, no list at all', () => {
    expect(messageText('hi', null, 'en')).toBe('hi');
    expect(messageText('', [{ kind: 'hologram' }, null, 'x', { kind: 'voice', durationSeconds: 'long' }], 'en')).toBe('[attachment] [voice]');
    expect(messageText('', [{ kind: 'constructor' }], 'en')).toBe('[attachment]');
    expect(messageText('', [{ kind: 'location', ref: 'not a place' }], 'en')).toBe('[location]');
  });

  it('writes durations as m:ss or h:mm:ss', () => {
    expect([0, 9, 60, 3600].map(formatDuration)).toEqual(['0:00', '0:09', '1:00', '1:00:00']);
  });
});
