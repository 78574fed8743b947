import { ARABIC_MEANINGS, CJK_MEANINGS, LATIN_MEANINGS } from './name-meanings';
import { companyNameParts, tokenWeight, type CompanyNameParts } from './normalize-company';

// The stored key of a firm named in another script spells its name ("jinlong group" for 金龍控股), so an English name
// that translates it ("Golden Dragon Holdings") finds it only by those spellings. This turns an English name's
// meaning-words back into the spellings the key would hold, as extra words for the existing word look-up; no key
// or column changes. Chinese characters are spelt as one run (金 + 龍 → "jinlong"), so neighbouring words are joined.

/** At most this many spellings per name: common meaning-words ("gold", "star") have many. */
const MAX_SPELLINGS = 8;

type Spellings = { syllables: Map<string, string[]>; words: Map<string, string[]> };
let spellings: Spellings | undefined;

function add(map: Map<string, string[]>, key: string, value: string): void {
  const had = map.get(key);
  if (!had) map.set(key, [value]);
  else if (!had.includes(value)) had.push(value);
}

/** One distinctive English token a table value folds to ("Golden" → gold), or undefined for trade words and phrases. */
function englishToken(value: string): string | undefined {
  const tokens = companyNameParts(value).tokens;
  return tokens.length === 1 && tokenWeight(tokens[0]) >= 0.6 ? tokens[0] : undefined;
}

function build(): Spellings {
  const s: Spellings = { syllables: new Map(), words: new Map() };
  for (const [native, value] of Object.entries(CJK_MEANINGS)) {
    const en = englishToken(value);
    const spelt = companyNameParts(native).tokens.join('');
    if (en && spelt && /^[a-z]+$/.test(spelt)) add(s.syllables, en, spelt);
  }
  for (const [native, value] of [...Object.entries(LATIN_MEANINGS), ...Object.entries(ARABIC_MEANINGS)]) {
    const en = englishToken(value);
    const spelt = companyNameParts(native).tokens;
    if (en && spelt.length === 1 && spelt[0].length >= 3) add(s.words, en, spelt[0]);
  }
  return s;
}

/** Spellings a stored key may hold for a Latin name's translation: joined Chinese runs of two or three words, then single words. */
export function meaningSpellings(name: CompanyNameParts): string[] {
  if (name.script !== 'latin' || name.translated) return [];
  const s = (spellings ??= build());
  const out: string[] = [];
  const t = name.tokens;
  for (let i = 0; i < t.length; i++) {
    for (const n of [3, 2]) {
      const run = t.slice(i, i + n);
      if (run.length < n || !run.every((w) => s.syllables.has(w))) continue;
      // each word's first spelling: the commonest character for it (the table lists them first)
      out.push(run.map((w) => s.syllables.get(w)![0]).join(''));
    }
  }
  for (const w of t) out.push(...(s.syllables.get(w) ?? []).filter((x) => x.length >= 4), ...(s.words.get(w) ?? []));
  return [...new Set(out)].slice(0, MAX_SPELLINGS);
}
