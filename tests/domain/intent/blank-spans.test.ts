import { describe, expect, it } from 'vitest';
import { blankSpans, prefilteredBlanking } from '../../../src/domain/intent/blank-spans';

describe('prefilteredBlanking', () => {
  const patterns = [/x/g, /a b/g, /(?<![a-z])no (sample|catalog)s? needed/g, /不用[^，。]{0,4}/g];
  const blanking = prefilteredBlanking(patterns);

  it.each([
    'no samples needed, just the price',
    'axb',
    'a b',
    '样品不用了，请报价',
    'nothing to blank here',
    '',
  ])('blanks %j as blankSpans does', (text) => {
    expect(blanking(text)).toBe(blankSpans(text, patterns));
  });

  it('finds a pattern that an earlier blanking made possible', () => {
    // "axb" holds no "a b" until the x is blanked; candidates read once, up front, would skip the second pattern
    expect(blanking('axb')).toBe('   ');
  });

  it('keeps every position', () => {
    const text = 'ok, no catalog needed — send MOQ';
    expect(blanking(text)).toHaveLength(text.length);
    expect(blanking(text)).toBe('ok,                   — send MOQ');
  });
});
