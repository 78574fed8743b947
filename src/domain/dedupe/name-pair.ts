// Which of two records' readings of their names to compare: every spelling of one against every spelling of the other,
// the most alike pair kept, and a reading by meaning where it says clearly more (match.ts decides what the pair means).
import { compareNames, type NameComparison } from './name-compare';
import type { CompanyNameParts } from './normalize-company';

export type NamePair = { cmp: NameComparison; a: CompanyNameParts; b: CompanyNameParts };

/** A reading by meaning meets a Latin name's spelling, or another reading by meaning across scripts ("Hinode" / 日の出). */
function meaningPairs(x: CompanyNameParts, y: CompanyNameParts): boolean {
  if (x.translated && y.translated) return x.script !== y.script;
  return x.translated ? y.script === 'latin' : !y.translated || x.script === 'latin';
}

/**
 * The most alike spellings of the two names, and, for two records of one country whose spellings are not alike already,
 * the most alike pair where one is read by meaning (the only case chooseNames uses it: most pairs skip the readings).
 */
export function bestNames(a: CompanyNameParts[], b: CompanyNameParts[], oneCountry: boolean): { spelt?: NamePair; translated?: NamePair } {
  const best = (byMeaning: boolean): NamePair | undefined => {
    let found: NamePair | undefined;
    for (const na of a) for (const nb of b) {
      if (!na.tokens.length || !nb.tokens.length || !!(na.translated || nb.translated) !== byMeaning) continue;
      // A word-for-word reading meets Latin names only; against another native name it would match untranslated words.
      if ((na.literal && nb.script === 'native') || (nb.literal && na.script === 'native')) continue;
      // Two names in characters compare as characters read one way (Mandarin): in a dialect's spelling homophones meet
      // (王記 and 黃記 are both "Wong Kee"), two firms whose characters differ.
      if ((na.dialect && nb.han) || (nb.dialect && na.han)) continue;
      // Translated words agree exactly or not at all: without a word in common there is nothing to compare.
      if (byMeaning && (!meaningPairs(na, nb) || !na.tokens.some((t) => nb.tokens.includes(t)))) continue;
      const cmp = compareNames(na, nb);
      // A second reading at the capitals counts where it says more, not on a tie: the name as written comes first.
      const respaced = !!(na.respaced || nb.respaced);
      const tie = !!found && cmp.similarity === found.cmp.similarity;
      const foundRespaced = !!found && !!(found.a.respaced || found.b.respaced);
      const better = !found || cmp.similarity > found.cmp.similarity
        || (tie && respaced === foundRespaced && [na.key, nb.key].sort().join('|') < [found.a.key, found.b.key].sort().join('|'))
        || (tie && foundRespaced && !respaced);
      if (better) found = { cmp, a: na, b: nb };
    }
    return found;
  };
  const spelt = best(false);
  const translated = oneCountry && (!spelt || spelt.cmp.similarity < 0.85) ? best(true) : undefined;
  return { spelt, translated };
}

/**
 * A translation is weaker evidence than a spelling ("Golden Dragon" is a common name): it counts only for two records
 * of one country and when it says clearly more than the spellings. It then explains the words the spellings do not
 * share ("mir" / "world"), as names in two scripts would, but the fitted weights still see the spelt names: a meaning
 * agreement is no similarity of spelling.
 */
export function chooseNames(found: { spelt?: NamePair; translated?: NamePair }, oneCountry: boolean): (NamePair & { translated: boolean }) | undefined {
  const { spelt, translated } = found;
  if (!spelt) return undefined;
  // Read by meaning, the names must still agree word for word: "Pars Light Industries" is not پارس نور "Pars Light Trading".
  const clearlyMore = !!translated && translated.cmp.sharedStrength >= 0.6 && translated.cmp.similarity >= 0.6
    && translated.cmp.similarity >= spelt.cmp.similarity + 0.15 && !translated.cmp.distinctiveConflict && !translated.cmp.descriptorConflict;
  if (!oneCountry || !clearlyMore) return { ...spelt, translated: false };
  const cmp = { ...spelt.cmp, crossScript: true, distinctiveConflict: null, descriptorConflict: null, shared: translated.cmp.shared };
  return { ...spelt, cmp, translated: true };
}
