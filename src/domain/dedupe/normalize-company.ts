import anyAscii from 'any-ascii';
import {
  ARABIC_WORDS, CANONICAL, CJK_WORDS, CN_DISTRICTS, CN_PLACES, COMMON_NAME_WORDS, GENERIC_WORDS, LEGAL_ANYWHERE, LEGAL_EDGE,
  NATIVE_LEGAL, PHRASES, PLACE_ALIASES, PLACES, STOPWORDS,
} from './company-lexicon';
import { legalFamilies, nameMarkers } from './distinguishers';
import { looksJapanese, readJapaneseWords } from './japanese';
import { cantonese, koreanRomanization, mandarin, southernSurname, toSimplified } from './romanize';

/** A company name taken apart for matching. */
export type CompanyNameParts = {
  /** The comparable key stored in `customers.normalized_name` (see normalizeCompanyName); words sorted. */
  key: string;
  /** Identity words in name order: legal forms, connectors and place qualifiers removed, trade words canonical. */
  tokens: string[];
  /** Places the name names as a qualifier: "(Shenzhen)", "Yiwu …", "… (Thailand) Co." → canonical place words. */
  qualifiers: string[];
  /** 'native' when the name was written in a non-Latin script (CJK, Hangul, Cyrillic, Arabic, Thai…): its transliteration may differ from the Latin name. */
  script: 'latin' | 'native';
  /** Written in an alphabet (Cyrillic, Arabic, Greek, Hebrew, Thai) whose Latin spellings vary ("Svetotehnika" / "Svetotekhnika"); not CJK, whose pinyin is exact. */
  alphabetic: boolean;
  /** Initials of the leading words before legal forms are removed ("Société Générale d'Éclairage" → sg, sge), to meet "SGE Eclairage". */
  acronyms: string[];
  /** Words written cut short with a full stop ("Com. Mat. Eletricos"): each may stand for a longer word of the other name. */
  abbreviations: string[];
  /** Written in Hangul: its words meet Latin spellings in either romanization (koreanFold). */
  korean?: boolean;
  /** Words that tell entities of one name apart ("Uno", "II", "North", "2"), canonical (see distinguishers.ts). */
  markers: string[];
  /** Legal-form families the name states ("gmbh", "ltd", "sa"). */
  legal: string[];
};

/** How to read Chinese characters: Mandarin pinyin (default) or Cantonese, as Hong Kong firms romanise their names. */
export type NameReading = { cantonese?: boolean; japanese?: boolean; southern?: boolean };

// Any non-Latin letter: its transliteration may still match (positive evidence) but a mismatch proves little.
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u10a0-\u10ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u0600-\u06ff\u0e00-\u0e7f]/;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g;
const split = (s: string) => s.split(' ').filter(Boolean);
const LEGAL_WORDS = new Set([...LEGAL_ANYWHERE, ...LEGAL_EDGE].flatMap(split));
const isLegalWord = (t: string) => LEGAL_WORDS.has(t) && t !== 'dos';
const LEGAL_ANY = LEGAL_ANYWHERE.map(split).sort((a, b) => b.length - a.length);
const LEGAL_EDGES = [...LEGAL_ANYWHERE, ...LEGAL_EDGE].map(split).sort((a, b) => b.length - a.length);
const CN_CITY_SET = new Set(Object.values(CN_PLACES));
const DISTRICT_SET = new Set(Object.values(CN_DISTRICTS));
const PLACE_SEQS = PLACES.map(split).sort((a, b) => b.length - a.length);
const PLACE_SET = new Set(PLACES);
const PHRASE_RULES = [...PHRASES].sort((a, b) => b[0].length - a[0].length);
const CJK_KEYS = Object.keys(CJK_WORDS).sort((a, b) => b.length - a.length);
const GENERIC = new Set([...GENERIC_WORDS].map((w) => stem(foldDigraphs(w))));
const COMMON = new Set([...COMMON_NAME_WORDS].map((w) => stem(foldDigraphs(w))));
// NFKC like the names they meet (Thai ำ decomposes under NFKC: "จำกัด" in the table would never match otherwise).
const NATIVE_LEGAL_SORTED = [...NATIVE_LEGAL].map((w) => w.normalize('NFKC')).sort((a, b) => b.length - a.length);
const NATIVE_WORDS: Record<string, string> = Object.assign(Object.create(null), Object.fromEntries(Object.entries(ARABIC_WORDS).map(([k, v]) => [k.normalize('NFKC'), v])));

/** any-ascii, lower case, umlaut digraphs folded (Müller = Mueller = Muller), apostrophes dropped. */
export function foldLatin(text: string): string {
  // Greek ου is "ou" (Παπαδόπουλος = Papadopoulos), which letter-by-letter transliteration writes "oy".
  // "Wong's" = "Wongs" = "Wong" (the possessive of a family firm); 黃氏 ("the Wong family's") drops 氏 the same way.
  return anyAscii(text.normalize('NFKC').replace(/(\p{L})['’]s\b/gu, '$1').replace(/氏/g, ' ').replace(/[οΟόΌ][υΥύ]/g, 'ou')).toLowerCase().replace(/\b([dl])['’`´]/g, '$1 ').replace(/['’`´"]/g, '').replace(/<<|>>/g, ' ');
}

/**
 * Folds the German/Nordic digraphs so "mueller" and "muller" meet, and pinyin ü written "v" (Lvyuan = Lüyuan = Luyuan);
 * applied per token after the tables.
 */
export function foldDigraphs(token: string): string {
  return token.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/(^|[^aeiou])([ln])v(?=[aeiuy]|$)/g, '$1$2u');
}

function stem(token: string): string {
  if (token.length >= 5 && token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

function canonicalPlace(words: string): string {
  return PLACE_ALIASES[words] ?? words;
}

/** A folded place name in its one canonical form ("sai gon" → "ho chi minh", "munchen" → "munich"). */
export function canonicalCity(words: string): string {
  return canonicalPlace(words);
}

function startsWith(tokens: string[], seq: string[], at: number): boolean {
  if (at + seq.length > tokens.length) return false;
  return seq.every((w, i) => tokens[at + i] === w);
}

function removeSequences(tokens: string[], seqs: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = seqs.find((s) => startsWith(tokens, s, i));
    if (hit) i += hit.length;
    else out.push(tokens[i++]);
  }
  return out;
}

/** Strips legal forms and connectors from both ends until nothing more comes off ("GmbH & Co. KG", "PT …", "TOO …"). */
function stripEdges(tokens: string[]): string[] {
  let t = tokens;
  for (let changed = true; changed && t.length > 0; ) {
    changed = false;
    const head = LEGAL_EDGES.find((s) => startsWith(t, s, 0)) ?? (STOPWORDS.has(t[0]) ? [t[0]] : undefined);
    if (head && t.length > head.length) { t = t.slice(head.length); changed = true; continue; }
    const tail = LEGAL_EDGES.find((s) => startsWith(t, s, t.length - s.length)) ?? (STOPWORDS.has(t[t.length - 1]) ? [t[t.length - 1]] : undefined);
    if (tail && t.length > tail.length) { t = t.slice(0, t.length - tail.length); changed = true; }
  }
  return t;
}

function applyPhrases(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const rule = PHRASE_RULES.find(([from]) => startsWith(tokens, from, i));
    if (rule) { out.push(...rule[1]); i += rule[0].length; } else out.push(tokens[i++]);
  }
  return out;
}

/** Chinese/Japanese/Korean/Arabic/Thai part: legal forms out, leading places to qualifiers, trade words to English. */
function foldNative(raw0: string, qualifiers: string[], reading: NameReading): string {
  const raw = reading.japanese || looksJapanese(raw0) ? readJapaneseWords(raw0) : reading.southern ? southernSurname(raw0) : raw0;
  // 繁體 → 简体 first, so the tables of legal forms, places and trade words serve Hong Kong and Taiwan names too.
  // 黃氏 "the Wong family's" = "Wong's" = "Wong": 氏 off before the run is read, or it joins the surname ("wongsze").
  let s = (/[\u3400-\u9fff]/.test(raw) ? toSimplified(raw.replace(/氏/g, ' ')) : raw).replace(/（/g, '(').replace(/）/g, ')').replace(/[«»“”「」『』]/g, ' ');
  for (const legal of NATIVE_LEGAL_SORTED) s = s.split(legal).join(' ');
  // Leading "深圳市" / "广东省深圳市" / "佛山市南海区" / "中山市古镇".
  s = s.trim();
  for (let guard = 0; guard < 4; guard++) {
    const known = Object.keys(CN_PLACES).find((p) => s.startsWith(p));
    const district = Object.keys(CN_DISTRICTS).find((p) => s.startsWith(p));
    const suffixed = /^([\u4e00-\u9fff]{2,3}?)(省|市|区|县|镇)/.exec(s);
    if (known) { qualifiers.push(CN_PLACES[known]); s = s.slice(known.length).replace(/^(省|市)/, ''); }
    else if (district && qualifiers.length > 0) { qualifiers.push(CN_DISTRICTS[district]); s = s.slice(district.length).replace(/^(区|镇)/, ''); }
    else if (suffixed) { qualifiers.push(foldLatin(suffixed[1]).replace(/\s+/g, '')); s = s.slice(suffixed[0].length); }
    else break;
  }
  s = s.replace(/\((省|市)?([\u4e00-\u9fff]{2,3})(省|市)?\)/g, (whole, _a, place: string) => {
    const known = CN_PLACES[place];
    if (!known) return whole;
    qualifiers.push(known);
    return ' ';
  });
  s = s.replace(CJK_RUN, (run) => {
    // Right-to-left longest match: trade words end a Chinese name, so 明光电器 reads 明光 + 电器, not 明 + 光电 + 器.
    const words: string[] = [];
    let pending = '';
    // Chinese in pinyin read in context (长兴 = Changxing, not Zhangxing), or in Cantonese for Hong Kong; Japanese kana
    // (and its kanji) and Hangul through any-ascii.
    const romanise = (text: string) =>
      /[\uac00-\ud7af]/.test(text) && !/[\u3040-\u30ff]/.test(text) ? foldLatin(koreanRomanization(text))
        : !/[\u3400-\u9fff]/.test(text) || /[\u3040-\u30ff]/.test(text) ? foldLatin(text) : reading.cantonese ? cantonese(text) : foldLatin(mandarin(text));
    const flush = () => { if (pending) words.unshift(romanise(pending).replace(/\s+/g, '')); pending = ''; };
    for (let end = run.length; end > 0; ) {
      const hit = CJK_KEYS.find((k) => run.endsWith(k, end));
      if (hit) { flush(); words.unshift(CJK_WORDS[hit]); end -= hit.length; } else { pending = run[end - 1] + pending; end--; }
    }
    flush();
    return ` ${words.join(' ')} `;
  });
  // Arabic: known trade words to English; the article (ال، لل، وال) off the others, as Latin names drop or detach it.
  return s.split(/\s+/).map((w) => NATIVE_WORDS[w] ?? w.replace(/^(?:وال|بال|فال|لل|ال)(?=[\u0621-\u064a]{2})/, '')).join(' ');
}

/** Removes place qualifiers from brackets and from either end of the token list. */
function extractPlaces(tokens: string[], qualifiers: string[]): string[] {
  let t = tokens;
  for (let changed = true; changed && t.length > 1; ) {
    changed = false;
    const head = PLACE_SEQS.find((s) => startsWith(t, s, 0));
    if (head && t.length > head.length) {
      qualifiers.push(canonicalPlace(head.join(' ')));
      t = t.slice(head.length);
      // "Foshan Nanhai Hongda …": a district right after a mainland city is part of the address, not the name.
      if (CN_CITY_SET.has(head.join(' ')) && DISTRICT_SET.has(t[0]) && t.slice(1).some((w) => tokenWeight(stem(w)) === 1)) { qualifiers.push(t[0]); t = t.slice(1); }
      changed = true;
      continue;
    }
    const tail = PLACE_SEQS.find((s) => startsWith(t, s, t.length - s.length));
    if (tail && t.length > tail.length) { qualifiers.push(canonicalPlace(tail.join(' '))); t = t.slice(0, t.length - tail.length); changed = true; }
  }
  return t;
}

/** Takes a company name apart: the key, identity tokens, place qualifiers, script. Deterministic. */
export function companyNameParts(name: string, reading: NameReading = {}): CompanyNameParts {
  const qualifiers: string[] = [];
  const script = NON_LATIN.test(name) ? 'native' : 'latin';
  // Hangul and kana are alphabets too: 한빛 reads "hanbich" where the firm writes "Hanbit", 대성 "daeseong" for "Daesung".
  const alphabetic = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff\uac00-\ud7af]/.test(name);
  let text = foldNative(name.normalize('NFKC'), qualifiers, reading);
  text = foldLatin(text);
  // Bracketed places are qualifiers: "BRIGHTLUX LIGHTING (SHENZHEN) CO LTD".
  text = text.replace(/[([]([^)\]]*)[)\]]/g, (_w, inner: string) => {
    const words = inner.replace(/[^a-z0-9 ]+/g, ' ').trim().replace(/\s+/g, ' ');
    if (PLACE_SET.has(words)) { qualifiers.push(canonicalPlace(words)); return ' '; }
    return ` ${inner} `;
  });
  // "S.A. de C.V." → "sa de cv", "L.L.C" → "llc", "v.d." → "vd".
  text = text.replace(/(?<![a-z0-9])((?:[a-z]\.){1,}[a-z]?)(?![a-z0-9])/g, (m) => m.replace(/\./g, ''));
  text = text.replace(/&|\+/g, ' and ').replace(/\//g, ' ');
  const abbreviations = [...text.matchAll(/(?<![a-z0-9])([a-z]{2,5})\.(?=\s|$)/g)].map((m) => foldDigraphs(m[1]));
  // Dutch and German surname particles belong to the name: "Van der Berg" = "Vanderberg", "Van Wyk" = "Vanwyk".
  text = text.replace(/\b(van|von)\s+(?:(der|den|de)\s+)?([a-z]{2,})/g, (_m, v: string, d: string | undefined, n: string) => `${v}${d ?? ''}${n}`);
  text = text.replace(/\bvd\s+([a-z]{2,})/g, 'vander$1');
  let tokens = text.split(/[^a-z0-9]+/).filter(Boolean);
  const markers = nameMarkers(tokens, isLegalWord);
  const legal = legalFamilies(tokens);
  const initials = tokens.filter((t) => !STOPWORDS.has(t) && /^[a-z]/.test(t)).map((t) => t[0]).join('');
  const acronyms = [2, 3, 4].filter((n) => initials.length >= n).map((n) => initials.slice(0, n));
  tokens = removeSequences(tokens, LEGAL_ANY);
  tokens = tokens.map((t) => CANONICAL[t] ?? t).flatMap((t) => t.split(' '));
  tokens = applyPhrases(tokens);
  tokens = stripEdges(tokens);
  // "Al Noor" = "Al-Noor" = "Alnoor".
  tokens = tokens.flatMap((t, i) => (t === 'al' && i + 1 < tokens.length ? [] : [i > 0 && tokens[i - 1] === 'al' ? `al${t}` : t]));
  tokens = tokens.filter((t) => !STOPWORDS.has(t) && (t.length > 1 || /\d/.test(t)));
  tokens = extractPlaces(tokens.map(foldDigraphs), qualifiers).map(stem);
  const uniqueQualifiers = [...new Set(qualifiers.filter(Boolean))];
  // A name of trade words only ("Tokyo Lighting") keeps its place in the key, or the key would say nothing.
  const keyTokens = tokens.some((t) => tokenWeight(t) === 1) || uniqueQualifiers.length === 0 ? tokens : [...uniqueQualifiers.flatMap(split), ...tokens];
  // Sorted, so word order does not matter ("Illuminazione Rossi" = "Rossi Illuminazione"); pg_trgm ignores order anyway.
  return { key: [...keyTokens].sort().join(' '), tokens, qualifiers: uniqueQualifiers, script, alphabetic, acronyms, abbreviations, korean: /[\uac00-\ud7af]/.test(name), markers, legal };
}

/**
 * The folded comparable key stored in `customers.normalized_name`: ASCII, lower case, legal forms, connectors and
 * place qualifiers removed, trade words in one English form, words sorted. "BRIGHTLUX LIGHTING (SHENZHEN) CO LTD" → "brightlux lighting".
 */
export function normalizeCompanyName(name: string): string {
  return companyNameParts(name).key;
}

/** How much a token says about identity: 1 distinctive, 0.6 a frequent brand word, 0.35 a trade word. */
export function tokenWeight(token: string): number {
  if (GENERIC.has(token)) return 0.35;
  if (COMMON.has(token) || token.length <= 2) return 0.6;
  return 1;
}

/** The distinctive tokens of a name (weight 1), falling back to all tokens: the "core" used for blocking and group signals. */
export function nameCore(parts: Pick<CompanyNameParts, 'tokens'>): string[] {
  const strong = parts.tokens.filter((t) => tokenWeight(t) === 1);
  if (strong.length > 0) return strong;
  const medium = parts.tokens.filter((t) => tokenWeight(t) >= 0.6);
  return medium.length > 0 ? medium : parts.tokens;
}
