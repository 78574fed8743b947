import { cleanForIntents, fold } from '../language/clean-text';
import type { DetectedLanguage, LanguageCode } from '../language/languages';
import { EMIT_THRESHOLD, STRONG_CONFIDENCE, WEAK_CONFIDENCE } from './confidence';
import { INTENTS, type Intent } from './intents';
import { maskLateReplyApology } from './apology';
import { maskNegatedAsks } from './negation';
import { maskOwnLatePayment } from './own-late-payment';
import { maskProductSpecs } from './product-spec';
import { maskNothingWrong } from './not-a-complaint';
import { maskHowMuchOfOther } from './how-much-of';
import { maskSampleCostAsked } from './sample-cost-asked';
import { maskFaultNotASpec } from './fault-not-a-spec';
import { maskRivalToldNotAsked } from './rival-told';
import { maskPaidOnArrival } from './paid-on-arrival';
import { maskDepartureAsked } from './departure-asked';
import { maskCarriageOnUs } from './carriage-on-us';
import { maskSentByChat } from './sent-by-chat';
import { maskSamplePaid } from './sample-paid';
import { maskSampleNotAsked } from './sample-not-asked';
import { maskSampleApproved } from './sample-approved';
import { maskPaymentSplit } from './payment-split';
import { maskPaymentMade } from './payment-made';
import { maskAsQuoted } from './as-quoted';
import { maskThisPriceFinal } from './this-price-final';
import { maskPerColourQuantity } from './per-colour-quantity';
import { maskHypotheticalOrder } from './hypothetical-order';
import { maskNotAnExtension } from './not-an-extension';
import { maskNotASplit } from './not-a-split';
import { maskReadyNowSplit, maySplitWithoutASplitWord, splitsWithoutASplitWord } from './split-ready-now';
import { rereadUnworded } from './unworded-asks';
import { maskForwarderCollects } from './forwarder-collects';
import { maskOwnCertificate } from './own-certificate';
import { maskCatalogueSeen } from './price-list-asked';
import { maskBestPriceOnly } from './best-price-only';
import { maskPapersToCorrect } from './reissue-the-papers';
import { maskShipmentReceived } from './shipment-received';
import { maskTransitAsked } from './transit-asked';
import { maskOwnStockEnough } from './own-stock-enough';
import { maskQuotedGreeting } from './quoted-greeting';
import { maskCarrierNotifications } from './carrier-notifications';
import { maskAwayNotice } from './away-notice';
import { detectOptOut } from './opt-out';
import { blankAligned, foldOffsets } from './fold-alignment';
import {
  ALIASES, anyLiveLineMatches, compileFor, OVERRIDDEN_BY, parseTable, PatternIndex, SUPPRESSED_BY, type CompiledLines, type CompiledSet, type Mode, type PatternKey,
  type PatternTable,
} from './pattern-table';
import { ar } from './ar.patterns';
import { de } from './de.patterns';
import { en } from './en.patterns';
import { es } from './es.patterns';
import { fr } from './fr.patterns';
import { id } from './id.patterns';
import { it } from './it.patterns';
import { ja } from './ja.patterns';
import { ko } from './ko.patterns';
import { nl } from './nl.patterns';
import { pl } from './pl.patterns';
import { pt } from './pt.patterns';
import { ru } from './ru.patterns';
import { tr } from './tr.patterns';
import { universal } from './universal.patterns';
import { vi } from './vi.patterns';
import { zh } from './zh.patterns';

/** Every language's table; a new language is one file and one line here. */
export const PATTERN_TABLES: Record<LanguageCode, PatternTable> = { en, zh, es, pt, fr, de, ru, ar, tr, it, pl, id, vi, ja, ko, nl };

const LINES_BY_TABLE = new Map<LanguageCode | '*', ReturnType<typeof parseTable>>([
  ['*', parseTable('*', universal)],
  ...(Object.entries(PATTERN_TABLES) as Array<[LanguageCode, PatternTable]>).map(([lang, table]) => [lang, parseTable(lang, table)] as const),
]);

// Languages whose buyers' messages are easily read as each other's: their tables run together.
const NEIGHBOURS: Partial<Record<LanguageCode, LanguageCode[]>> = {
  es: ['pt', 'it'], pt: ['es', 'it'], it: ['es', 'pt', 'fr'], fr: ['it', 'es'], de: ['nl'], nl: ['de'], id: ['en'], pl: [], tr: [],
};
const SCRIPT_TABLES: Array<[RegExp, LanguageCode[]]> = [
  [/[\u4e00-\u9fff\u3400-\u4dbf]/, ['zh', 'ja']],
  [/[\u3040-\u30ff]/, ['ja']],
  [/[\uac00-\ud7af\u1100-\u11ff]/, ['ko']],
  [/[\u0600-\u06ff]/, ['ar']],
  [/[\u0400-\u04ff]/, ['ru']],
];
const INDEX = new PatternIndex([...LINES_BY_TABLE.values()].flat());

const EVERY_TABLE_KEYS = new Set<PatternKey>(['greeting', 'thanks', 'opt_out']);
const compiled = new Map<string, CompiledSet>();
/** the same sets by the language and the scripts present (a bit each, SCRIPT_TABLES order) */
const bySituation = new Map<string, CompiledSet>();

/**
 * The tables worth running: English and trade shorthand always, the detected language and its close
 * neighbours, and the table of any non-Latin script present. A table for a script the text does not
 * contain cannot match, and skipping unrelated Latin tables makes tagging several times faster.
 * `und` runs everything.
 */
function matchersFor(language: DetectedLanguage, text: string): CompiledSet {
  // the tables follow from the language and the scripts present: found by those first, without spelling the list out
  let scripts = 0;
  for (let i = 0; i < SCRIPT_TABLES.length; i++) if (SCRIPT_TABLES[i][0].test(text)) scripts |= 1 << i;
  const quick = `${language}:${scripts}`;
  const known = bySituation.get(quick);
  if (known) return known;
  const tables = new Set<LanguageCode | '*'>(['*', 'en']);
  if (language === 'und') for (const lang of LINES_BY_TABLE.keys()) tables.add(lang);
  else for (const lang of [language, ...(NEIGHBOURS[language] ?? [])]) tables.add(lang);
  SCRIPT_TABLES.forEach(([, langs], i) => { if (scripts & (1 << i)) for (const lang of langs) tables.add(lang); });
  const key = `${language}:${[...tables].sort().join(',')}`;
  let set = compiled.get(key);
  if (!set) {
    // Greetings cross languages ("Bonjour, please send…"), and a missed opt-out is costly: those run from every table.
    const lines = [...LINES_BY_TABLE].flatMap(([t, ls]) => (tables.has(t) ? ls : ls.filter((l) => EVERY_TABLE_KEYS.has(l.key))));
    set = compileFor(language, lines, INDEX);
    compiled.set(key, set);
  }
  bySituation.set(quick, set);
  return set;
}

/** A message's three forms, each scanned once for the literals of the pattern lines (on first use). */
class Forms {
  private readonly scans: Partial<Record<Mode, Uint8Array>> = {};
  /** `unmasked`: the forms before any mask (a masked copy keeps every character's place, so their alignment holds) */
  constructor(readonly folded: string, readonly lower: string, readonly cased: string, readonly unmasked?: Forms) {}
  private offsets?: { lower: Int32Array | null; cased: Int32Array | null };

  /** Where each character of the lower-case and cased forms starts in the folded one (worked out when first needed). */
  alignment(): { lower: Int32Array | null; cased: Int32Array | null } {
    if (this.unmasked) return this.unmasked.alignment();
    return (this.offsets ??= { lower: foldOffsets(this.lower, this.folded), cased: foldOffsets(this.cased, this.folded) });
  }

  candidates(mode: Mode): Uint8Array {
    return (this.scans[mode] ??= INDEX.candidates(mode, this[mode]));
  }
}

function anyHit(lines: CompiledLines | undefined, forms: Forms, mode: Mode): boolean {
  if (!lines) return false;
  return lines.slots.length > 0 && anyLiveLineMatches(lines, forms.candidates(mode), forms[mode]);
}

function hits(entry: Partial<Record<Mode, CompiledLines>> | undefined, forms: Forms): boolean {
  if (!entry) return false;
  return anyHit(entry.folded, forms, 'folded') || anyHit(entry.lower, forms, 'lower') || anyHit(entry.cased, forms, 'cased');
}

// Canonical order of the result: INTENTS order, so the output is stable.
const ORDER = new Map(INTENTS.map((intent, i) => [intent, i]));

// Asks that a negation or an acknowledgement cancels ("no need sample", "报价收到了"). Complaints, opt-outs,
// payment and split asks read the whole text: they are often phrased negatively themselves.
const ASK_KEYS = new Set<PatternKey>([
  'price_inquiry', 'quote_revision', 'discount_request', 'moq', 'sample_request', 'sample_cost', 'lead_time', 'shipping',
  'shipping_cost', 'payment_terms', 'order_confirmation', 'customization', 'certification', 'catalog_request',
]);

// What a key reads with more blanked than the others: the buyer's own payment running late asks for time,
// "scratch-resistant" is a spec, "no complaints" and a missed email complain of nothing; "how much is the MOQ?" asks the
// MOQ, no price; "we pay the courier" says who pays the carriage and "send it on WhatsApp" names a chat, no shipping
// question; "the sample by PayPal?" asks how to pay, no sample, nor does "it doesn't match the approved sample"; "pay
// the balance in two parts" splits a payment, not the goods; "any discount if we take 3 containers?" and "samples
// before we order" suppose an order, they place none.
// An L/C at 60 days is a way to pay and "the balance of the qty later" the rest of the goods, no later payment.
// "The two lots differ in shade" compares lots and "split the difference" meets a price: no split of the goods.
// Keys sharing a mask share one blanked copy.
const complaintMask = (folded: string) => maskPapersToCorrect(maskNothingWrong(maskProductSpecs(maskOwnLatePayment(folded))));
// (and a carrier's notifications the buyer wants off, the buyer's own closure with its dates, or the buyer's own
// forwarder collecting, ask no carriage)
// (nor does the goods' arrival that dates a payment, "pay the balance 30 days after arrival at port": paid-on-arrival.ts)
const shippingMask = (folded: string) => maskPaidOnArrival(maskForwarderCollects(maskAwayNotice(maskCarrierNotifications(maskShipmentReceived(maskSentByChat(maskCarriageOnUs(folded)))))));
const sampleMask = (folded: string) => maskSampleApproved(maskSampleNotAsked(maskSamplePaid(folded)));
// a transit time asked is a shipping question, and the buyer's own stock being enough no question of stock
// (nor is the buyer's own closure, "Betriebsurlaub vom 23.12. bis 06.01.", a date the goods are needed by, nor "the rest
// when finished" in a split by readiness)
// (nor a departure asked with the tracking number, "Wann geht der Container raus? Brauche Containernummer und ETA":
// departure-asked.ts)
const leadTimeMask = (folded: string) => maskDepartureAsked(maskReadyNowSplit(maskAwayNotice(maskOwnStockEnough(maskTransitAsked(folded)))));
// who pays the carriage ("Kargo ücretini biz öderiz") asks no price either, nor does a sample's price ("Was kostet ein
// Muster?", sample-cost-asked.ts), nor the quote gone by ("as per the last offer", as-quoted.ts)
const priceMask = (folded: string) => maskThisPriceFinal(maskAsQuoted(maskSampleCostAsked(maskHowMuchOfOther(maskCarriageOnUs(folded)))));
// a payment reported done ("deposit sent today") asks no terms either (payment-made.ts)
const paymentTermsMask = (folded: string) => maskPaymentMade(maskPaymentSplit(folded));
const KEY_MASKS: Partial<Record<PatternKey, (folded: string) => string>> = {
  complaint: complaintMask,
  price_inquiry: priceMask,
  shipping: shippingMask,
  shipping_cost: shippingMask,
  sample_request: sampleMask,
  sample_cost: maskSamplePaid,
  payment_terms: paymentTermsMask,
  order_split: maskNotASplit,
  order_confirmation: maskHypotheticalOrder,
  payment_extension: maskNotAnExtension,
  lead_time: leadTimeMask,
  // a hello inside a quotation is the quoted writer's (quoted-greeting.ts)
  greeting: maskQuotedGreeting,
  certification: maskOwnCertificate,
  // a quantity per colour is an assortment's minimum, no colour made to order (per-colour-quantity.ts), and a colour or
  // a design said to be wrong is a fault reported, no custom spec (fault-not-a-spec.ts)
  customization: (folded: string) => maskFaultNotASpec(maskPerColourQuantity(folded)),
  catalog_request: maskCatalogueSeen,
  // (and a rival's offer told, nothing asked of us: rival-told.ts)
  discount_request: (folded: string) => maskRivalToldNotAsked(maskBestPriceOnly(folded)),
};

/** Blanks the spans `mask` finds in the folded form in the other forms too (see fold-alignment.ts). */
function maskedForms(forms: Forms, mask: (folded: string) => string = maskNegatedAsks): Forms {
  const folded = mask(forms.folded);
  if (folded === forms.folded) return forms;
  const { lower, cased } = forms.alignment();
  const blank = (s: string, offsets: Int32Array | null) => (offsets ? blankAligned(s, offsets, forms.folded, folded) : s);
  return new Forms(folded, blank(forms.lower, lower), blank(forms.cased, cased), forms.unmasked ?? forms);
}

/**
 * Every intent the patterns see in a buyer's message, with a confidence: 0.9 for a specific phrase, 0.7 for
 * a bare keyword that nothing more specific overrode; opt-outs come from their own detector (0.95 certain,
 * 0.7 likely). Empty when nothing matched.
 */
export function scoreIntents(text: string, language: DetectedLanguage): Map<Intent, number> {
  const found = new Map<Intent, number>();
  const read = readPatterns(text, language);
  if (!read) return found;
  const { matched, folded } = read;
  // The tables' opt-out lines are not used: their bare verbs ("别发", "no me manden") also match "别发空运".
  // (on the whole text: "delete the last message, wrong chat" is a slip, which the opt-out veto must see)
  const optOut = detectOptOut(folded, language);
  for (const [key, confidence] of matched) {
    if (key === 'thanks') continue;
    const intent = ALIASES[key] ?? (key as Intent);
    found.set(intent, Math.max(found.get(intent) ?? 0, confidence));
  }
  if (optOut > 0) found.set('opt_out', optOut);
  // A thank-you or an acknowledgement alone is no intent ("other"): two independent authors labelled it so.
  return found;
}

/**
 * The pattern keys a text matches (`thanks` and the narrower keys included, opt-outs not), with their confidence. Also
 * reads a rep's message for what it is about (context.ts): one vocabulary for both sides of the conversation.
 */
export function patternKeysOf(text: string, language: DetectedLanguage): Map<PatternKey, number> {
  const read = readPatterns(text, language);
  // a copy: the reading is remembered (lastRead) and must not change under the next caller
  return read ? new Map(read.matched) : new Map();
}

interface Reading { matched: Map<PatternKey, number>; folded: string }

// The last reading, by the cleaned text and language it depends on alone: the classifier reads the buyer's own words
// for their intents, then again in context ("thanks" alone?, context.ts); the second reading is the first.
let lastRead: { cleaned: string; language: DetectedLanguage; reading: Reading } | undefined;

function readPatterns(text: string, language: DetectedLanguage): Reading | null {
  const cleaned = cleanForIntents(typeof text === 'string' ? text : '');
  if (!cleaned) return null;
  if (lastRead && lastRead.cleaned === cleaned && lastRead.language === language) return lastRead.reading;
  const reading = readCleaned(cleaned, language);
  lastRead = { cleaned, language, reading };
  return reading;
}

function readCleaned(cleaned: string, language: DetectedLanguage): Reading {
  // Long runs of one letter ("pleeease", "hiiii") are shortened so patterns need not foresee them.
  const cased = cleaned.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const raw = new Forms(fold(cased), cased.toLowerCase(), cased);
  const forms = maskedForms(raw, maskLateReplyApology);
  const asked = maskedForms(forms);
  // a key reads the asks' forms (negations blanked) or the whole message, then what its own mask blanks (KEY_MASKS)
  const read = new Map<(folded: string) => string, Forms>();
  const formsFor = (key: PatternKey): Forms => {
    const base = ASK_KEYS.has(key) ? asked : forms;
    const mask = KEY_MASKS[key];
    if (!mask) return base;
    let f = read.get(mask);
    if (!f) read.set(mask, (f = maskedForms(base, mask)));
    return f;
  };
  const set = matchersFor(language, cased);
  const strong = new Set<PatternKey>();
  const weak = new Set<PatternKey>();
  for (const key of set.keys) {
    if (key === 'opt_out') continue;
    // A mask only blanks, so a key that reads nothing in its unmasked forms reads nothing in the masked ones: most keys
    // hit nothing in a message, and blanking their copies first cost a quarter of the throughput.
    if (KEY_MASKS[key]) {
      const base = ASK_KEYS.has(key) ? asked : forms;
      if (!hits(set.strong.get(key), base) && !hits(set.weak.get(key), base)) continue;
    }
    const f = formsFor(key);
    if (hits(set.strong.get(key), f)) strong.add(key);
    else if (hits(set.weak.get(key), f)) weak.add(key);
  }
  // a split said by readiness, mode or place with no split word the tables know ("ship those now, the rest when done")
  // (its cue words read on the unmasked text first: the split's mask only blanks, and costs more than the cues)
  if (set.keys.includes('order_split') && !strong.has('order_split') && maySplitWithoutASplitWord(forms.folded)
    && splitsWithoutASplitWord(formsFor('order_split').folded)) strong.add('order_split');
  // asks said without the words the tables pair with them (unworded-asks.ts)
  const reread = rereadUnworded((key) => formsFor(key).folded, forms.folded, new Set([...strong, ...weak]));
  for (const key of reread.drop) { strong.delete(key); weak.delete(key); }
  for (const key of reread.add) if (set.keys.includes(key)) strong.add(key);
  // Strong hits stand; a weak hit stands unless a more specific key also matched.
  const matched = new Map<PatternKey, number>([...strong].map((k) => [k, STRONG_CONFIDENCE]));
  for (const key of weak) {
    if (!(SUPPRESSED_BY[key] ?? []).some((blocker) => strong.has(blocker) || weak.has(blocker))) matched.set(key, WEAK_CONFIDENCE);
  }
  for (const key of [...matched.keys()]) {
    if ((OVERRIDDEN_BY[key] ?? []).some((blocker) => matched.has(blocker))) matched.delete(key);
  }
  return { matched, folded: raw.folded };
}

/** Intents at or above `threshold`, in INTENTS order; `['other']` when none. */
export function emitted(scores: Map<Intent, number>, threshold = EMIT_THRESHOLD): Intent[] {
  const list = [...scores].filter(([, c]) => c >= threshold).map(([i]) => i);
  if (list.length === 0) return ['other'];
  return list.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

/**
 * The trade intents in a buyer's message (multi-label, never empty: `['other']` when nothing is sure enough).
 * Patterns of every language run (buyers mix languages); lines marked local run only for `language`.
 */
export function tagIntents(text: string, language: DetectedLanguage): Intent[] {
  return emitted(scoreIntents(text, language));
}
