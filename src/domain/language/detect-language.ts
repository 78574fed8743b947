import { francAll } from 'franc';
import { cleanForLanguage, fold } from './clean-text';
import { COUNTRY_LANGUAGES, FROM_ISO639_3, ISO639_3, SUPPORTED_LANGUAGES, type DetectedLanguage, type LanguageCode } from './languages';
import { CHINESE_ONLY_HAN, JAPANESE_ONLY_HAN, LATIN_VOCABULARY, LETTER_HINTS, NEUTRAL_TOKENS, TRADE_JARGON } from './vocabulary';

/** What else we know about the writer: priors, never overriding clear evidence in the text itself. */
export interface LanguageHints {
  /** ISO 3166-1 alpha-2 of the contact */
  country?: string | null;
  /** the contact's earlier messages, oldest first */
  previous?: string[];
}

type LatinLanguage = Exclude<LanguageCode, 'zh' | 'ja' | 'ko' | 'ru' | 'ar'>;
const LATIN_LANGUAGES = SUPPORTED_LANGUAGES.filter((l) => !['zh', 'ja', 'ko', 'ru', 'ar'].includes(l)) as LatinLanguage[];
const FRANC_LATIN_ONLY = LATIN_LANGUAGES.map((l) => ISO639_3[l]);

// Weights, tuned on the train split only.
const EXACT_WORD = 2;
const FOLDED_WORD = 1.3;
const JARGON_EN = 0.5;
const PREVIOUS_PRIOR = 1.4;
const COUNTRY_PRIOR = 0.4;
const MAX_PREVIOUS = 5;

type Scores = Map<LanguageCode, number>;
const add = (scores: Scores, lang: LanguageCode, value: number) => scores.set(lang, (scores.get(lang) ?? 0) + value);

// word → languages that use it, exact and accent-folded; built once from the data table.
const EXACT = new Map<string, LatinLanguage[]>();
const FOLDED = new Map<string, LatinLanguage[]>();
for (const [lang, words] of Object.entries(LATIN_VOCABULARY) as Array<[LatinLanguage, string]>) {
  for (const word of words.split(/\s+/)) {
    const w = word.trim().toLowerCase().replace(/[?!,.]+$/, '');
    if (!w) continue;
    for (const [map, key] of [[EXACT, w], [FOLDED, fold(w)]] as const) {
      const langs = map.get(key) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      map.set(key, langs);
    }
  }
}

interface ScriptCounts { latin: number; han: number; kana: number; hangul: number; arabic: number; cyrillic: number; other: number }

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, arabic: 0, cyrillic: 0, other: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) { if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) c.latin++; continue; }
    if (/\p{Script=Latin}/u.test(ch)) c.latin++;
    else if (/\p{Script=Han}/u.test(ch)) c.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) c.kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) c.hangul++;
    else if (/\p{Script=Arabic}/u.test(ch)) c.arabic++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) c.cyrillic++;
    else if (/\p{L}/u.test(ch)) c.other++;
  }
  return c;
}

/** The language from the text alone, with a confidence: 'strong' (script or clear words) or 'weak'. */
interface Reading { lang: DetectedLanguage; scores: Scores | null }

function readText(cleaned: string, priors: Scores): Reading {
  const s = countScripts(cleaned);
  // A CJK character carries about a word; weigh it like three Latin letters.
  const cjk = (s.han + s.kana + s.hangul) * 3;
  const top = Math.max(s.latin, cjk, s.arabic, s.cyrillic, s.other);
  if (top === 0) return { lang: 'und', scores: null };
  if (top === cjk) {
    if (s.hangul >= s.kana && s.hangul * 3 >= cjk / 2) return { lang: 'ko', scores: null };
    if (s.kana > 0 && (s.kana >= 2 || s.kana * 10 >= s.han)) return { lang: 'ja', scores: null };
    if (CHINESE_ONLY_HAN.test(cleaned)) return { lang: 'zh', scores: null };
    if (JAPANESE_ONLY_HAN.test(cleaned)) return { lang: 'ja', scores: null };
    return { lang: (priors.get('ja') ?? 0) > (priors.get('zh') ?? 0) ? 'ja' : 'zh', scores: null };
  }
  if (top === s.cyrillic) return { lang: 'ru', scores: null };
  if (top === s.arabic) return { lang: 'ar', scores: null };
  if (top === s.other) return { lang: 'und', scores: null };
  return readLatin(cleaned, s.latin, priors);
}

function readLatin(cleaned: string, letters: number, priors: Scores): Reading {
  const lower = cleaned.toLowerCase();
  const scores: Scores = new Map();
  let evidence = 0;
  let unknownWords = 0;
  const tokens = lower.split(/[\s\-]+/).map((t) => t.replace(/^['’]+|['’]+$/g, '')).filter(Boolean);
  for (const token of tokens) {
    if (NEUTRAL_TOKENS.has(token)) continue;
    if (TRADE_JARGON.has(token)) { add(scores, 'en', JARGON_EN); evidence += JARGON_EN; continue; }
    const exact = EXACT.get(token);
    const folded = exact ? undefined : FOLDED.get(fold(token));
    const langs = exact ?? folded;
    if (!langs) { unknownWords++; continue; }
    const weight = (exact ? EXACT_WORD : FOLDED_WORD) / Math.sqrt(langs.length);
    for (const l of langs) add(scores, l, weight);
    evidence += weight;
  }
  for (const [re, hint] of LETTER_HINTS) {
    if (!re.test(lower)) continue;
    for (const [l, w] of Object.entries(hint) as Array<[LanguageCode, number]>) { add(scores, l, w); evidence += w; }
  }
  // Trigram statistics: worthless on two words, decisive on a paragraph.
  if (unknownWords > 0 || letters >= 20) {
    const ranked = francAll(lower, { only: FRANC_LATIN_ONLY, minLength: 3 });
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
    return readText(cleaned, buildPriors(hints)).lang;
  } catch {
    return 'und';
  }
}
