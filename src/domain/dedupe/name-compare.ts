import type { CompanyNameParts } from './normalize-company';
import { canonicalCity, foldDigraphs, stem, tokenWeight } from './normalize-company';
import { CANONICAL, CN_PROVINCES, COUNTRY_WORDS } from './company-lexicon';
import { koreanFold } from './romanize';
import { sameSoundSkeleton, soundSkeleton } from './sound-skeleton';
import { spellingFold } from './spelling';
import { sameArabicWord } from './arabic-latin-spelling';
import { sameKoreanWord } from './korean-latin-spelling';
import { isSyllableAcronym } from './acronyms';
import { acronymOfWholeName } from './acronym-whole-name';
import { droppedInnerVowel, swappedMiddle, swappedNeighbours } from '../text/typing-slip';
import { withoutArticle } from './article';
import { sameThaiWord } from './thai-latin-spelling';
import { thaiSkeleton } from './thai-names';
import { hongKongSpelling, jaroWinkler, trigramSimilarity } from './similarity';
import { markPlaceAbbreviations } from './place-abbreviations';
import { runRestAgrees } from './run-rest-agrees';

/** How two company names relate, token by token. */
export type NameComparison = {
  /** 0..1; 1 when the normalised keys are equal. */
  similarity: number;
  /** Weight of the strongest token both names share exactly: 1 distinctive, 0.6 a frequent brand word, 0.35 a trade word, 0 none. */
  sharedStrength: number;
  /** Tokens both names share exactly (or as joined/split words). */
  shared: string[];
  /** Words each name has and the other lacks, when both sides have such words of at least medium weight ("norte" vs "sur"). */
  distinctiveConflict: [string[], string[]] | null;
  /** Trade words that differ on both sides ("lighting" vs "electric"). */
  descriptorConflict: [string[], string[]] | null;
  /** Both names carry a place qualifier and none agrees ("(Shenzhen)" vs "(HK)"). */
  placeConflict: [string[], string[]] | null;
  /** One name is written in a native script, so a low similarity says little. */
  crossScript: boolean;
  /** The tokens each name has and the other does not match, of any weight. */
  only: [string[], string[]];
  /** A word of one name stands for the other name's words by their initials or first syllables ("BBS", "SOCOMEX"). */
  acronym: boolean;
  /** That word is the initials of every word of the other name as written, its town and trade words too ("MHS" / "Mombasa Hardware Supplies"). */
  acronymWhole?: true;
  /** A Thai run met the Latin words by their consonants only (see markThaiRuns): a reading, thinner than a spelling. */
  thaiRun?: true;
};

function markJoined(a: string[], b: string[], ma: number[], mb: number[], bWords?: string[]): void {
  // "greenleaf" = "green leaf", "nanhaihongda" = "nanhai hongda".
  if (bWords) markJoinedAsWritten(a, b, ma, mb, bWords);
  // the unmatched long words of `a` as spellingFold writes them, worked out at the first joined word that needs them
  let folded: string[] | undefined;
  for (let j = 0; j < b.length; j++) {
    for (const n of [2, 3]) {
      if (j + n > b.length) continue;
      const joined = b.slice(j, j + n).join('');
      // Each part was folded alone: "agro" + "export" joins to "agroexport", which the whole word folded to "agroxport".
      let i = a.indexOf(joined);
      if (i < 0) i = a.indexOf(foldDigraphs(joined));
      // one spelling joined, another apart ("Rungruang" / "Roong Ruang", "Svetotehnika" / "Sveto Tekhnika")
      if (i < 0 && joined.length >= 6) {
        folded ??= a.map((t, k) => (ma[k] < 1 && t.length >= 6 ? spellingFold(t) : ''));
        if (folded.some(Boolean)) {
          const f = spellingFold(joined);
          i = folded.findIndex((x, k) => x === f && ma[k] < 1);
        }
      }
      if (i >= 0 && ma[i] < 1) {
        ma[i] = 1;
        for (let k = j; k < j + n; k++) mb[k] = 1;
      }
    }
  }
}

/**
 * The same letters spaced otherwise on each side ("DarAl Salam" / "Dar AlSalam", "Nam Hai Long" / "Namhai Long"): two
 * or three unmatched words in a row on each side that run together alike are the same words.
 */
function markRespaced(a: string[], b: string[], ma: number[], mb: number[]): void {
  const runs = (x: string[], mx: number[]) => {
    const out = new Map<string, number[]>();
    for (let i = 0; i < x.length; i++) {
      for (const n of [2, 3]) {
        if (i + n > x.length || mx.slice(i, i + n).some((m) => m > 0)) continue;
        const joined = x.slice(i, i + n).join('');
        if (joined.length >= 6 && !out.has(joined)) out.set(joined, Array.from({ length: n }, (_, k) => i + k));
      }
    }
    return out;
  };
  const rb = runs(b, mb);
  if (!rb.size) return;
  for (const [joined, is] of runs(a, ma)) {
    const js = rb.get(joined);
    if (!js || is.some((i) => ma[i] > 0) || js.some((j) => mb[j] > 0)) continue;
    for (const i of is) ma[i] = 1;
    for (const j of js) mb[j] = 1;
  }
}

/** The tokens a word as written can become in a name's tokens: itself folded, stemmed, or its trade word ("light" → "lighting"). */
const tokenFormsOf = (w: string): string[] => {
  const folded = foldDigraphs(w);
  return [w, folded, stem(folded), ...(CANONICAL[w] ?? CANONICAL[folded] ?? '').split(' ')].filter(Boolean);
};

/**
 * Words joined in one name and apart in the other, where the parts alone read differently ("Sunlight" / "Sun Light":
 * "light" alone becomes the trade word "lighting"; "Elektrohurt" / "Elektro-Hurt": "elektro" alone becomes
 * "electric"): the unmatched word meets two or three consecutive words as the other name wrote them, and the tokens
 * those words became are matched with it.
 */
function markJoinedAsWritten(a: string[], b: string[], ma: number[], mb: number[], bWords: string[]): void {
  const spans = joinedSpans(bWords);
  if (!spans.size) return;
  for (let i = 0; i < a.length; i++) {
    if (ma[i] > 0 || a[i].length < 5) continue;
    for (const span of spans.get(a[i]) ?? []) {
      const forms = new Set(span.flatMap(tokenFormsOf));
      const parts = b.map((t, k) => (mb[k] < 1 && forms.has(t) ? k : -1)).filter((k) => k >= 0);
      if (!parts.length) continue;
      ma[i] = 1;
      for (const k of parts) mb[k] = 1;
      break;
    }
  }
}

/** A name's two and three consecutive words as written, run together (and folded, and without a plural): the spans of each. */
const spansOf = new WeakMap<string[], Map<string, string[][]>>();
function joinedSpans(words: string[]): Map<string, string[][]> {
  let spans = spansOf.get(words);
  if (spans) return spans;
  spans = new Map();
  for (let j = 0; j < words.length; j++) {
    for (const n of [2, 3]) {
      if (j + n > words.length) continue;
      const span = words.slice(j, j + n);
      const joined = span.join('');
      const folded = foldDigraphs(joined);
      for (const form of new Set([joined, folded, stem(folded)])) {
        if (form.length < 5) continue;
        const list = spans.get(form) ?? [];
        list.push(span);
        spans.set(form, list);
      }
    }
  }
  spansOf.set(words, spans);
  return spans;
}

/**
 * A word of a firm's name against a Hangul name's word, levelled by koreanFold. Korean has no v: firms that write ㅂ
 * as "v" in their Latin name (한빛 "Hanvit", as Hanvit Bank did) mean the b.
 */
const hangulFold = (w: string) => koreanFold(w.replace(/v/g, 'b'));

/** "kims" of "kim": the possessive "s" a name writes without its apostrophe. */
const possessive = (t: string, u: string) => t.length === u.length + 1 && t.endsWith('s') && t.startsWith(u);

/**
 * The written words a token was folded from where the fold changed them ("AET" reads "at": its "ae" is folded as
 * German writes ä): an acronym is its letters as written.
 */
const writtenAs = (t: string, words: string[] | undefined) => (words ?? []).filter((w) => w !== t && w.length <= 6 && foldDigraphs(w) === t);

/** Whether token `t` (of a name written as `words`), or the word it was written as, spells `other`'s whole name. */
const spellsWholeName = (t: string | undefined, words: string[] | undefined, other: CompanyNameParts) =>
  !!t && [t, ...writtenAs(t, words)].some((x) => acronymOfWholeName(x, other));

/** Whether a short token, or the word it was written as, stands for the other name's words by their initials (see compareOrdered). */
function isAcronymOf(t: string, other: CompanyNameParts, otherTokens: string[], otherUnmatched: string[], written: string[] = []): boolean {
  if ([t, ...written].some((x) => x.length >= 3 && x.length <= 6 && other.acronyms.includes(x))) return true;
  if (t.length >= 5 && t.length <= 7 && t.endsWith('pl') && other.acronyms.includes(t.slice(0, -2))) return true;
  if (t.length !== 2 || !/^[a-z]{2}$/.test(t)) return false;
  const named = otherTokens.filter((u) => tokenWeight(u) >= 0.6);
  if (named.length === 2 && named.every((u) => u.length >= 3)
    && (named.map((u) => u[0]).join('') === t || named.map(initialOrX).join('') === t)) return true;
  return twoLetterInitials(t, other, otherUnmatched);
}

/**
 * Two letters for the other name's first two words as written, where those are all the other name has left unmatched
 * ("ZL Importaciones Colón" / "Zona Libre Importaciones Colón": the shared words agree, "ZL" stands for the rest; "C&S
 * Enterprises" / "Chukwuemeka & Sons", the family style dropped from the key). One or two words of weight left over at
 * most, each begun by its letter: a pair of initials met by chance in a longer name stays a conflict.
 */
function twoLetterInitials(t: string, other: CompanyNameParts, unmatched: string[]): boolean {
  const words = other.words ?? [];
  if (words.length < 2 || `${words[0][0]}${words[1][0]}` !== t) return false;
  const named = unmatched.filter((u) => tokenWeight(u) >= 0.6);
  return named.length >= 1 && named.length <= 2 && named.every((u) => u.length >= 3 && t.includes(u[0]));
}

/** English writes "cross" and a leading "ex" as X ("Southern Cross" is "SX", "Xpress"): a word's initial either way. */
const initialOrX = (u: string) => (u === 'cross' || u.startsWith('ex') ? 'x' : u[0]);

/** A name's words as written, spelling-folded, by the token each became where that differs from the word's own fold ("majo" → "maju"). */
const writtenFoldsOf = new WeakMap<string[], Map<string, string[]>>();
function writtenFolds(words: string[] | undefined): Map<string, string[]> {
  if (!words) return new Map();
  let out = writtenFoldsOf.get(words);
  if (out) return out;
  out = new Map();
  for (const w of words) {
    if (w.length < 3) continue;
    const token = stem(foldDigraphs(w));
    const f = spellingFold(w);
    if (token !== w && f !== spellingFold(token)) out.set(token, [...(out.get(token) ?? []), f]);
  }
  writtenFoldsOf.set(words, out);
  return out;
}

/** Thai consonant classes of a word, four at least (the final vowel apart): shorter ones meet by chance. */
const thaiRunSkeleton = (t: string) => {
  const s = thaiSkeleton(t);
  return s.replace(/[aeiou]$/, '').length >= 4 ? s : '';
};

/** Marks each unmatched Thai run of `thai` that two or three unmatched Latin words in a row of `latin` spell, consonant for consonant; whether any. */
function markThaiRuns(thai: string[], mt: number[], latin: string[], ml: number[]): boolean {
  let found = false;
  thai.forEach((t, i) => {
    if (mt[i] > 0) return;
    const s = thaiRunSkeleton(t);
    if (!s) return;
    for (const n of [2, 3]) {
      for (let j = 0; j + n <= latin.length; j++) {
        if (latin.slice(j, j + n).some((_, k) => ml[j + k] > 0)) continue;
        if (thaiSkeleton(latin.slice(j, j + n).join('')) !== s) continue;
        mt[i] = 1;
        for (let k = j; k < j + n; k++) ml[k] = 1;
        found = true;
        return;
      }
    }
  });
  return found;
}

/** Compares two names; cheap enough to run on every blocked candidate. Symmetric. */
export function compareNames(a: CompanyNameParts, b: CompanyNameParts): NameComparison {
  // The greedy alignment below depends on argument order; fix the order so compare(a, b) mirrors compare(b, a).
  if (orderKey(a) > orderKey(b)) {
    const r = compareOrdered(b, a);
    const flip = <T>(x: [T, T] | null): [T, T] | null => (x ? [x[1], x[0]] : null);
    return { ...r, distinctiveConflict: flip(r.distinctiveConflict), descriptorConflict: flip(r.descriptorConflict), placeConflict: flip(r.placeConflict), only: [r.only[1], r.only[0]] };
  }
  return compareOrdered(a, b);
}

const orderKey = (p: CompanyNameParts) => `${p.key}|${p.tokens.join(' ')}|${p.qualifiers.join(' ')}`;

// Hong Kong spellings of one Cantonese syllable vary by firm (昌 "Cheong" / 張 "Cheung", 記 "Kee" / "Kei", 周 "Chow" /
// "Chau", 李 "Lee" / "Lei"): across scripts both sides are folded to one spelling. Pinyin has none of these endings.
const hkFold = (t: string) => hongKongSpelling(t).replace(/(?<=[a-z]{2})ee(?=[a-z])/g, 'ei');

/** Countries and provinces: either contains the other name's city, so only places of one level can contradict. */
const isRegion = (q: string) => CN_PROVINCES.has(q) || COUNTRY_WORDS.has(q);

function placesConflict(qa: string[], qb: string[], ta: string[], tb: string[]): boolean {
  if (!qa.length || !qb.length) return false;
  // A place one name keeps as a word ("Zhejiang Yongkang Xinyuan") is the other's qualifier ("永康市鑫源"): they agree.
  if (qa.some((q) => qb.includes(q) || tb.includes(q)) || qb.some((q) => ta.includes(q))) return false;
  const cities = [qa.filter((q) => !isRegion(q)), qb.filter((q) => !isRegion(q))];
  const regions = [qa.filter(isRegion), qb.filter(isRegion)];
  return (cities[0].length > 0 && cities[1].length > 0) || (regions[0].length > 0 && regions[1].length > 0);
}

/** Words of a name that the other name holds as its place qualifier: agreement on the place, not part of the identity. */
const withoutPlaces = (tokens: string[], places: string[]) => {
  if (!places.length) return tokens;
  // in the qualifier's one form: "Brasil" in one name is the other's "(Brazil)"
  const kept = tokens.filter((t) => !places.includes(t) && !places.includes(canonicalCity(t)));
  return kept.length ? kept : tokens;
};

function compareOrdered(a: CompanyNameParts, b: CompanyNameParts): NameComparison {
  const across = a.script !== b.script;
  const ta = withoutPlaces(across ? a.tokens.map(hkFold) : a.tokens, b.qualifiers);
  const tb = withoutPlaces(across ? b.tokens.map(hkFold) : b.tokens, a.qualifiers);
  const ma: number[] = ta.map((t) => (tb.includes(t) ? 1 : 0));
  const mb: number[] = tb.map((t) => (ta.includes(t) ? 1 : 0));
  markJoined(ta, tb, ma, mb, b.words);
  markJoined(tb, ta, mb, ma, a.words);
  markRespaced(ta, tb, ma, mb);
  // Written in two scripts, one name is a transliteration of the other (see below).
  const transliterated = a.script !== b.script && (a.alphabetic || b.alphabetic);
  // "Alnoor" = "Al Noor" = "El Nour" = النور: a word with the Arabic article run on meets the other name's word without
  // it, where that name lost its article to the reading (written apart, or in Arabic script): "Alpine" is not "Pine".
  // (Most names have no word an article could be run on: then nothing to do.)
  const xa = a.articleOn ? ta.map(withoutArticle) : ta;
  const xb = b.articleOn ? tb.map(withoutArticle) : tb;
  const onA = !!a.articleOn && xa.some((x, i) => x !== ta[i]);
  const onB = !!b.articleOn && xb.some((y, j) => y !== tb[j]);
  // Two Latin names of records in Arabic-speaking countries: there a run-on article is one ("Alnoor Trading" / "Noor
  // Trading" of Deira, "Alkhartoum Star" / "Khartoum Star"), the bare word four letters at least and spelt with letters
  // an Arabic word's spelling has (no p, v, x or c: "Alpine" is no "Pine"; "Allied" is no "Lied").
  const arab = !!a.arabArea && !!b.arabArea && a.script === 'latin' && b.script === 'latin';
  if ((onA && (onB || b.article || arab)) || (onB && (a.article || arab))) {
    ta.forEach((t, i) => {
      if (ma[i] > 0) return;
      const x = xa[i];
      const j = tb.findIndex((u, k) => {
        if (mb[k] > 0) return false;
        const y = xb[k];
        if (arab && (x === t) !== (y === u) && x === y && x.length >= 4 && /^[^pvxc]+$/.test(x) && !/^all/.test(x === t ? u : t)) return true;
        if (x === t ? y === u || !a.article : y === u && !b.article) return false;
        if (x.length < 3 || y.length < 3) return false;
        return x === y || spellingFold(x) === spellingFold(y) || (transliterated && sameSoundSkeleton(x, y));
      });
      if (j >= 0) { ma[i] = 1; mb[j] = 1; }
    });
  }
  // "SGE" = "Société Générale d'Éclairage": an unmatched short token equal to the other name's initials ("KCDPL": with
  // "Pvt. Ltd." or "Pty Ltd" run on, where the other name leaves it off; "ZL" = "Zona Libre": two letters for a name of
  // two words).
  const unmatchedA = ta.filter((_, i) => ma[i] === 0);
  const unmatchedB = tb.filter((_, j) => mb[j] === 0);
  const acronymA = ta.findIndex((t, i) => ma[i] === 0 && isAcronymOf(t, b, tb, unmatchedB, writtenAs(t, a.words)));
  const acronymB = tb.findIndex((t, j) => mb[j] === 0 && isAcronymOf(t, a, ta, unmatchedA, writtenAs(t, b.words)));
  // (before the marking below: whether the acronym spells the other's whole name, its town and trade words included)
  const acronymWhole = spellsWholeName(ta[acronymA], a.words, b) || spellsWholeName(tb[acronymB], b.words, a);
  if (acronymA >= 0) { ma[acronymA] = 1; mb.forEach((m, j) => { if (m === 0 && tokenWeight(tb[j]) >= 0.6) mb[j] = 1; }); }
  if (acronymB >= 0) { mb[acronymB] = 1; ma.forEach((m, i) => { if (m === 0 && tokenWeight(ta[i]) >= 0.6) ma[i] = 1; }); }
  // "SOCOMEX" = "Société Commerciale d'Import-Export": a word built from the other name's first syllables.
  const syllablesA = acronymA < 0 && acronymB < 0 && b.words ? ta.findIndex((t, i) => ma[i] === 0 && isSyllableAcronym(t, b.words!)) : -1;
  const syllablesB = acronymA < 0 && acronymB < 0 && syllablesA < 0 && a.words ? tb.findIndex((t, j) => mb[j] === 0 && isSyllableAcronym(t, a.words!)) : -1;
  if (syllablesA >= 0) { ma[syllablesA] = 1; mb.forEach((m, j) => { if (m === 0) mb[j] = 1; }); }
  if (syllablesB >= 0) { mb[syllablesB] = 1; ma.forEach((m, i) => { if (m === 0) ma[i] = 1; }); }
  const acronym = acronymA >= 0 || acronymB >= 0 || syllablesA >= 0 || syllablesB >= 0;
  // "Com. Mat." = "Comercial de Materiais": a word written cut short with a full stop stands for a longer word it begins.
  const prefixOf = (short: string[], ms: number[], whole: string[], mw: number[], abbreviations: string[]) => {
    short.forEach((t, i) => {
      if (ms[i] > 0 || !abbreviations.includes(t)) return;
      const j = whole.findIndex((w, k) => mw[k] === 0 && w.length > t.length && w.startsWith(t));
      if (j >= 0) { ms[i] = 1; mw[j] = 1; }
    });
  };
  prefixOf(ta, ma, tb, mb, a.abbreviations);
  prefixOf(tb, mb, ta, ma, b.abbreviations);
  // "IP Sidorov A.V." = "Individual Entrepreneur Alexey Sidorov": a sole trader's initials for the given name the other
  // name writes out, once a distinctive word (the family name) agrees.
  const initialsFor = (x: string[], mx: number[], y: string[], my: number[], initials?: string[]) => {
    if (!initials || !mx.some((m, i) => m >= 1 && tokenWeight(x[i]) === 1)) return;
    x.forEach((t, i) => {
      if (mx[i] > 0 || !initials.includes(t)) return;
      const j = y.findIndex((u, k) => my[k] === 0 && u.length >= 3 && u[0] === t[0] && tokenWeight(u) === 1);
      if (j >= 0) { mx[i] = 1; my[j] = 1; }
    });
    // Initials the reading took for a legal form ("IP Ivanov A.S.": AS) are no word of x: each letter stands for one of
    // y's given names in order (Aleksey Sergeevich).
    for (const t of initials) {
      if (x.includes(t) || t.length < 2) continue;
      const found: number[] = [];
      for (const letter of t) {
        const j = y.findIndex((u, k) => k > (found.at(-1) ?? -1) && my[k] === 0 && u.length >= 3 && u[0] === letter && tokenWeight(u) === 1);
        if (j < 0) break;
        found.push(j);
      }
      // all of them or none: "A.V." is not Aleksey Sergeevich
      if (found.length === t.length) for (const j of found) my[j] = 1;
    }
  };
  initialsFor(ta, ma, tb, mb, a.initials);
  initialsFor(tb, mb, ta, ma, b.initials);
  // Two Latin spellings of one sound ("Shree" / "Sri", "Aggarwal" / "Agarwal"): the same word. A family's firm with and
  // without its possessive "s" ("Kims Trading" / "Kim's Trading", "Smiths Hardware" / "Smith Hardware") too.
  // The word as written counts too where the key's folding lost its spelling ("Majoe", old Indonesian for "Maju", is
  // the token "majo": German "oe" is an o).
  const writtenA = writtenFolds(a.words);
  const writtenB = writtenFolds(b.words);
  ta.forEach((t, i) => {
    if (ma[i] > 0 || t.length < 3) return;
    const f = new Set([spellingFold(t), ...(writtenA.get(t) ?? [])]);
    const j = tb.findIndex((u, k) => mb[k] === 0 && u.length >= 3
      && ([spellingFold(u), ...(writtenB.get(u) ?? [])].some((x) => f.has(x)) || possessive(t, u) || possessive(u, t)));
    if (j >= 0) { ma[i] = 1; mb[j] = 1; }
  });
  // Two Latin names of Arab firms, each with its article: the vowels, g/j and q/k of one Arabic word vary ("Al Helal" /
  // "Al Hilal", "El Gamal" / "Al Jamal", "Al Watania" / "Alwataniya"; see arabic-latin-spelling.ts).
  if (a.script === 'latin' && b.script === 'latin' && (a.article || a.articleOn) && (b.article || b.articleOn)) {
    ta.forEach((t, i) => {
      if (ma[i] > 0) return;
      const j = tb.findIndex((u, k) => mb[k] === 0 && sameArabicWord(t, u));
      if (j >= 0) { ma[i] = 1; mb[j] = 1; }
    });
  }
  // Two Latin spellings of one Thai word, for two Thai records ("Charoen" / "Charern", "Pattana" / "Phatthana").
  if (a.script === 'latin' && b.script === 'latin' && a.thaiArea && b.thaiArea) {
    ta.forEach((t, i) => {
      if (ma[i] > 0) return;
      const j = tb.findIndex((u, k) => mb[k] === 0 && sameThaiWord(t, u));
      if (j >= 0) { ma[i] = 1; mb[j] = 1; }
    });
  }
  // Two Latin spellings of one Korean word ("Hyeonjin" / "Hyunjin", "Jeong" / "Jung"; see korean-latin-spelling.ts).
  if (a.script === 'latin' && b.script === 'latin') {
    ta.forEach((t, i) => {
      if (ma[i] > 0) return;
      const j = tb.findIndex((u, k) => mb[k] === 0 && sameKoreanWord(t, u));
      if (j >= 0) { ma[i] = 1; mb[j] = 1; }
    });
  }
  // Two neighbouring letters typed the other way round ("Baolgun" / "Balogun", "Mirea Tools" / "Mirae Tools") in a word of
  // five letters or more, or a vowel left out inside a word ("Yldirim" / "Yildirim"): the same word, in any script's Latin
  // spelling (see typing-slip.ts: such a slip seldom makes another real name).
  ta.forEach((t, i) => {
    if (ma[i] > 0 || t.length < 4) return;
    const j = tb.findIndex((u, k) => mb[k] === 0 && ((t.length >= 5 && swappedNeighbours(t, u)) || swappedMiddle(t, u) || droppedInnerVowel(t, u)));
    if (j >= 0) { ma[i] = 1; mb[j] = 1; }
  });
  // Words met by a near spelling, not exactly, by their places in ta and tb (see sharedAs).
  const nearlyA = new Map<number, number>();
  // Written in two scripts, one name is a transliteration of the other: spelling variants (Svetotehnika / Svetotekhnika,
  // النور "nwr" / Noor) are the same word. Within one script a one-letter slip in a long distinctive word earns half:
  // pinyin names one letter apart are often different firms.
  for (let i = 0; i < ta.length; i++) {
    // An abjad writes short words in two letters (أمل "aml" is Amal, גל is Gal): across scripts they still count.
    if (ma[i] > 0 || ta[i].length < (transliterated ? 2 : 3)) continue;
    let best = -1;
    let bestScore = transliterated ? 0.93 : 0.9;
    for (let j = 0; j < tb.length; j++) {
      if (mb[j] > 0 || tb[j].length < 3 || (!transliterated && (ta[i].length < 4 || tb[j].length < 4))) continue;
      if (lookAlikeTrades(ta[i], tb[j]) && writtenElectr(a.words) && writtenElectr(b.words)) continue;
      const s = jaroWinkler(ta[i], tb[j]);
      if (s >= bestScore) { best = j; bestScore = s; }
    }
    if (best < 0 && transliterated) {
      // The native letter for v is w too (व, و, ו): "agrval" (अग्रवाल) is Agarwal.
      const [x, wx] = [ta[i], a.script === 'native' ? ta[i].replace(/v/g, 'w') : ta[i]];
      best = tb.findIndex((t, j) => mb[j] === 0 && (sameSoundSkeleton(x, t) || (b.script === 'native' ? sameSoundSkeleton(x, t.replace(/v/g, 'w')) : wx !== x && sameSoundSkeleton(wx, t))));
      if (best < 0 && (a.korean || b.korean)) best = tb.findIndex((t, j) => mb[j] === 0 && t.length >= 3 && hangulFold(t) === hangulFold(ta[i]));
    }
    // A slip in a long Latin word with everything else agreeing ("Kowalski" / "Kowalsky") is nearly the same word.
    if (best >= 0) { const m = transliterated ? 1 : bestScore >= 0.95 && ta[i].length >= 7 ? 0.8 : 0.5; ma[i] = m; mb[best] = m; nearlyA.set(i, best); }
  }
  if (a.script !== b.script) matchAcrossScripts(ta, tb, ma, mb, transliterated, !!(a.korean || b.korean), !!(a.han || b.han));
  // Thai script writes a name's words run together ("สยามพัฒนา", read "syamphathna"): against a Latin name, one Thai run
  // still unmatched is the two or three Latin words in a row whose Thai consonants it spells ("Siam Pattana", both
  // "smptna"). Flagged where no word of weight agreed otherwise: then the reading is the whole agreement.
  const agreedBefore = ma.some((m, i) => m > 0 && tokenWeight(ta[i]) >= 0.6);
  const thaiRun = ((a.thai && b.script === 'latin' && markThaiRuns(ta, ma, tb, mb)) || (b.thai && a.script === 'latin' && markThaiRuns(tb, mb, ta, ma))) && !agreedBefore;
  // A town or country cut short in one Latin name, written out in the other (see place-abbreviations.ts).
  if (a.script === 'latin' && b.script === 'latin') {
    markPlaceAbbreviations(ta, ma, a.words ?? [], tb, mb, b.qualifiers);
    markPlaceAbbreviations(tb, mb, b.words ?? [], ta, ma, a.qualifiers);
  }
  wholeTradeForItsHalf(ta, ma, tb);
  wholeTradeForItsHalf(tb, mb, ta);
  kindredTrades(ta, ma, tb, mb);
  // A trade word only one side has ("… Rubber Products" vs "… Rubber") costs little; one on each side is a conflict.
  const looseA = ta.some((t, i) => ma[i] === 0 && tokenWeight(t) < 0.6);
  const looseB = tb.some((t, j) => mb[j] === 0 && tokenWeight(t) < 0.6);
  const soften = (t: string, matched: number, otherLoose: boolean) => {
    const w = tokenWeight(t);
    return matched === 0 && w < 0.6 && !otherLoose ? 0.1 : w;
  };
  const wa = ta.map((t, i) => soften(t, ma[i], looseB));
  const wb = tb.map((t, j) => soften(t, mb[j], looseA));
  const total = wa.reduce((s, w) => s + w, 0) + wb.reduce((s, w) => s + w, 0);
  const got = wa.reduce((s, w, i) => s + w * ma[i], 0) + wb.reduce((s, w, j) => s + w * mb[j], 0);
  const tokenSim = total > 0 ? got / total : 0;
  const compactSim = ta.length && tb.length ? trigramSimilarity(ta.join(''), tb.join('')) : 0;
  const similarity = a.key && a.key === b.key ? 1 : Math.max(tokenSim, compactSim * 0.9);

  // A word met by a near spelling of a trade word shares the trade word: a native name's unknown "tradl" read as
  // "trading" is the trade word, no distinctive word of the firm (its reading is unknown to the lexicon, so weighs 1 alone).
  const { shared, heldB } = sharedAs(ta, ma, tb, nearlyA);
  // Two frequent words together ("Nile Star", "Golden Star") identify about as well as one rare word.
  const sharedWeights = [...shared.map(tokenWeight), ...tb.filter((_, j) => mb[j] >= 0.8 && !heldB.has(j) && !shared.includes(tb[j])).map(tokenWeight)];
  const strongShared = sharedWeights.filter((w) => w >= 0.6);
  const sharedStrength = strongShared.length >= 2 ? 1 : Math.max(0, ...sharedWeights);
  const onlyA = ta.filter((_, i) => ma[i] === 0);
  const onlyB = tb.filter((_, j) => mb[j] === 0);
  const strongA = onlyA.filter((t) => tokenWeight(t) >= 0.6);
  const strongB = onlyB.filter((t) => tokenWeight(t) >= 0.6);
  const genericA = onlyA.filter((t) => tokenWeight(t) < 0.6);
  const genericB = onlyB.filter((t) => tokenWeight(t) < 0.6);
  const qa = a.qualifiers;
  const qb = b.qualifiers;
  return {
    similarity,
    sharedStrength,
    shared,
    distinctiveConflict: strongA.length && strongB.length ? [strongA, strongB] : null,
    descriptorConflict: genericA.length && genericB.length ? [genericA, genericB] : null,
    placeConflict: placesConflict(qa, qb, ta, tb) ? [qa, qb] : null,
    crossScript: a.script !== b.script || (a.script === 'native' && b.script === 'native' && similarity < 0.5),
    only: [onlyA, onlyB],
    acronym,
    ...(acronymWhole ? { acronymWhole: true as const } : {}),
    ...(thaiRun ? { thaiRun: true as const } : {}),
  };
}

/**
 * The words both names share, as `a` writes them, but a word met by a near spelling where one of the two is a trade
 * word as that trade word (its partner in `b` then counted with it, not again): "tradl" ≈ "trading" shares "trading".
 */
function sharedAs(ta: string[], ma: number[], tb: string[], nearlyA: Map<number, number>): { shared: string[]; heldB: Set<number> } {
  const heldB = new Set<number>();
  const shared = ta.flatMap((t, i) => {
    if (ma[i] < 0.8) return [];
    const j = nearlyA.get(i);
    if (j === undefined) return [t];
    // a trade word only: a frequent brand word ("atlas") against an unknown reading counts both as before
    const trade = [t, tb[j]].find((x) => tokenWeight(x) < 0.6);
    if (!trade) return [t];
    heldB.add(j);
    return [trade];
  });
  return { shared, heldB };
}

// 电器 is "electrical appliance(s)" (read "electric appliance"): a 电器 firm's English name often says "Appliances" only
// ("Midea Home Appliances"). Not "Electrical" only: that is as often an electrical-supplies shop (and a dialect
// spelling against it, "Kim Seng Electrical" / 金星电器, stays a question).
const WHOLE_TRADES: { whole: [string, string]; alone: string }[] = [{ whole: ['electric', 'appliance'], alone: 'appliance' }];

// One trade in two words: a lamp shop's name says "Lamps" in one language ("Lampu Cahaya") and "Lighting" in another
// ("Cahaya Lighting"); a furniture maker "Arredamenti" (furnishings) in Italian and "Furniture" in English; a Chinese
// firm's 通讯 / 通信 is "Telecom" on one card and "Communication" on another. (Not "Import" for "Import-Export": an
// importer and an import-export house of one name are two firms as often as one.)
const KINDRED_TRADES: [string, string][] = [['lamp', 'lighting'], ['furnishing', 'furniture'], ['telecom', 'communication']];

// Trade words a letter or two apart that name two lines of business ("Sharma Electricals" / "Sharma Electronics", 전기 /
// 전자): as the lexicon writes them, never a slip of one for the other.
const LOOK_ALIKE_TRADES = new Set(['electric|electronic', 'electronic|electric']);
const lookAlikeTrades = (x: string, y: string) => LOOK_ALIKE_TRADES.has(`${x}|${y}`);
// Only as both names write them: a word the lexicon translated ("Điện máy", 전기) says less exactly which of the two it is.
const writtenElectr = (words: string[] | undefined) => !!words?.some((w) => /^el[ei]?[ck]tr/.test(w));

/** Two words of one trade, each left over on its side: the same word, not two lines of business. */
function kindredTrades(x: string[], mx: number[], y: string[], my: number[]): void {
  for (const [p, q] of KINDRED_TRADES) {
    for (const [u, v] of [[p, q], [q, p]]) {
      const i = x.indexOf(u);
      const j = y.indexOf(v);
      if (i < 0 || j < 0 || mx[i] > 0 || my[j] > 0 || x.includes(v) || y.includes(u)) continue;
      mx[i] = 1;
      my[j] = 1;
    }
  }
}

/** A name with the whole trade against one with the half that stands for it (matched) and not the other half. */
function wholeTradeForItsHalf(x: string[], mx: number[], y: string[]): void {
  for (const { whole: [p, q], alone } of WHOLE_TRADES) {
    const other = alone === p ? q : p;
    const i = x.indexOf(alone);
    const j = x.indexOf(other);
    if (i < 0 || j < 0 || !y.includes(alone) || y.includes(other)) continue;
    if (mx[i] > 0 && mx[j] === 0) mx[j] = 1;
  }
}

/**
 * A native name's unknown run is romanised as one word ("绿源茶业" → "luyuanchaye", "สยามฟู้ด" → "syamfud"), where the
 * Latin name writes words ("Lvyuan Tea", "Siam Food"): an unmatched native word meets two or three consecutive unmatched
 * Latin words joined, by spelling (alphabets) or consonants, or begins with a distinctive Latin word of 4+ letters.
 */
function matchAcrossScripts(ta: string[], tb: string[], ma: number[], mb: number[], transliterated: boolean, korean: boolean, han: boolean): void {
  const tryPair = (x: string[], mx: number[], y: string[], my: number[]) => {
    x.forEach((t, i) => {
      if (mx[i] > 0 || t.length < 4) return;
      for (let j = 0; j < y.length; j++) {
        for (const n of [3, 2]) {
          if (j + n > y.length || y.slice(j, j + n).some((_, k) => my[j + k] > 0)) continue;
          const joined = y.slice(j, j + n).join('');
          // Of about one length: "wingleilung" (永利隆) is not "Wing Lee" with a syllable to spare.
          const alike = Math.min(t.length, joined.length) / Math.max(t.length, joined.length) >= 0.8;
          if ((transliterated && alike && jaroWinkler(t, joined) >= 0.9 && (!han || runRestAgrees(t, y.slice(j, j + n)))) || (transliterated && soundSkeleton(joined).length >= 3 && sameSoundSkeleton(t, joined))
            || (korean && hangulFold(t) === hangulFold(joined))) {
            mx[i] = 1;
            for (let k = j; k < j + n; k++) my[k] = 1;
            return;
          }
        }
        if (my[j] === 0 && y[j].length >= 4 && tokenWeight(y[j]) === 1 && t.startsWith(y[j])) {
          // The rest of the run may be a trade word of the lexicon ("yamadakanamono", kanamono = hardware): the Latin
          // name's trade word meets it ("Yamada Hardware"); a Latin name without it names another line of business
          // ("Yamada Shoji", trading), and the run is met only in part.
          const rest = t.slice(y[j].length);
          const trade = CANONICAL[rest];
          const k = trade ? y.findIndex((u, n) => n !== j && my[n] === 0 && tokenFormsOf(rest).includes(u)) : -1;
          if (k >= 0) my[k] = 1;
          mx[i] = !trade || k >= 0 ? 1 : 0.5;
          my[j] = mx[i];
          return;
        }
      }
    });
  };
  tryPair(ta, ma, tb, mb);
  tryPair(tb, mb, ta, ma);
}
