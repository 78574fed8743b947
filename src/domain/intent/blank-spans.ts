/**
 * The text with every match of `patterns` replaced by as many spaces: the rest of the message keeps its positions, so
 * the other forms of it (lower-cased, as typed) can be blanked at the same places. Global patterns start from the
 * beginning on each call (String.prototype.replace resets their lastIndex).
 */
export function blankSpans(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const re of patterns) out = out.replace(re, (span) => ' '.repeat(span.length));
  return out;
}

/**
 * A mask over folded text: the spans `patterns` find blanked (same length), read only when `cue` is in the text (most
 * messages have none of the words, and one test is cheaper than every pattern).
 */
export function spanMask(cue: RegExp, patterns: readonly RegExp[]): (folded: string) => string {
  return (folded) => (cue.test(folded) ? blankSpans(folded, patterns) : folded);
}
