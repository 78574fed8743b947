import { CANONICAL, GENERIC_WORDS, LEGAL_ANYWHERE, LEGAL_EDGE, PLACES } from './company-lexicon';
import { soundSkeleton } from './sound-skeleton';
import { boundedMemo } from '../bounded-memo';
import { innerSlip, oneSlip } from '../text/typing-slip';

// Two ways a lexicon word hides in a name: spelt in another alphabet by sound (ट्रेडर्स "tredrs" = traders,
// কর্পোরেশন "krporesn" = corporation, "plastik" in Gujarati), or cut short with a full stop ("Ill." for Illuminazione,
// "Nig." for Nigeria, "Soc." for Sociedad). Both are looked up here against the tables of company-lexicon.ts.

const LEGAL = new Set([...LEGAL_ANYWHERE, ...LEGAL_EDGE].filter((w) => !w.includes(' ')));
const single = (w: string) => !w.includes(' ');
const PLACE_WORDS = new Set(PLACES.filter(single));
/** Lexicon words with what each becomes in a name: a canonical token, itself (a trade word or place), or '' (a legal form). */
const WORDS: [string, string][] = [
  ...Object.entries(CANONICAL).filter(([k]) => single(k)),
  ...[...GENERIC_WORDS].map((w): [string, string] => [w, w]),
  ...PLACES.filter(single).map((w): [string, string] => [w, w]),
  ...[...LEGAL].map((w): [string, string] => [w, '']),
];

// Loanwords in other alphabets come from English ("tredrs", "plastik", "krporesn"): only English words are looked up by
// sound, or Bulgarian "svetlina" (light, a firm's name) would meet Russian "osveshchenie" of the table.
const ENGLISH: [string, string][] = [
  ...[...GENERIC_WORDS].map((w): [string, string] => [w, w]),
  ...(['traders', 'trade', 'industries', 'industry', 'electricals', 'electrical', 'electronics', 'products', 'technologies', 'services', 'solutions', 'supplies',
    'textiles', 'plastics', 'foods', 'lights', 'import', 'export', 'international', 'distributors', 'engineering', 'marketing', 'chemicals', 'garments', 'motors',
    'hardware', 'furniture', 'ceramics', 'packaging', 'logistics', 'machinery', 'equipment', 'medical', 'pharma', 'systems', 'tech', 'agency', 'agencies']
    .map((w): [string, string] => [w, CANONICAL[w] ?? (GENERIC_WORDS.has(w.replace(/s$/, '')) ? w.replace(/s$/, '') : w)])),
  ...(['corporation', 'company', 'limited', 'enterprises', 'enterprise', 'holdings', 'private', 'incorporated'].map((w): [string, string] => [w, ''])),
];

let bySound: Map<string, string | null> | undefined;

/**
 * The lexicon word a romanised word of another alphabet sounds like, by a skeleton of four or more consonants (fewer
 * would meet names: مطر "mtr" is Matar, not "motor"); undefined when none or when two words of different sense share it.
 */
export function lexiconWordBySound(token: string): string | undefined {
  if (!bySound) {
    bySound = new Map();
    for (const [word, target] of ENGLISH) {
      // English loanwords are written as said: "-tion" as "-shan" (कॉर्पोरेशन, コーポレーション).
      // An English plural's "s" (said "z") as Indian scripts write it: ज, ઝ ("इंडस्ट्रीज" Industries).
      const variants = [word, word.replace(/tion$/, 'shan'), word.replace(/s$/, ''), word.replace(/ies$/, 'ij')];
      for (const v of variants) {
        const sk = soundSkeleton(v);
        if (sk.length < 4) continue;
        const had = bySound.get(sk);
        bySound.set(sk, had === undefined || had === target ? target : null);
      }
    }
  }
  const sk = soundSkeleton(token);
  if (sk.length < 4) return undefined;
  return bySound.get(sk) ?? undefined;
}

const byPrefix = boundedMemo((short: string): string | undefined => {
  const targets = new Set(WORDS.filter(([w]) => w.length > short.length && w.startsWith(short)).map(([, t]) => t));
  return targets.size === 1 ? [...targets][0] : undefined;
});

/** What a word cut short with a full stop stands for, when every lexicon word it begins means one thing ("ill" → lighting). */
export function lexiconWordByPrefix(short: string): string | undefined {
  return short.length < 2 ? undefined : byPrefix(short);
}

// A slip is typed in any language ("Comorcializadora", "Sumiistros"), in a plural too ("Imporst"): besides the English
// loanwords (any slip), every trade word and legal form of the tables, and its plural, of seven letters or more is looked
// up; their romanised Asian words ("dongfang", "tongsang") are names elsewhere, so only a slip that keeps the consonants
// and the ending counts there (innerSlip). Not places: a place one letter off may be another town.
const SLIP_WORDS = [...new Map(WORDS.filter(([w]) => !PLACE_WORDS.has(w))
  .flatMap(([w, t]): [string, string][] => (w.endsWith('s') ? [[w, t]] : [[w, t], [`${w}s`, t]]))
  .filter(([w]) => w.length >= 7)).entries()];
const ENGLISH_SLIP_WORDS = ENGLISH.filter(([w]) => w.length >= 7);

const bySlip = boundedMemo((token: string): string | undefined => {
  let targets = new Set(ENGLISH_SLIP_WORDS.filter(([w]) => oneSlip(token, w)).map(([, t]) => t));
  if (!targets.size) targets = new Set(SLIP_WORDS.filter(([w]) => innerSlip(token, w)).map(([, t]) => t));
  return targets.size === 1 ? [...targets][0] : undefined;
});

/** The trade word (or legal form, '') a long word is a typing slip of ("electrcals" → electric), when only one sense is that near. */
export function lexiconWordBySlip(token: string): string | undefined {
  return token.length < 7 ? undefined : bySlip(token);
}
