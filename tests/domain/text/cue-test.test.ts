import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanForIntents, fold } from '../../../src/domain/language/clean-text';
import { cueTest, sharedCues } from '../../../src/domain/text/cue-test';
import '../../../src/domain/classify';
import { rememberLast } from '../../../src/domain/text/remember-last';
import { loadLabelled } from '../classify-dataset';

// Cues as the masks write them: plain words, a group around all of it, words with edges, look-arounds, a class.
const CUES = [
  /tamam|asking|dep\b|ya (lo |la )?ten|已经有|안\s*보내|isn'?t/,
  /(forget|forgot|\bsee\b|(?<!want to )(receiv|recib)|受け取(?!りたく)|pas encore)/,
  /(?:price|prix|[0-9]+ ?pcs|cuánto)/,
  /no |without|not |don'?t|sin |[a-z]+siz\b/,
  /(a)|b\1|word/,
  /only|words|here/,
];

describe('cueTest', () => {
  it('answers as the regex on every labelled message and on edge cases', () => {
    const texts = loadLabelled().flatMap((r) => [r.text, fold(cleanForIntents(r.text))]);
    texts.push('', ' ', 'dep', 'deposit', 'ya la tengo', 'ya tengo', '안 보내', '안보내', 'I want to receive it', 'recibo', 'aa', 'b', 'ba', '12pcs');
    for (const re of CUES) {
      const test = cueTest(re);
      const differ = texts.filter((t) => test(t) !== re.test(t));
      expect(differ, re.source).toEqual([]);
    }
  });

  it("reads every classifier cue through the shared scan as its regex answers, on every labelled message's forms", () => {
    const cues = [...sharedCues()];
    expect(cues.length).toBeGreaterThan(20);
    const texts = [...loadLabelled(), ...loadLabelled(fileURLToPath(new URL('../../data/classify/dev7.jsonl', import.meta.url)))]
      .flatMap((r) => [r.text, r.text.toLowerCase(), fold(cleanForIntents(r.text))]);
    const tests = cues.map((re) => ({ re, test: cueTest(re) }));
    for (const { re, test } of tests) {
      const differ = texts.filter((t) => test(t) !== re.test(t));
      expect(differ.slice(0, 3), re.source.slice(0, 80)).toEqual([]);
    }
  });

  it('leaves a regex with flags as it is', () => {
    const re = /price|\bquote\b/i;
    const test = cueTest(re);
    expect(['PRICE?', 'Quote', 'quotes', 'nothing'].map(test)).toEqual([true, true, false, false]);
  });
});

describe('rememberLast', () => {
  it('answers a repeated text without asking again, and a new one by asking', () => {
    let calls = 0;
    const upper = rememberLast((t) => { calls++; return t.toUpperCase(); });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toBe(3);
  });
});
