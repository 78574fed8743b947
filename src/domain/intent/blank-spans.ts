import { RegexPrefilter } from '../text/regex-prefilter';
import { rememberLast } from '../text/remember-last';
import { cueTest } from '../text/cue-test';

const blank = (span: string) => ' '.repeat(span.length);

/**
 * The text with every match of `patterns` replaced by as many spaces: the rest of the message keeps its positions, so
 * the other forms of it (lower-cased, as typed) can be blanked at the same places. Global patterns start from the
 * beginning on each call (String.prototype.replace resets their lastIndex).
 */
export function blankSpans(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const re of patterns) out = out.replace(re, blank);
  return out;
}

/**
 * {@link blankSpans} over a fixed list of patterns, running only those whose required literals are in the text
 * (text/regex-prefilter.ts): the same answer, where a long list of masks mostly cannot match a message. Blanking a
 * span changes which literals are present, so the candidates are found again after each pattern that blanked one.
 */
export function prefilteredBlanking(patterns: readonly RegExp[]): (text: string) => string {
  const prefilter = new RegexPrefilter(patterns.map(({ source, flags }) => ({ source, flags })));
  return (text) => {
    let out = text;
    let live = prefilter.candidates(out);
    for (let i = 0; i < patterns.length; i++) {
      if (live[i] === 0) continue;
      const next = out.replace(patterns[i], blank);
      if (next !== out) {
        out = next;
        live = prefilter.candidates(out);
      }
    }
    return out;
  };
}

/**
 * A mask over folded text: the spans `patterns` find blanked (same length), read only when `cue` is in the text (most
 * messages have none of the words, and one test is cheaper than every pattern). The patterns and the model ask it of
 * the same text one after the other: the last answer is remembered.
 */
export function spanMask(cue: RegExp, patterns: readonly RegExp[]): (folded: string) => string {
  const hasCue = cueTest(cue);
  return rememberLast((folded) => (hasCue(folded) ? blankSpans(folded, patterns) : folded));
}
