import { francAll } from 'franc';
import { cleanForLanguage, fold } from './clean-text';
import { COUNTRY_LANGUAGES, FROM_ISO639_3, ISO639_3, type DetectedLanguage, type LanguageCode } from './languages';
import { latinTokens, LATIN_LANGUAGES, type LatinLanguage } from './latin-tokens';
import { learnedWord } from './learned-words';
import { SHARED_SHORT_WORDS } from './shared-short-words';
import { isCountAndUnitOnly } from './count-and-unit-only';
import { CHINESE_ONLY_HAN, JAPANESE_ONLY_HAN, JAPANESE_WORDS, LATIN_VOCABULARY, LETTER_HINTS, NEUTRAL_TOKENS, ROMANISED_WORDS, TRADE_JARGON } from './vocabulary';

/** What else we know about the writer: priors, never overriding clear evidence in the text itself. */
export interface LanguageHints {
  /** ISO 3166-1 alpha-2 of the contact */
  country?: string | null;
  /** the contact's earlier messages, oldest first */
  previous?: string[];
}

const FRANC_LATIN_ONLY = LATIN_LANGUAGES.map((l) => ISO639_3[l]);

// Weights, tuned on the train split only.
const EXACT_WORD = 2;
const FOLDED_WORD = 1.3;
const JARGON_EN = 0.5;
const PREVIOUS_PRIOR = 1.4;
const COUNTRY_PRIOR = 0.4;
/** a word the hand vocabulary lacks but the training messages tie to one language (learned-words.json) */
const LEARNED_WORD = 1;
const MAX_PREVIOUS = 5;
const FRANC_WHEN_MARGIN_BELOW = 3;
const FRANC_MAX_CHARS = 300;

type Scores = Map<LanguageCode, number>;
const add = (scores: Scores, lang: LanguageCode, value: number) => scores.set(lang, (scores.get(lang) ?? 0) + value);

// folded word → languages that use it, and whether the language writes it exactly so (accents included).
const WORDS = new Map<string, Array<{ lang: LatinLanguage; exact: Set<string> }>>();
for (const [lang, words] of [...Object.entries(LATIN_VOCABULARY), ...Object.entries(SHARED_SHORT_WORDS)] as Array<[LatinLanguage, string]>) {
  for (const word of words.split(/\s+/)) {
    const w = word.trim().toLowerCase().replace(/[?!,.]+$/, '');
    if (!w) continue;
    const key = fold(w);
    const entries = WORDS.get(key) ?? [];
    let entry = entries.find((e) => e.lang === lang);
    if (!entry) {
      entry = { lang, exact: new Set() };
      entries.push(entry);
    }
    entry.exact.add(w);
    WORDS.set(key, entries);
  }
}

// Indonesian glues -nya / -kah / -lah to words ("harganya", "barangnya"); try the stem too. `key`: the token folded.
function lookup(key: string): Array<{ lang: LatinLanguage; exact: Set<string> }> | undefined {
  const found = WORDS.get(key);
  if (found) return found;
  const stem = key.replace(/(nya|kah|lah)$/, '');
  return stem !== key && stem.length >= 3 ? WORDS.get(stem)?.filter((e) => e.lang === 'id') : undefined;
}

interface ScriptCounts { latin: number; han: number; kana: number; hangul: number; arabic: number; cyrillic: number; other: number }

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, arabic: 0, cyrillic: 0, other: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) { if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) c.latin++; }
    else if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) c.latin++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2ffff)) c.han++;
    else if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9f)) c.kana++;
    else if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) c.hangul++;
    else if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0x8a0 && cp <= 0x8ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) {
      if (/\p{L}/u.test(ch)) c.arabic++;
    } else if (cp >= 0x400 && cp <= 0x52f) c.cyrillic++;
    else if (/\p{L}/u.test(ch)) c.other++;
  }
  return c;
}

function countLatinOutsideJargon(text: string): number {
  let n = 0;
  for (const word of text.match(/\p{Script=Latin}+/gu) ?? []) if (!TRADE_JARGON.has(word.toLowerCase())) n += word.length;
  return n;
}

/** The language of an already cleaned text, with the Latin-script scores when they were computed. */
interface Reading { lang: DetectedLanguage; scores: Scores | null }

function readText(cleaned: string, priors: Scores): Reading {
  const s = countScripts(cleaned);
  // A CJK character carries about a word; weigh it like four Latin letters. Trade shorthand in Latin
  // letters inside Chinese or Arabic ("CE", "FOB", "MOQ") does not make the message English.
  const cjk = (s.han + s.kana + s.hangul) * 4;
  if (s.latin > 0 && (cjk > 0 || s.arabic > 0 || s.cyrillic > 0)) s.latin = countLatinOutsideJargon(cleaned);
  const top = Math.max(s.latin, cjk, s.arabic, s.cyrillic, s.other);
  if (top === 0) return { lang: 'und', scores: null };
  if (top === cjk) {
    if (s.hangul >= s.kana && s.hangul * 4 >= cjk / 2) return { lang: 'ko', scores: null };
    if (s.kana > 0 && (s.kana >= 2 || s.kana * 10 >= s.han)) return { lang: 'ja', scores: null };
    if (CHINESE_ONLY_HAN.test(cleaned)) return { lang: 'zh', scores: null };
    if (JAPANESE_ONLY_HAN.test(cleaned) || JAPANESE_WORDS.test(cleaned)) return { lang: 'ja', scores: null };
    return { lang: (priors.get('ja') ?? 0) > (priors.get('zh') ?? 0) ? 'ja' : 'zh', scores: null };
  }
  if (top === s.cyrillic) return { lang: 'ru', scores: null };
  if (top === s.arabic) return { lang: 'ar', scores: null };
  // English trade words inside Arabic or Russian ("ابعتلي الـ tracking number", "Скиньте tracking number"): a
  // buyer who writes a third as many Arabic or Cyrillic letters as Latin ones writes that language.
  if (s.arabic >= 4 && s.arabic * 3 >= s.latin && s.arabic >= s.cyrillic) return { lang: 'ar', scores: null };
  if (s.cyrillic >= 4 && s.cyrillic * 3 >= s.latin) return { lang: 'ru', scores: null };
  if (top === s.other) return { lang: 'und', scores: null };
  return readLatin(cleaned, s.latin, priors);
}

/** ROMANISED_WORDS as one look-up, word → its language (the first list that has it, as a search in order would find). */
const ROMANISED_LANGUAGE = new Map<string, 'ar' | 'ru'>();
for (const [lang, words] of ROMANISED_WORDS) for (const word of words) if (!ROMANISED_LANGUAGE.has(word)) ROMANISED_LANGUAGE.set(word, lang);

function readLatin(cleaned: string, letters: number, priors: Scores): Reading {
  const lower = cleaned.toLowerCase();
  const scores: Scores = new Map();
  let evidence = 0;
  let unknownWords = 0;
  const tokens = latinTokens(lower);
  for (const token of tokens) {
    if (NEUTRAL_TOKENS.has(token)) continue;
    if (TRADE_JARGON.has(token)) { add(scores, 'en', JARGON_EN); evidence += JARGON_EN; continue; }
    const romanised = ROMANISED_LANGUAGE.get(token);
    if (romanised) { add(scores, romanised, EXACT_WORD); evidence += EXACT_WORD; continue; }
    const key = fold(token);
    const entries = lookup(key);
    if (!entries || entries.length === 0) {
      const learned = learnedWord(key);
      if (learned) { add(scores, learned.lang, LEARNED_WORD * learned.share); evidence += LEARNED_WORD * learned.share; } else unknownWords++;
      continue;
    }
    const share = Math.sqrt(entries.length);
    for (const e of entries) {
      const weight = (e.exact.has(token) ? EXACT_WORD : FOLDED_WORD) / share;
      add(scores, e.lang, weight);
      evidence += weight / entries.length;
    }
  }
  for (const [re, hint] of LETTER_HINTS) {
    if (!re.test(lower)) continue;
    for (const [l, w] of Object.entries(hint) as Array<[LanguageCode, number]>) { add(scores, l, w); evidence += w; }
  }
  // Trigram statistics: worthless on two words, decisive on a paragraph. franc costs ~0.2 ms a call, so it
  // is asked only when the words we know do not settle it.
  if ((unknownWords > 0 || letters >= 20) && margin(scores) < FRANC_WHEN_MARGIN_BELOW) {
    const ranked = francAll(lower.slice(0, FRANC_MAX_CHARS), { only: FRANC_LATIN_ONLY, minLength: 3 });
    if (ranked[0] && ranked[0][0] !== 'und') {
      const weight = Math.min(4, Math.max(0.6, letters / 30)) * (unknownWords > 0 && evidence === 0 ? 1.5 : 1);
      const floor = ranked[ranked.length - 1][1];
      const span = 1 - floor || 1;
      for (const [code, score] of ranked.slice(0, 4)) {
        const l = FROM_ISO639_3[code];
        if (l) add(scores, l, (weight * (score - floor)) / span);
      }
      evidence += weight;
    }
  }
  if (evidence === 0) return { lang: priorsBest(priors) ?? 'und', scores };
  for (const [l, w] of priors) add(scores, l, w);
  let best: LanguageCode = 'en';
  let bestScore = -Infinity;
  for (const [l, v] of scores) if (v > bestScore || (v === bestScore && l === 'en')) { best = l; bestScore = v; }
  return { lang: best, scores };
}

const ARABIZI_RE = /(?<![\p{L}\d])\p{Ll}+[2375]\p{Ll}+/u;

/** How far the best language is ahead of the second. */
function margin(scores: Scores): number {
  let first = 0, second = 0;
  for (const v of scores.values()) {
    if (v > first) { second = first; first = v; } else if (v > second) second = v;
  }
  return first - second;
}

function priorsBest(priors: Scores): LanguageCode | undefined {
  let best: LanguageCode | undefined;
  let bestScore = 0;
  for (const [l, v] of priors) if (v > bestScore) { best = l; bestScore = v; }
  return best;
}

function buildPriors(hints: LanguageHints | undefined): Scores {
  const priors: Scores = new Map();
  if (!hints) return priors;
  const country = typeof hints.country === 'string' ? hints.country.trim().toUpperCase() : '';
  for (const l of COUNTRY_LANGUAGES[country] ?? []) add(priors, l, COUNTRY_PRIOR);
  const previous = Array.isArray(hints.previous) ? hints.previous.slice(-MAX_PREVIOUS) : [];
  if (previous.length > 0) {
    const counts: Scores = new Map();
    let read = 0;
    for (const p of previous) {
      if (typeof p !== 'string') continue;
      const lang = readText(cleanForLanguage(p.slice(0, 2000)), new Map()).lang;
      if (lang === 'und') continue;
      add(counts, lang, 1);
      read++;
    }
    for (const [l, n] of counts) add(priors, l, (PREVIOUS_PRIOR * n) / read);
  }
  return priors;
}

/**
 * The language of a short buyer message, as ISO 639-1, or `und` when the text carries none
 * ("ok", "👍", "123"). Script decides CJK, Korean, Arabic and Cyrillic; for Latin script a vocabulary of
 * short-message words, tell-tale letters and franc's trigram scores (restricted to our 16) are summed,
 * with the contact's earlier messages and country as priors. Never throws.
 */
export function detectLanguage(text: string, hints?: LanguageHints): DetectedLanguage {
  try {
    const cleaned = cleanForLanguage(typeof text === 'string' ? text : '');
    if (!cleaned) return 'und';
    // Single Latin letters ("x x x", a stray "m" of an escape code) carry no language.
    if (!/\p{L}\p{M}*\p{L}/u.test(cleaned) && !/[^\u0000-\u024f]/.test(cleaned)) return 'und';
    if (isCountAndUnitOnly(text, cleaned)) return 'und';
    const priors = buildPriors(hints);
    // Arabizi writes ع ح ق as 3 7 2 inside words ("se3r", "b3at", "ba3d"); the language clean-up drops words with digits.
    const arabizi = ARABIZI_RE.test(text.length > 2000 ? text.slice(0, 2000) : text);
    if (arabizi) add(priors, 'ar', EXACT_WORD);
    return readText(cleaned, priors).lang;
  } catch {
    return 'und';
  }
}
