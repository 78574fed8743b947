import { OPT_OUT_CERTAIN, OPT_OUT_LIKELY } from './confidence';
import type { DetectedLanguage } from '../language/languages';
import { lexiconOptOut } from './opt-out.lexicon';
import { CERTAIN_OPT_OUT, LIKELY_OPT_OUT, NOT_AN_OPT_OUT } from './opt-out.patterns';

/**
 * How likely the buyer asks not to be contacted: {@link OPT_OUT_CERTAIN}, {@link OPT_OUT_LIKELY} or 0.
 * `folded` is the cleaned, folded message.
 */
export function detectOptOut(folded: string, language: DetectedLanguage = 'und'): number {
  if (NOT_AN_OPT_OUT.some((re) => re.test(folded))) return 0;
  if (CERTAIN_OPT_OUT.some((re) => re.test(folded))) return OPT_OUT_CERTAIN;
  if (LIKELY_OPT_OUT.some((re) => re.test(folded)) || lexiconOptOut(folded, language)) return OPT_OUT_LIKELY;
  return 0;
}
