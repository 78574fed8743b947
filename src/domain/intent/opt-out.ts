import { OPT_OUT_CERTAIN, OPT_OUT_LIKELY } from './confidence';
import type { DetectedLanguage } from '../language/languages';
import { lexiconOptOut } from './opt-out.lexicon';
import { CERTAIN_OPT_OUT, LIKELY_OPT_OUT, NOT_AN_OPT_OUT } from './opt-out.patterns';

/**
 * How likely the buyer asks not to be contacted: {@link OPT_OUT_CERTAIN}, {@link OPT_OUT_LIKELY} or 0.
 * `folded` is the cleaned, folded message.
 */
export function detectOptOut(folded: string, language: DetectedLanguage = 'und'): number {
  if (NOT_AN_OPT_OUT_RE.test(folded)) return 0;
  if (CERTAIN_RE.test(folded)) return OPT_OUT_CERTAIN;
  if (LIKELY_RE.test(folded) || lexiconOptOut(folded, language)) return OPT_OUT_LIKELY;
  return 0;
}

// One alternation per tier: one scan of the text instead of one per line (every message runs these).
const union = (list: RegExp[]) => new RegExp(list.map((re) => `(?:${re.source})`).join('|'), list.some((re) => re.flags.includes('u')) ? 'u' : '');
const NOT_AN_OPT_OUT_RE = union(NOT_AN_OPT_OUT);
const CERTAIN_RE = union(CERTAIN_OPT_OUT);
const LIKELY_RE = union(LIKELY_OPT_OUT);
