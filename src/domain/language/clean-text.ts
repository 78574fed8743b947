import { lookupTable } from '../text/lookup-table';
// Text clean-up shared by language detection and intent tagging. Pure, never throws, bounded in cost.

/**
 * Longest text we look at, after markup is stripped; a long email body is cut, the start carries the language and
 * the ask. 1,500 characters (about 250 words) keeps a 100 KB message as cheap as a letter.
 */
export const MAX_CLASSIFY_CHARS = 1500;
/** Longest raw input read at all (markup included): an HTML head or a quoted thread must not cost more. */
export const MAX_RAW_CHARS = 8000;

const ENTITIES: Record<string, string> = lookupTable({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", hellip: '…', ndash: '–', mdash: '—' });

/** Removes markup from email bodies: script/style blocks, tags, comments; decodes the common entities. */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[a-z][^<>]{0,400}>/gi, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
    });
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const EMOJI_RE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]/gu;
const MENTION_RE = /(?:^|\s)[@#][\w.]+/g;

// Control characters (not tab or line ends), the replacement character and lone surrogates: what binary data
// decoded as text looks like.
const JUNK_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True for binary junk: more than one character in ten is a control, replacement or lone surrogate character. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const junk = sample.match(JUNK_RE)?.length ?? 0;
  return junk > 0 && junk * 10 > sample.length;
}

/** Clean-up for intent tagging: no markup, links or addresses; numbers and words stay. */
export function cleanForIntents(text: string): string {
  // Language detection and intent tagging clean the same message one after the other: remember the last one.
  if (text === lastCleaned.text) return lastCleaned.result;
  const result = cleanOnce(text);
  lastCleaned = { text, result };
  return result;
}
let lastCleaned = { text: '', result: '' };

function cleanOnce(text: string): string {
  if (looksBinary(text)) return '';
  const bounded = text.length > MAX_RAW_CHARS ? text.slice(0, MAX_RAW_CHARS) : text;
  let plain = stripHtml(bounded).replace(URL_RE, ' ');
  if (plain.includes('@')) plain = plain.replace(EMAIL_RE, ' ');
  return (plain.length > MAX_CLASSIFY_CHARS ? plain.slice(0, MAX_CLASSIFY_CHARS) : plain).replace(/\s+/g, ' ').trim();
}

/**
 * Clean-up for language detection: also drops numbers, codes with digits (SKU A123, 40HQ, USD100),
 * emoji, @mentions and punctuation, which carry no language.
 */
export function cleanForLanguage(text: string): string {
  // (each step that a cheap test shows has nothing to change is skipped: a call back per word cost more than the rest)
  const cleaned = cleanForIntents(text);
  const ascii = !NOT_ASCII.test(cleaned);
  let out = cleaned;
  if (/[@#]/.test(out)) out = out.replace(MENTION_RE, ' ');
  // (no emoji, variation selector or keycap is ASCII)
  if (!ascii) out = out.replace(EMOJI_RE, ' ');
  // Codes with a digit (SKU A123, 40HQ); matched word by word so a 10,000-letter run stays linear.
  if (/[0-9]/.test(out)) out = out.replace(/[A-Za-z0-9]+/g, (word) => (/[0-9]/.test(word) ? ' ' : word));
  out = out.replace(/[^\p{L}\p{M}'’\s-]+/gu, ' ');
  // One letter held down ("aaaaaaa", "zzzz…") or a run of 40+ letters is no word of any language.
  if (LONG_OR_HELD.test(out)) out = out.replace(/\p{L}+/gu, (word) => (word.length >= 40 || /^(\p{L})\1{3,}$/u.test(word) ? ' ' : word));
  return out.replace(/\s+/g, ' ').trim();
}
// What the step above blanks has one of these in it: a word of one letter four times, or of 40 string units (20 letters
// at least, a letter outside the BMP being two).
const LONG_OR_HELD = /(\p{L})\1{3}|\p{L}{20}/u;

const NOT_ASCII = /[^\u0000-\u007f]/;
const LATIN_SPECIAL: Record<string, string> = lookupTable({ ł: 'l', Ł: 'l', ı: 'i', ß: 'ss', đ: 'd', Đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ё: 'е' });

/**
 * Lower-case and accent-insensitive form: `Cotización` → `cotizacion`, `İŞ` → `is`, `أسعار` → `اسعار`.
 * Hangul and kana survive (NFD/NFC round trip only drops Latin/Cyrillic combining marks).
 */
export function fold(text: string): string {
  // Most of what is folded (a message in a Latin language, each of its words) is plain ASCII, which only lower-cases.
  if (!NOT_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes('`') ? lower.replace(/`/g, "'") : lower;
  }
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[łıßđøæœё]/g, (c) => LATIN_SPECIAL[c] ?? c)
    // Arabic: drop harakat and tatweel, unify alef and yeh forms.
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[’‘`´]/g, "'");
}
