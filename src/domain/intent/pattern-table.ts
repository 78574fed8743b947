import { fold } from '../language/clean-text';
import type { DetectedLanguage, LanguageCode } from '../language/languages';
import type { Intent } from './intents';
import { RegexPrefilter } from '../text/regex-prefilter';

/**
 * `thanks` is not an intent of its own: a message that only thanks is `other`;
 * thanks next to an ask adds nothing.
 */
export type PatternKey = Exclude<Intent, 'other'> | 'thanks' | 'shipping_cost' | 'sample_cost' | 'quote_set_aside' | 'shipment_held';

/**
 * Keys that are a narrower reading of an intent: "shipping cost?" is `shipping`, "sample fee?" is
 * `sample_request`; both also keep a bare "how much" in the same message from counting as a price inquiry.
 * "Forget the June quote, redo it at today's copper price" sets the old quote aside for a new one: a revision, read
 * on the whole text, since negation.ts blanks "forget/cancel the quote" as a cancelled ask. "Don't ship before the 15th,
 * our warehouse is full" holds a shipment back: an instruction on the carriage, read on the whole text too.
 */
export const ALIASES: Partial<Record<PatternKey, Intent>> = { shipping_cost: 'shipping', sample_cost: 'sample_request', quote_set_aside: 'quote_revision', shipment_held: 'shipping' };

/**
 * One language's patterns: per intent, one regular expression per line (String.raw, no flags needed).
 * Lines are matched case- and accent-insensitively (the pattern is folded like the text: write "cotización"
 * or "cotizacion", both work). `\b` is a Unicode word boundary. A line may start with flags:
 *   `@` local: only when the message is detected in this table's language (or `und`), for words that mean
 *       something else elsewhere (Vietnamese "be", Polish "po");
 *   `~` weak: dropped when a more specific intent also matched (see SUPPRESSED_BY): a bare "price" next to
 *       "too expensive" is a discount request, not a price inquiry;
 *   `=` keep accents (lower-cased only): Vietnamese "mẫu" (sample) vs "màu" (colour);
 *   `!` case-sensitive on the original text: "CE" but not French "ce".
 * Lines starting with `#` are comments.
 */
export type PatternTable = Partial<Record<PatternKey, string>>;

/** Every hit of the key (strong too) is dropped when one of these matched: a revised quote or a sample fee is not a new price inquiry. */
export const OVERRIDDEN_BY: Partial<Record<PatternKey, PatternKey[]>> = {
  price_inquiry: ['quote_revision', 'quote_set_aside', 'sample_cost'],
  // "the printing is blurry" is about the goods received, not a new custom order
  customization: ['complaint'],
  // "take line 3 off the order, the rest is confirmed, send the corrected PI": the order is placed, with an edit (no
  // labelled set of ours ever tags both)
  quote_revision: ['order_confirmation'],
  quote_set_aside: ['order_confirmation'],
  // "stop the shipment, the inspection found 15% defective": the hold is the complaint's remedy, no carriage question
  shipment_held: ['complaint'],
};

/** Weak hits of the key are dropped when any of the listed intents also matched. */
export const SUPPRESSED_BY: Partial<Record<PatternKey, PatternKey[]>> = {
  price_inquiry: ['discount_request', 'quote_revision', 'quote_set_aside', 'catalog_request', 'competitor_mention', 'shipping_cost', 'sample_cost', 'complaint', 'payment_extension'],
  sample_request: ['complaint', 'order_confirmation'],
  shipping: ['complaint', 'lead_time', 'order_split', 'payment_extension', 'payment_terms', 'sample_request', 'sample_cost', 'price_inquiry', 'discount_request', 'order_confirmation', 'quote_revision', 'quote_set_aside', 'certification'],
  complaint: ['payment_extension', 'quote_revision', 'quote_set_aside', 'order_split'],
  payment_terms: ['payment_extension', 'order_confirmation', 'order_split', 'complaint', 'sample_request', 'lead_time'],
  // (a bare time word beside a later payment is the payment's grace, "un délai… pour régler le solde", "مهلة شهر للباقي":
  // no labelled set of ours tags the two together unless the time is asked on its own, "Kapan shipment? Pelunasan…")
  lead_time: ['complaint', 'catalog_request', 'payment_extension'],
  customization: ['complaint', 'quote_revision', 'quote_set_aside', 'moq', 'sample_request', 'catalog_request', 'order_split', 'payment_extension', 'competitor_mention', 'discount_request', 'payment_terms', 'shipping', 'order_confirmation', 'price_inquiry', 'certification'],
  order_confirmation: ['quote_revision', 'quote_set_aside', 'order_split', 'payment_extension'],
  discount_request: ['competitor_mention'],
  moq: [],
};

export type Mode = 'folded' | 'lower' | 'cased';
/** The three forms of a message the lines read: folded (no case, no accents), lower-cased, as typed. */
export const MODES: readonly Mode[] = ['folded', 'lower', 'cased'];
export interface Line { key: PatternKey; source: string; local: boolean; weak: boolean; mode: Mode; lang: LanguageCode | '*' }

/**
 * Pattern lines ready to run, side by side: line i's slot in the prefilter of its mode (see PatternIndex) and its
 * regex. The slots sit in one array: a look-up walks them for the few the scan marked, and reading each from an
 * object of its own cost a cache miss per line.
 */
export interface CompiledLines { slots: Int32Array; res: RegExp[] }

/** Does any line the prefilter marked live in `live` match `text`? (In order, stopping at the first.) */
export function anyLiveLineMatches(lines: CompiledLines, live: Uint8Array, text: string): boolean {
  const { slots, res } = lines;
  for (let i = 0; i < slots.length; i++) if (live[slots[i]] === 1 && res[i].test(text)) return true;
  return false;
}

/** The compiled matchers for one detected language: per key, strong and weak lines per text form. */
export interface CompiledSet {
  keys: PatternKey[];
  strong: Map<PatternKey, Partial<Record<Mode, CompiledLines>>>;
  weak: Map<PatternKey, Partial<Record<Mode, CompiledLines>>>;
}

// Word edges. Folded Latin text is plain ASCII, so the native \b is right there (and fast: irregexp
// cannot skip ahead through a Unicode-class lookbehind). Cyrillic needs its own letters; accent-keeping
// lines (Vietnamese "mẫu") need any letter.
const EDGES = {
  ascii: { boundary: String.raw`\b`, word: String.raw`\w` },
  cyrillic: { boundary: String.raw`(?:(?<![a-z0-9_\u0430-\u044f])|(?![a-z0-9_\u0430-\u044f]))`, word: String.raw`[a-z0-9_\u0430-\u044f]` },
  unicode: { boundary: String.raw`(?:(?<![\p{L}\p{N}_])|(?![\p{L}\p{N}_]))`, word: String.raw`[\p{L}\p{N}_]` },
};

/** The regex source a line runs as: its word edges spelled for its script. */
export function expand(line: Line): string {
  const edges = /[\u0400-\u04ff]/.test(line.source) ? EDGES.cyrillic : line.mode === 'folded' ? EDGES.ascii : EDGES.unicode;
  return line.source.replace(/\\[bw]/g, (m) => (m === '\\b' ? edges.boundary : edges.word));
}

// Fold or lower-case a pattern's literal text only: escapes such as \S or \D keep their case.
const foldPattern = (source: string) => source.replace(/(\\.)|([^\\]+)/g, (_m, esc?: string, plain?: string) => esc ?? fold(plain!));
const lowerPattern = (source: string) => source.replace(/(\\.)|([^\\]+)/g, (_m, esc?: string, plain?: string) => esc ?? plain!.toLowerCase());

export function parseTable(lang: LanguageCode | '*', table: PatternTable): Line[] {
  const lines: Line[] = [];
  for (const [key, block] of Object.entries(table) as Array<[PatternKey, string]>) {
    for (const rawLine of block.split('\n')) {
      let text = rawLine.trim();
      if (!text || text.startsWith('#')) continue;
      // Flags only work at the start of a line; "a|~b" would silently match a literal "~".
      if (/\|[@~=]\\/.test(text)) throw new Error(`pattern table ${lang}.${key}: flag inside a line: ${text}`);
      let local = false, weak = false, mode: Mode = 'folded';
      for (;;) {
        const c = text[0];
        if (c === '@') local = true;
        else if (c === '~') weak = true;
        else if (c === '=') mode = 'lower';
        else if (c === '!') mode = 'cased';
        else break;
        text = text.slice(1);
      }
      const source = mode === 'folded' ? foldPattern(text) : mode === 'lower' ? lowerPattern(text) : text;
      lines.push({ key, source, local, weak, mode, lang });
    }
  }
  return lines;
}

/**
 * Every line of every table, indexed for the literal prefilter (text/regex-prefilter.ts): one scan of a message's
 * form tells which of the thousand lines could match it, and only those run. The answers are those of running
 * every line.
 */
export class PatternIndex {
  private readonly filters = new Map<Mode, RegexPrefilter>();
  private readonly slots = new Map<Line, number>();

  constructor(lines: Line[]) {
    for (const mode of MODES) {
      const own = lines.filter((l) => l.mode === mode);
      own.forEach((l, i) => this.slots.set(l, i));
      this.filters.set(mode, new RegexPrefilter(own.map((l) => {
        const source = expand(l);
        return { source, flags: source.includes('\\p{') ? 'u' : '' };
      })));
    }
  }

  slotOf(line: Line): number {
    const slot = this.slots.get(line);
    if (slot === undefined) throw new Error(`pattern line not indexed: ${line.lang}.${line.key} ${line.source}`);
    return slot;
  }

  /** For each line of `mode` (by slot), 1 when it may match `text`. */
  candidates(mode: Mode, text: string): Uint8Array {
    return this.filters.get(mode)!.candidates(text);
  }
}

const regexCache = new Map<string, RegExp>();
function regexFor(source: string, flags: string): RegExp {
  const id = `${flags}/${source}`;
  let re = regexCache.get(id);
  if (!re) {
    re = new RegExp(source, flags);
    regexCache.set(id, re);
  }
  return re;
}

function compileGroup(lines: Line[], index: PatternIndex): Map<PatternKey, Partial<Record<Mode, CompiledLines>>> {
  const byGroup = new Map<string, Line[]>();
  for (const l of lines) {
    const id = `${l.key}\u0000${l.mode}`;
    const list = byGroup.get(id) ?? [];
    list.push(l);
    byGroup.set(id, list);
  }
  const out = new Map<PatternKey, Partial<Record<Mode, CompiledLines>>>();
  for (const [id, group] of byGroup) {
    const [key, mode] = id.split('\u0000') as [PatternKey, Mode];
    const entry = out.get(key) ?? {};
    const sources = group.map(expand);
    // The u flag only where a Unicode property is used: without it irregexp scans literals faster. The whole group
    // shares one flag, as it did when the group ran as one alternation, so every line means what it always meant.
    const flags = sources.some((s) => s.includes('\\p{')) ? 'u' : '';
    entry[mode] = { slots: Int32Array.from(group, (l) => index.slotOf(l)), res: sources.map((source) => regexFor(source, flags)) };
    out.set(key, entry);
  }
  return out;
}

/** Builds the matchers used for messages detected as `language`: every table's global lines plus its own local ones. */
export function compileFor(language: DetectedLanguage, all: Line[], index: PatternIndex): CompiledSet {
  const usable = all.filter((l) => !l.local || language === 'und' || l.lang === language);
  const strong = compileGroup(usable.filter((l) => !l.weak), index);
  const weak = compileGroup(usable.filter((l) => l.weak), index);
  const keys = [...new Set(usable.map((l) => l.key))];
  return { keys, strong, weak };
}
