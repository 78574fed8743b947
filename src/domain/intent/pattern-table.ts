import { fold } from '../language/clean-text';
import type { DetectedLanguage, LanguageCode } from '../language/languages';
import type { Intent } from './intents';

/**
 * `thanks` is not an intent of its own: a message that only thanks is tagged `greeting`;
 * thanks next to an ask adds nothing.
 */
export type PatternKey = Exclude<Intent, 'other'> | 'thanks';

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

/** Weak hits of the key are dropped when any of the listed intents also matched. */
export const SUPPRESSED_BY: Partial<Record<PatternKey, Intent[]>> = {
  price_inquiry: ['discount_request', 'quote_revision', 'catalog_request', 'competitor_mention', 'shipping', 'complaint'],
  sample_request: ['complaint'],
  shipping: ['complaint', 'lead_time', 'order_split', 'payment_extension'],
  complaint: ['payment_extension', 'quote_revision', 'order_split'],
  payment_terms: ['payment_extension', 'order_confirmation'],
  lead_time: ['complaint'],
  customization: ['complaint', 'quote_revision'],
  order_confirmation: ['quote_revision', 'order_split', 'payment_extension'],
  discount_request: ['competitor_mention'],
  moq: [],
};

type Mode = 'folded' | 'lower' | 'cased';
interface Line { key: PatternKey; source: string; local: boolean; weak: boolean; mode: Mode; lang: LanguageCode | '*' }

/** The compiled matchers for one detected language: per key, strong and weak regexes per text form. */
export interface CompiledSet {
  keys: PatternKey[];
  strong: Map<PatternKey, Partial<Record<Mode, RegExp>>>;
  weak: Map<PatternKey, Partial<Record<Mode, RegExp>>>;
}

const BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`;

export function parseTable(lang: LanguageCode | '*', table: PatternTable): Line[] {
  const lines: Line[] = [];
  for (const [key, block] of Object.entries(table) as Array<[PatternKey, string]>) {
    for (const rawLine of block.split('\n')) {
      let text = rawLine.trim();
      if (!text || text.startsWith('#')) continue;
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
      const source = mode === 'folded' ? fold(text) : mode === 'lower' ? text.toLowerCase() : text;
      lines.push({ key, source, local, weak, mode, lang });
    }
  }
  return lines;
}

function compileGroup(lines: Line[]): Map<PatternKey, Partial<Record<Mode, RegExp>>> {
  const bySource = new Map<string, string[]>();
  for (const l of lines) {
    const id = `${l.key}\u0000${l.mode}`;
    const list = bySource.get(id) ?? [];
    list.push(l.source.replaceAll('\\b', BOUNDARY));
    bySource.set(id, list);
  }
  const out = new Map<PatternKey, Partial<Record<Mode, RegExp>>>();
  for (const [id, sources] of bySource) {
    const [key, mode] = id.split('\u0000') as [PatternKey, Mode];
    const entry = out.get(key) ?? {};
    entry[mode] = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');
    out.set(key, entry);
  }
  return out;
}

/** Builds the matchers used for messages detected as `language`: every table's global lines plus its own local ones. */
export function compileFor(language: DetectedLanguage, all: Line[]): CompiledSet {
  const usable = all.filter((l) => !l.local || language === 'und' || l.lang === language);
  const strong = compileGroup(usable.filter((l) => !l.weak));
  const weak = compileGroup(usable.filter((l) => l.weak));
  const keys = [...new Set(usable.map((l) => l.key))];
  return { keys, strong, weak };
}
