// Features of the intent model, shared by the trainer and the classifier so both see a message the same way:
// folded words, word pairs ("no need", "не надо") and character 1–4-grams (CJK, kana and Hangul have no spaces:
// their 1–3-grams carry the words). Each feature is hashed (FNV-1a over UTF-16 units) into 2^BITS buckets, so no
// feature strings are built or stored: the model ships as numbers and scoring a message allocates almost nothing.
import { cleanForIntents, fold } from '../../language/clean-text';

export const BITS = 20;
const MASK = (1 << BITS) - 1;
/** Longest text the model reads; the ask is at the start and a long email must not cost more. */
export const MAX_MODEL_CHARS = 600;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
// Different seeds keep a word, a word pair and an n-gram with the same letters apart.
const SEED_GRAM = FNV_OFFSET;
const SEED_WORD = 0x01000193;
const SEED_PAIR = 0x5bd1e995;

/** The text as the model reads it: cleaned, folded, digits as 0, letter runs shortened, one space between words. */
export function modelText(text: string): string {
  const cleaned = cleanForIntents(typeof text === 'string' ? text : '');
  if (!cleaned) return '';
  return fold(cleaned.length > MAX_MODEL_CHARS ? cleaned.slice(0, MAX_MODEL_CHARS) : cleaned)
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/[0-9]+([.,][0-9]+)*/g, '0')
    .replace(/\s+/g, ' ')
    .trim();
}

const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || c === 48 || c === 39 || (c > 0x7f && c !== 0x3000 && c !== 0x3001 && c !== 0x3002 && c !== 0xff0c && c !== 0xff1f && c !== 0xff01 && c !== 0x061f && c !== 0x060c);

// Distinct buckets without a Set: a small open-addressing table of this message's buckets, a slot counting as taken
// when its stamp is this message's. A message has a few hundred buckets at most, so the table stays in cache (a stamp
// per bucket of all 2^20 took 4 MB, and a cache miss for nearly every feature).
let stamp = 0;
let slotBucket = new Int32Array(4096);
let slotStamp = new Uint32Array(4096);
let buffer = new Int32Array(1024);

/** Collects distinct buckets of one message (a small array, reused: read it before the next call). */
class Collector {
  size = 0;
  private mask = slotBucket.length - 1;
  /** `most`: how many buckets the message can give at most (the table is kept at least twice as large) */
  start(most: number): void {
    this.size = 0;
    if (slotBucket.length < 2 * most) {
      let size = slotBucket.length;
      while (size < 2 * most) size *= 2;
      slotBucket = new Int32Array(size);
      slotStamp = new Uint32Array(size);
      this.mask = size - 1;
      stamp = 0;
    }
    stamp = (stamp + 1) >>> 0;
    if (stamp === 0) { slotStamp.fill(0); stamp = 1; }
  }
  add(bucket: number): void {
    const mask = this.mask;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> 12 & mask;
    while (slotStamp[slot] === stamp) {
      if (slotBucket[slot] === bucket) return;
      slot = (slot + 1) & mask;
    }
    slotStamp[slot] = stamp;
    slotBucket[slot] = bucket;
    if (this.size === buffer.length) { const grown = new Int32Array(buffer.length * 2); grown.set(buffer); buffer = grown; }
    buffer[this.size++] = bucket;
  }
}
const collector = new Collector();

/**
 * The distinct feature buckets of a message, given as the output of {@link modelText}: a view of a shared
 * buffer, valid until the next call (copy it to keep it).
 */
export function modelFeatures(folded: string): Int32Array {
  const out = collector;
  if (!folded) { out.start(0); return buffer.subarray(0, 0); }
  const s = ` ${folded} `;
  const n = s.length;
  // at most 4 n-grams a character, and a word and a pair per word
  out.start(4 * n + n + 2);
  // Character n-grams, 1–4 for letters outside ASCII (a CJK character is a word), 2–4 otherwise.
  for (let i = 0; i < n; i++) {
    let h = SEED_GRAM;
    for (let k = 0; k < 4 && i + k < n; k++) {
      const c = s.charCodeAt(i + k);
      h = Math.imul(h ^ c, FNV_PRIME);
      if (k > 0 || c > 0x2ff) out.add((h >>> 0) & MASK);
    }
  }
  // Words and neighbouring word pairs.
  let prev = 0;
  let h = SEED_WORD;
  let inWord = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      const word = h >>> 0;
      out.add(word & MASK);
      if (prev) out.add((Math.imul(prev ^ word, SEED_PAIR) >>> 0) & MASK);
      prev = word;
      h = SEED_WORD;
      inWord = false;
    }
  }
  return buffer.subarray(0, out.size);
}
