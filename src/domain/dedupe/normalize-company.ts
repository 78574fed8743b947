import { readMyanmarWords } from './myanmar';
import { readKhmerWords } from './khmer';
import anyAscii from 'any-ascii';
import {
  ARABIC_WORDS, CANONICAL, CJK_WORDS, CN_COUNTIES, CN_DISTRICTS, CN_PLACES, COMMON_NAME_WORDS, GENERIC_WORDS, LEGAL_ANYWHERE, LEGAL_EDGE,
  NATIVE_LEGAL, PHRASES, PLACE_ALIASES, PLACES, STOPWORDS,
} from './company-lexicon';
import { familyWordBySlip, legalFamilies, nameMarkers, nameStyles, withoutInnerStyles } from './distinguishers';
import { looksJapanese, readJapaneseWords, withoutBankLegalForm } from './japanese';
import { cantonese, koreanRomanization, mandarin, southernReading, southernSurname, thaiRomanization, toSimplified, wadeGiles } from './romanize';
import { readAbjads } from './abjad';
import { withoutArticle } from './article';
import { capitalIForL } from './ocr-slips';
import { digitForLetter } from './ocr-digit-slips';
import { spelledOutAbbreviations } from './slash-abbreviations';
import { SITE_TAIL } from './site-office';
import { lexiconWordByPrefix, lexiconWordBySlip, lexiconWordBySound } from './lexicon-lookup';
import { ARABIC_STEMS, HEBREW_WORDS, THAI_WORDS } from './native-lexicon';
import { ARABIC_MEANINGS, CJK_MEANINGS, LATIN_MEANINGS } from './name-meanings';
import { boundedMemo } from '../bounded-memo';
import { TokenSequences } from './token-sequences';
import { legalFormsAsMeant } from './legal-form-slips';

// French writes words cut to their first and last letters, without a full stop (abréviation par contraction, as in
// "Cie", "Sté", "Ets"): "Cie Fse des Jouets" is the Compagnie Française des Jouets.
const FRENCH_CONTRACTIONS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  fse: 'francaise', gle: 'generale', intle: 'internationale', nle: 'nationale', indle: 'industrielle', comle: 'commerciale',
});

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
  /** The name's words as written, connectors out: a short name made of their first syllables ("SOCOMEX") may stand for them. */
  words?: string[];
  /** Words written cut short with a full stop ("Com. Mat. Eletricos"): each may stand for a longer word of the other name. */
  abbreviations: string[];
  /** Initials written with full stops ("IP Sidorov A.V." → "av"), not a legal form: a person's given names, maybe. */
  initials?: string[];
  /** Written in Hangul: its words meet Latin spellings in either romanization (koreanFold). */
  korean?: boolean;
  /** Words that tell entities of one name apart ("Uno", "II", "North", "2"), canonical (see distinguishers.ts). */
  markers: string[];
  /** Legal-form families the name states ("gmbh", "ltd", "sa"). */
  legal: string[];
  /** How the name styles the firm, words the key drops: family words and "enterprise", "venture", "concern" (see distinguishers.ts). */
  styles?: string[];
  /** A native name read word for word (see NameReading.literal): compared with Latin names only. */
  literal?: boolean;
  /** Read by meaning (see NameReading.meaning): weaker evidence than a spelling, compared with Latin names only. */
  translated?: boolean;
  /**
   * The name lost an Arabic (or Spanish) article to the reading: written apart ("Al Noor", "El-Nour", "El Dorado", dropped
   * as a connector) or in Arabic script (ال read off). Its bare word may meet the other name's "Alnoor", "Eldorado".
   */
  article?: boolean;
  /** A word of the name may carry the Arabic article run on ("alnoor", "assalam"): see article.ts. */
  articleOn?: boolean;
  /**
   * The record is in an Arabic-speaking country: its Latin name's word with the article run on ("Alnoor", "Alkhartoum")
   * is the same word as another such record's without it ("Noor", "Khartoum"). Set by the matcher.
   */
  arabArea?: boolean;

  /** Written in Thai script, which runs a name's words together ("สยามพัฒนา" Siam Pattana): see thaiRunOf in name-compare.ts. */
  thai?: boolean;
  /** The record is in Thailand: its Latin words may be another spelling of one Thai word (see thai-latin-spelling.ts). Set by the matcher. */
  thaiArea?: boolean;
  /**
   * Chinese characters read in a dialect's spelling (Cantonese, Hokkien, Wade-Giles). Many characters share one ("王" and
   * "黃" are both "Wong"): such a reading meets Latin names, not another name in characters, whose characters tell.
   */
  dialect?: boolean;
  /** Read a second time with words run together apart at their capitals ("SilverbirchMerchants"): see camel-case.ts. */
  respaced?: boolean;
  /** Written with Chinese characters (or kanji). */
  han?: boolean;
};

/** How to read Chinese characters: Mandarin pinyin (default) or Cantonese, as Hong Kong firms romanise their names. */
export type NameReading = {
  cantonese?: boolean; japanese?: boolean; southern?: boolean; wadeGiles?: boolean;
  /**
   * Native words spelt out, not translated: the Latin name of an Israeli, Greek or Azerbaijani firm often keeps them
   * ("Migdal Hashmal", "Fotistiki Thessalonikis", "Baki Tikinti") where another record translates them.
   */
  literal?: boolean;
  /**
   * Meaning-words of names translated to the English a bilingual firm uses (旭日 "sunrise", Мир "world", Thành Công
   * "success"; see name-meanings.ts), where the default reading spells them out ("xuri", "mir", "thanh cong").
   */
  meaning?: boolean;
};

// Any non-Latin letter: its transliteration may still match (positive evidence) but a mismatch proves little.
const NON_LATIN = /(?!\p{Script=Latin})\p{L}/u;
/** A letter of a script other than Latin: the name is written natively (the search's NAME_IN_ANOTHER_SCRIPT in SQL). */
export const hasNonLatinLetter = (name: string) => NON_LATIN.test(name);
// Written in an alphabet or abugida (Greek, Cyrillic, Arabic, Hebrew, Thai, Devanagari, Bengali, Khmer…, and kana and
// Hangul): spellings in Latin vary. Han characters read to exact pinyin instead.
const ALPHABETIC = /(?![\p{Script=Latin}\p{Script=Han}])\p{L}/u;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g;
const split = (s: string) => s.split(' ').filter(Boolean);
const LEGAL_WORDS = new Set([...LEGAL_ANYWHERE, ...LEGAL_EDGE].flatMap(split));
const isLegalWord = (t: string) => LEGAL_WORDS.has(t) && t !== 'dos';
/** A word of some legal form ("ltd", "co", "sdn" of "sdn bhd"), as the lexicon lists them. */
export const isLegalFormWord = (w: string) => LEGAL_WORDS.has(w);
const asMeantLegalForms = legalFormsAsMeant([...new Set([...LEGAL_ANYWHERE, ...LEGAL_EDGE])].map(split));
const asSequences = (list: readonly string[]) => new TokenSequences(list.map(split).sort((a, b) => b.length - a.length), (s) => s);
const LEGAL_EDGES = asSequences([...LEGAL_ANYWHERE, ...LEGAL_EDGE]);
const CN_CITY_SET = new Set(Object.values(CN_PLACES));
const CN_PLACE_KEYS = [...Object.keys(CN_PLACES), ...Object.keys(CN_COUNTIES)];
const DISTRICT_SET = new Set(Object.values(CN_DISTRICTS));
const CN_DISTRICT_KEYS = Object.keys(CN_DISTRICTS);
const NOT_ASCII = /[^\x00-\x7f]/;
const HAN_FIRST = /^[\u4e00-\u9fff]/;
const PLACE_SEQS = asSequences(PLACES);
const PLACE_SET = new Set(PLACES);
const asRules = (rules: readonly (readonly [string[], string[]])[]) => new TokenSequences([...rules].sort((a, b) => b[0].length - a[0].length), ([from]) => from);
const PHRASE_RULES = asRules(PHRASES);
// legal forms anywhere in the name, rewritten to nothing
const LEGAL_ANY = asRules(LEGAL_ANYWHERE.map((l): [string[], string[]] => [split(l), []]));
const CJK_KEYS = Object.keys(CJK_WORDS).sort((a, b) => b.length - a.length);
const CJK_BY_MEANING: Record<string, string> = Object.assign(Object.create(null), CJK_MEANINGS, CJK_WORDS);
const CJK_MEANING_KEYS = Object.keys(CJK_BY_MEANING).sort((a, b) => b.length - a.length);
const LATIN_MEANING_LIST = Object.entries(LATIN_MEANINGS).map(([k, v]): [string[], string[]] => [split(k), split(v)]);
const LATIN_MEANING_RULES = asRules(LATIN_MEANING_LIST);
const GENERIC = new Set([...GENERIC_WORDS].map((w) => stem(foldDigraphs(w))));
const COMMON = new Set([...COMMON_NAME_WORDS].map((w) => stem(foldDigraphs(w))));
// NFKC like the names they meet (Thai ำ decomposes under NFKC: "จำกัด" in the table would never match otherwise).
const NATIVE_LEGAL_SORTED = [...NATIVE_LEGAL].map((w) => w.normalize('NFKC')).sort((a, b) => b.length - a.length);
const nfkcTable = (...tables: Record<string, string>[]): Record<string, string> =>
  Object.assign(Object.create(null), Object.fromEntries(tables.flatMap((t) => Object.entries(t)).map(([k, v]) => [k.normalize('NFKC'), v])));
const NATIVE_WORDS = nfkcTable(ARABIC_WORDS, HEBREW_WORDS);
const ARABIC_STEM_WORDS = nfkcTable(ARABIC_STEMS);
const ARABIC_MEANING_WORDS = nfkcTable(ARABIC_MEANINGS);
const LATIN_MEANING_HEADS = new Set(LATIN_MEANING_LIST.map(([from]) => from[0]));
const CJK_OR_ABJAD = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u0600-\u06ff]/;

/**
 * Whether reading the name by meaning may differ from spelling it: any Chinese, Japanese, Korean or Arabic name (its
 * Traditional forms are checked only once simplified), else a word that begins an entry of LATIN_MEANINGS. Most names
 * are Latin with none: this spares them a second reading.
 */
export function mayReadByMeaning(name: string): boolean {
  return CJK_OR_ABJAD.test(name) || foldLatin(name).split(/[^a-z0-9]+/).some((w) => LATIN_MEANING_HEADS.has(w));
}
const THAI_KEYS = Object.keys(THAI_WORDS).map((k) => [k.normalize('NFKC'), THAI_WORDS[k]] as const).sort((a, b) => b[0].length - a[0].length);
const THAI_RUN = /[\u0e00-\u0e7f]+/g;

/** Thai has no spaces between words: known trade words out of each run first, the rest romanised. */
function readThai(text: string, literal = false): string {
  return text.replace(THAI_RUN, (run) => {
    let out = '';
    let pending = '';
    const flush = () => { if (pending) out += ` ${thaiRomanization(pending)} `; pending = ''; };
    for (let i = 0; i < run.length; ) {
      const hit = literal ? undefined : THAI_KEYS.find(([k]) => run.startsWith(k, i));
      if (hit) { flush(); out += ` ${hit[1]} `; i += hit[0].length; } else pending += run[i++];
    }
    flush();
    return out;
  });
}

/** An Arabic or Hebrew word: a known trade word, else read into Latin with its article (ال، ה) off. */
function readAbjadWord(w: string, literal = false, meaning = false): string {
  const known = literal ? undefined : NATIVE_WORDS[w];
  if (known) return known;
  const arabic = w.replace(/^(?:وال|بال|فال|لل|ال)(?=[\u0621-\u064a]{2})/, '').replace(/^ل(?=ا)/, '');
  const stem = literal ? undefined : ARABIC_STEM_WORDS[arabic] ?? ARABIC_STEM_WORDS[arabic.replace(/^[وبل](?=[\u0621-\u064a]{3})/, '')];
  if (stem) return stem;
  const translated = meaning ? ARABIC_MEANING_WORDS[arabic] : undefined;
  if (translated) return translated;
  const hebrewWord = w.replace(/^[הו](?=[\u05d0-\u05ea]{3})/, '');
  const hebrew = /^[\u05d0-\u05ea]/.test(w) ? ((literal ? undefined : HEBREW_WORDS[hebrewWord]) ?? w.replace(/^ה(?=[\u05d0-\u05ea]{3})/, '')) : arabic;
  return readAbjads(hebrew);
}

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

/** A word without its plural "s" ("lights" → "light"; not "glass", "status", "chassis"). */
export function stem(token: string): string {
  if (token.length >= 5 && token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  // Four letters are too short to tell a plural by its "s" ("news", "lens", "sons"), except after a vowel and y: "toys", "keys".
  if (token.length === 4 && /[aeou]ys$/.test(token)) return token.slice(0, -1);
  return token;
}

function canonicalPlace(words: string): string {
  return PLACE_ALIASES[words] ?? words;
}

/** A word that is a place of the lexicon ("lagos", "shenzhen"): a name's town, shared by firms of one town. */
export const isPlaceWord = (t: string) => PLACE_SET.has(t) || PLACE_SET.has(canonicalPlace(t));

/** A folded place name in its one canonical form ("sai gon" → "ho chi minh", "munchen" → "munich"). */
export function canonicalCity(words: string): string {
  return canonicalPlace(words);
}

/**
 * Strips legal forms and connectors from both ends until nothing more comes off ("GmbH & Co. KG", "PT …", "TOO …").
 * Without `connectors`, legal forms only: once digraphs are folded "Dae" reads "da", a name word, not Italian "da".
 */
function stripEdges(tokens: string[], connectors = true): string[] {
  const isConnector = (t: string) => connectors && STOPWORDS.has(t);
  let t = tokens;
  for (let changed = true; changed && t.length > 0; ) {
    changed = false;
    const head = LEGAL_EDGES.at(t, 0) ?? (isConnector(t[0]) ? [t[0]] : undefined);
    if (head && t.length > head.length) { t = t.slice(head.length); changed = true; continue; }
    const tail = LEGAL_EDGES.atEnd(t) ?? (isConnector(t[t.length - 1]) ? [t[t.length - 1]] : undefined);
    if (tail && t.length > tail.length) { t = t.slice(0, t.length - tail.length); changed = true; }
  }
  return t;
}

function applyPhrases(tokens: string[]): string[] {
  return rewriteSequences(tokens, PHRASE_RULES);
}

/** Rewrites token sequences by rules listed longest first. */
function rewriteSequences(tokens: string[], rules: TokenSequences<readonly [string[], string[]]>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const rule = rules.at(tokens, i);
    if (rule) { out.push(...rule[1]); i += rule[0].length; } else out.push(tokens[i++]);
  }
  return out;
}

/** Chinese/Japanese/Korean/Arabic/Thai part: legal forms out, leading places to qualifiers, trade words to English. */
function foldNative(raw0: string, qualifiers: string[], reading: NameReading, hanInitials: string[] = []): string {
  const raw = reading.japanese || looksJapanese(raw0) ? readJapaneseWords(withoutBankLegalForm(raw0)) : reading.southern ? southernSurname(raw0) : readKhmerWords(readMyanmarWords(raw0));
  // 繁體 → 简体 first, so the tables of legal forms, places and trade words serve Hong Kong and Taiwan names too.
  // 黃氏 "the Wong family's" = "Wong's" = "Wong": 氏 off before the run is read, or it joins the surname ("wongsze").
  let s = (/[\u3400-\u9fff]/.test(raw) ? toSimplified(raw.replace(/氏/g, ' ')) : raw).replace(/（/g, '(').replace(/）/g, ')').replace(/[«»“”「」『』]/g, ' ');
  // every native legal form and place is written in another script: a Latin name has none to look for
  if (NOT_ASCII.test(s)) for (const legal of NATIVE_LEGAL_SORTED) if (s.includes(legal)) s = s.split(legal).join(' ');
  // Leading "深圳市" / "广东省深圳市" / "佛山市南海区" / "中山市古镇".
  s = s.trim();
  for (let guard = 0; guard < 4 && HAN_FIRST.test(s); guard++) {
    const known = CN_PLACE_KEYS.find((p) => s.startsWith(p));
    const district = CN_DISTRICT_KEYS.find((p) => s.startsWith(p));
    const suffixed = /^([\u4e00-\u9fff]{2,3}?)(省|市|区|县|镇)/.exec(s);
    if (known) { qualifiers.push(CN_PLACES[known] ?? CN_COUNTIES[known]); s = s.slice(known.length).replace(/^(省|市)/, ''); }
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
  // "JXT" = 捷迅通 (Jie Xun Tong): Chinese firms make their Latin short name from the syllables' initials.
  const han = s.replace(/[^\u3400-\u9fff]/g, '');
  if (han.length >= 2 && !reading.japanese && !looksJapanese(raw0)) hanInitials.push(mandarin(han).split(' ').map((x) => x[0] ?? '').join(''));
  s = s.replace(CJK_RUN, (run) => {
    // Right-to-left longest match: trade words end a Chinese name, so 明光电器 reads 明光 + 电器, not 明 + 光电 + 器.
    const words: string[] = [];
    let pending = '';
    // Chinese in pinyin read in context (长兴 = Changxing, not Zhangxing), or in Cantonese for Hong Kong; Japanese kana
    // (and its kanji) and Hangul through any-ascii.
    const romanise = (text: string) => (/[\u3040-\u30ff]/.test(text) ? kanaFix(romaniseRaw(text)) : romaniseRaw(text));
    const romaniseRaw = (text: string) =>
      /[\uac00-\ud7af]/.test(text) && !/[\u3040-\u30ff]/.test(text) ? foldLatin(koreanRomanization(text))
        : !/[\u3400-\u9fff]/.test(text) || /[\u3040-\u30ff]/.test(text) ? foldLatin(text) : reading.cantonese ? cantonese(text) : reading.southern ? southernReading(text) : reading.wadeGiles ? foldLatin(wadeGiles(text)) : foldLatin(mandarin(text));
    const flush = () => { if (pending) words.unshift(romanise(pending).replace(/\s+/g, '')); pending = ''; };
    const [keys, table] = reading.meaning ? [CJK_MEANING_KEYS, CJK_BY_MEANING] : [CJK_KEYS, CJK_WORDS];
    for (let end = run.length; end > 0; ) {
      const hit = keys.find((k) => run.endsWith(k, end));
      if (hit) { flush(); words.unshift(table[hit]); end -= hit.length; } else { pending = run[end - 1] + pending; end--; }
    }
    flush();
    return ` ${words.join(' ')} `;
  });
  // Arabic: known trade words to English; the article (ال، لل، وال) off the others, as Latin names drop or detach it.
  return readThai(s, reading.literal).split(/\s+/).map((w) => readAbjadWord(w, reading.literal, reading.meaning)).join(' ');
}

/**
 * any-ascii reads kana letter by letter: シャ "shiya", ショウ "shiyou", where Hepburn, as firms write, has "sha", "sho"
 * (ミナトショウメイ = Minato Shomei, カブシキガイシャ = Kabushiki Gaisha). Small ya/yu/yo join the consonant, long ou/uu shorten.
 */
function kanaFix(romaji: string): string {
  return romaji.replace(/(sh|ch|j)iy([auo])/g, '$1$2').replace(/([kgnhbpmr])iy([auo])/g, '$1y$2').replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
}

/** Removes place qualifiers from brackets and from either end of the token list. */
function extractPlaces(tokens: string[], qualifiers: string[]): string[] {
  let t = tokens;
  for (let changed = true; changed && t.length > 1; ) {
    changed = false;
    const head = PLACE_SEQS.at(t, 0);
    if (head && t.length > head.length) {
      qualifiers.push(canonicalPlace(head.join(' ')));
      t = t.slice(head.length);
      // "Foshan Nanhai Hongda …": a district right after a mainland city is part of the address, not the name.
      if (CN_CITY_SET.has(head.join(' ')) && DISTRICT_SET.has(t[0]) && t.slice(1).some((w) => tokenWeight(stem(w)) === 1)) { qualifiers.push(t[0]); t = t.slice(1); }
      changed = true;
      continue;
    }
    const tail = PLACE_SEQS.atEnd(t);
    if (tail && t.length > tail.length) { qualifiers.push(canonicalPlace(tail.join(' '))); t = t.slice(0, t.length - tail.length); changed = true; }
  }
  return t;
}

/**
 * A compound of two trade words, as German, Dutch and the Nordic languages write them ("Werkzeughandel" tool trading,
 * "Elektrohandel", "Lichttechnik"): the two words, each then read as a trade word; any other word as it is. A trade word
 * typed together with the connector after it ("Grupodel Pacífico", "Comercialde Materiais") is the two words too.
 */
const tradeCompound = boundedMemo((t: string): string[] => {
  if (t.length < 6 || CANONICAL[t]) return [t];
  const glued = GENERIC.has(t) ? undefined : GLUED_CONNECTORS.find((c) => t.endsWith(c) && CANONICAL[t.slice(0, -c.length)]);
  if (glued && t.length - glued.length >= 4) return [t.slice(0, -glued.length), glued];
  if (t.length < 8) return [t];
  for (let i = 4; i <= t.length - 4; i++) {
    const [head, tail] = [t.slice(0, i), t.slice(i)];
    if (CANONICAL[head] && CANONICAL[tail]) return [head, tail];
  }
  return [t];
}, 20_000);

// The prepositions ("of") of the Romance languages, which a name puts after its trade word ("Grupo del …", "Comercial de
// …"). Not the articles nor a letter: "al", "la", "e" end trade words of their own ("Industrial", "Comerciale").
const GLUED_CONNECTORS = ['del', 'dos', 'das', 'des', 'de', 'da', 'do', 'du', 'di'];

// The anusvara (ं, ং, ં…) of the Indian scripts, read "m" letter by letter: it is the nasal of the sound that follows
// ("इंडस्ट्रीज" Industries, "पैकेजिंग" Packaging) and "ng" at a word's end ("ট্রেডিং" Trading), as English loanwords say it.
const ANUSVARA = /[\u0902\u0982\u0a02\u0a70\u0a82\u0b02\u0c02\u0c82\u0d02\u0d82]/gu;
const ANUSVARA_LAST = /[\u0902\u0982\u0a02\u0a70\u0a82\u0b02\u0c02\u0c82\u0d02\u0d82](?![\u0900-\u0dff])/gu;
const indicNasals = (name: string) => (/[\u0900-\u0dff]/.test(name) ? name.replace(ANUSVARA_LAST, 'ng').replace(ANUSVARA, 'n') : name);

// Words of a rep's note in brackets: where the lead came from, how to reach it, what the record is. None names a firm.
const NOTE_WORDS = new Set([
  'inquiry', 'enquiry', 'inquiries', 'alibaba', '1688', 'dhgate', 'aliexpress', 'wechat', 'whatsapp', 'skype', 'viber', 'lead', 'leads',
  'via', 'expo', 'fair', 'exhibition', 'account', 'acct', 'customer', 'client', 'buyer', 'prospect', 'referral', 'referred', 'ref',
  'sample', 'samples', 'duplicate', 'dup', 'inactive', 'closed', 'attn', 'tel', 'mobile', 'email', 'website', 'contact', 'old', 'new',
]);
const isBracketNote = (words: string) => words.split(' ').some((w) => NOTE_WORDS.has(w));

// Words that say a record is one office of a firm: "branch", Portuguese and Spanish "filial"/"sucursal", French
// "succursale", German "Niederlassung"/"Filiale", Vietnamese "chi nhánh" (branch) and "văn phòng" (office), Indonesian
// and Malay "cabang" (branch).
const BRANCH = String.raw`(?:branch(?:\s+office)?|filial|filiale|sucursal|succursale|niederlassung|zweigstelle|chi\s+nh[aá]nh|v[aă]n\s+ph[oò]ng|cabang)`;
const BRANCH_BRACKET = new RegExp(String.raw`\s*[(\[][^)\]]*(?<!\p{L})${BRANCH}(?!\p{L})[^)\]]*[)\]]`, 'iu');
const BRANCH_WORD = new RegExp(String.raw`(?<!\p{L})${BRANCH}(?!\p{L})`, 'iu');
/** A city field that says the record is an office of the firm ("Erbil branch", "Filial Campinas"). */
export const saysBranch = (text: string) => BRANCH_WORD.test(text.normalize('NFC'));
const BRANCH_TAIL = new RegExp(String.raw`\s+[-–—]\s*${BRANCH}(?!\p{L}).*$`, 'iu');
// "Emirates Star Electronics LLC - Abu Dhabi Branch": the office's town before the word, the word ending the name.
const TOWN_BRANCH_TAIL = new RegExp(String.raw`\s+[-–—]\s*(?:\p{L}+\s+){1,3}${BRANCH}\s*$`, 'iu');

/**
 * "Sinar Terang Abadi (Surabaya branch)", "Comercial Silva - filial Campinas", "Điện Quang Minh - Chi nhánh Hà Nội": the
 * name of one office of the firm. Returns the firm's name without the office, or undefined for a name that says none.
 */
export function branchOfficeName(name: string): string | undefined {
  const out = name.normalize('NFC').replace(BRANCH_BRACKET, ' ').replace(BRANCH_TAIL, '').replace(TOWN_BRANCH_TAIL, '').replace(SITE_TAIL, '').replace(/\s+/g, ' ').trim();
  return out && out !== name.normalize('NFC').replace(/\s+/g, ' ').trim() ? out : undefined;
}

/** Takes a company name apart: the key, identity tokens, place qualifiers, script. Deterministic. */
export function companyNameParts(name: string, reading: NameReading = {}): CompanyNameParts {
  const qualifiers: string[] = [];
  const script = hasNonLatinLetter(name) ? 'native' : 'latin';
  // Hangul and kana are alphabets too: 한빛 reads "hanbich" where the firm writes "Hanbit", 대성 "daeseong" for "Daesung".
  // Cantonese, Hokkien and Wade-Giles spellings vary from firm to firm ("Cheong" / "Cheung", "Hung" / "Hong") as an alphabet's do.
  const alphabetic = ALPHABETIC.test(name) || !!reading.cantonese || !!reading.wadeGiles || !!reading.southern;
  const hanInitials: string[] = [];
  let text = foldNative(indicNasals(capitalIForL(digitForLetter(name.normalize('NFKC')))), qualifiers, reading, hanInitials);
  text = foldLatin(text);
  // Bracketed places are qualifiers: "BRIGHTLUX LIGHTING (SHENZHEN) CO LTD".
  text = text.replace(/[([]([^)\]]*)[)\]]/g, (_w, inner: string) => {
    const words = inner.replace(/[^a-z0-9 ]+/g, ' ').trim().replace(/\s+/g, ' ');
    // A rep's note ("(Alibaba inquiry)", "(old account)", "(via agent)") says where the record came from, not who the firm is.
    if (isBracketNote(words)) return ' ';
    if (PLACE_SET.has(words)) { qualifiers.push(canonicalPlace(words)); return ' '; }
    // "Patel & Sons (Mombasa) Ltd", "Hercules LLC (Rostov)": one or two plain words in brackets name a branch's town,
    // known to our place list or not; a legal form or a trade word in brackets stays part of the name.
    const plain = words.split(' ');
    if (plain.length <= 2 && plain.every((w) => /^[a-z]{3,}$/.test(w) && !LEGAL_WORDS.has(w) && !CANONICAL[w] && !GENERIC.has(stem(w)))) {
      qualifiers.push(canonicalPlace(words));
      return ' ';
    }
    return ` ${inner} `;
  });
  // "S.A. de C.V." → "sa de cv", "L.L.C" → "llc", "v.d." → "vd".
  // A person's initials so written ("IP Sidorov A.V.") are kept apart: they may stand for the given names another record writes.
  const personInitials: string[] = [];
  // a sole trader's name ("IP Ivanov A.S.", "ФОП Бойко О.С.") ends in the person's initials, legal form's letters or not
  const soleTrader = /^\s*(?:ip|fop|chp|spd)\s/.test(text);
  text = text.replace(/(?<![a-z0-9])((?:[a-z]\.){1,}[a-z]?)(?![a-z0-9])/g, (m) => {
    const joined = m.replace(/\./g, '');
    if (joined.length <= 3 && (!LEGAL_WORDS.has(joined) || (soleTrader && joined.length >= 2))) personInitials.push(foldDigraphs(joined));
    return joined;
  });
  // "H/ware", "W/sale", "Whole Sale": the trade word (slash-abbreviations.ts), before a slash becomes a space.
  text = spelledOutAbbreviations(text);
  // "Ромашка+", "Techno+": a plus that ends the name is its word "Plus".
  text = text.replace(/\+\s*$/, ' plus').replace(/&|\+/g, ' and ').replace(/\//g, ' ');
  // "J & S Imports" = "J&S Import": initials joined by "and" are one word ("js"), not two dropped letters.
  text = text.replace(/(?<![a-z0-9])([a-z])\s+and\s+([a-z])(?![a-z0-9])/g, '$1$2');
  // "VDM" = "Van der Merwe": initials with the particles, before they are joined to the surname below.
  const particleInitials = text.split(/[^a-z0-9]+/).filter((t) => /^[a-z]/.test(t) && t !== 'and').map((t) => t[0]).join('');
  const abbreviations = [...text.matchAll(/(?<![a-z0-9])([a-z]{2,5})\.(?=\s|$)/g)].map((m) => foldDigraphs(m[1]));
  // Dutch and German surname particles belong to the name: "Van der Berg" = "Vanderberg", "Van Wyk" = "Vanwyk".
  text = text.replace(/\b(van|von)\s+(?:(der|den|de)\s+)?([a-z]{2,})/g, (_m, v: string, d: string | undefined, n: string) => `${v}${d ?? ''}${n}`);
  text = text.replace(/\bvd\s+([a-z]{2,})/g, 'vander$1');
  let tokens = asMeantLegalForms(familyWordBySlip(text.split(/[^a-z0-9]+/).filter(Boolean)).map((t) => FRENCH_CONTRACTIONS[t] ?? t));
  const markers = nameMarkers(tokens, isLegalWord);
  const legal = legalFamilies(tokens);
  const styles = nameStyles(tokens);
  const initials = tokens.filter((t) => !STOPWORDS.has(t) && /^[a-z]/.test(t)).map((t) => t[0]).join('');
  // "M/s." (Messrs.) before a South Asian firm's name is an address, not a word of it: "SGTC" is M/s. Shree Ganesh Trading Co.
  const messrs = tokens[0] === 'm' && tokens[1] === 's' ? 2 : tokens[0] === 'ms' || tokens[0] === 'messrs' ? 1 : 0;
  // A legal form before the name ("PT Sinar Jaya Abadi", "OOO …") is no initial of it either: "SJA".
  const addressed = messrs ? [initials.slice(messrs)] : tokens.length > 2 && isLegalWord(tokens[0]) ? [initials.slice(1)] : [];
  // All the initials too, up to six: "SGEPL" is Shree Ganesh Electricals Pvt. Ltd., legal form and all.
  const acronyms = [...new Set([initials, ...addressed, particleInitials, ...hanInitials].flatMap((x) => [...[2, 3, 4].filter((n) => x.length >= n).map((n) => x.slice(0, n)), ...(x.length > 4 && x.length <= 6 ? [x] : [])]))];
  // The words as written (connectors out), for acronyms made of their first syllables ("SOCOMEX", "DIELCA").
  const words = tokens.filter((t) => !STOPWORDS.has(t) && /^[a-z]/.test(t));
  tokens = withoutInnerStyles(rewriteSequences(tokens, LEGAL_ANY));
  if (reading.meaning) tokens = rewriteSequences(tokens, LATIN_MEANING_RULES);
  // "Ill." = Illuminazione, "Nig." = Nigeria: a cut word that only one lexicon word (or one sense) begins with.
  tokens = tokens.map((t) => (abbreviations.includes(t) && !CANONICAL[t] ? lexiconWordByPrefix(t) ?? t : t));
  // A trade word or legal form of English spelt in another alphabet ("tredrs", "plastik", "krporesn").
  if (alphabetic && !reading.literal) tokens = tokens.map((t) => (CANONICAL[t] || LEGAL_WORDS.has(t) ? t : lexiconWordBySound(t) ?? t));
  // "Electrcals": a slip in a long trade word leaves it that trade word, not a distinctive name word.
  tokens = tokens.map((t) => (CANONICAL[t] || GENERIC.has(t) || LEGAL_WORDS.has(t) ? t : lexiconWordBySlip(t) ?? t));
  tokens = tokens.flatMap(tradeCompound).map((t) => CANONICAL[t] ?? t).flatMap((t) => t.split(' ')).filter(Boolean);
  tokens = applyPhrases(tokens);
  tokens = stripEdges(tokens);
  // "Al Noor" = "Al-Noor" = "Alnoor".
  tokens = tokens.flatMap((t, i) => (t === 'al' && i + 1 < tokens.length ? [] : [i > 0 && tokens[i - 1] === 'al' ? `al${t}` : t]));
  // A name of nothing but a connector's letters ("DER SRL": Distribuidora Eléctrica Rosario) keeps them: they are the name.
  const named = tokens.filter((t) => !STOPWORDS.has(t) && (t.length > 1 || /\d/.test(t)));
  tokens = named.length ? named : tokens.filter((t) => t.length > 2);
  tokens = extractPlaces(tokens.map(foldDigraphs), qualifiers);
  // "Hardware Ventures Accra Ltd": a business word that ends the name once its place is off comes off too.
  tokens = stripEdges(tokens, false).map(stem);
  const uniqueQualifiers = [...new Set(qualifiers.filter(Boolean))];
  // A name of trade words only ("Tokyo Lighting") keeps its place in the key, or the key would say nothing.
  const keyTokens = tokens.some((t) => tokenWeight(t) === 1) || uniqueQualifiers.length === 0 ? tokens : [...uniqueQualifiers.flatMap(split), ...tokens];
  // Sorted, so word order does not matter ("Illuminazione Rossi" = "Rossi Illuminazione"); pg_trgm ignores order anyway.
  const article = /[\u0600-\u06ff]/.test(name) || /(?:^|[^\p{L}])(?:al|el|ul)[\s-]+\p{L}/iu.test(name);
  const articleOn = tokens.some((t) => withoutArticle(t) !== t);
  return { key: [...keyTokens].sort().join(' '), tokens, qualifiers: uniqueQualifiers, script, alphabetic, acronyms, abbreviations, words, korean: /[\uac00-\ud7af]/.test(name), ...(/[\u0e00-\u0e7f]/.test(name) ? { thai: true } : {}), markers, legal, ...(styles.length ? { styles } : {}), ...(personInitials.length ? { initials: personInitials } : {}), literal: reading.literal, translated: reading.meaning, article, articleOn,
    ...hanReading(name, reading) };
}

/** Whether the name is written in characters, and read in a dialect's spelling (left off when not: most names are neither). */
function hanReading(name: string, reading: NameReading): Pick<CompanyNameParts, 'han' | 'dialect'> {
  if (!/[\u3400-\u9fff]/.test(name)) return {};
  return reading.cantonese || reading.southern || reading.wadeGiles ? { han: true, dialect: true } : { han: true };
}

/**
 * The folded comparable key stored in `customers.normalized_name`: ASCII, lower case, legal forms, connectors and
 * place qualifiers removed, trade words in one English form, words sorted. "BRIGHTLUX LIGHTING (SHENZHEN) CO LTD" → "brightlux lighting".
 */
export function normalizeCompanyName(name: string): string {
  // one office of the firm ("… - filial Campinas") is stored under the firm's name
  return companyNameParts(branchOfficeName(name) ?? name).key;
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
