// How the patterns and the model are combined. The patterns are precise on the phrasings they were written for;
// the model reads phrasings nobody wrote a pattern for. So: a specific phrase stands; a bare keyword stands unless the
// model is sure it is not that intent; and the model alone adds an intent it is confident of, at a confidence below
// the action threshold unless it is very sure. Negated and acknowledged asks, and the buyer's own slips ("sorry for the
// late reply"), are blanked before the model reads them.
import { OPT_OUT_LIKELY, STRONG_CONFIDENCE } from '../confidence';
import { maskLateReplyApology } from '../apology';
import { maskNegatedAsks } from '../negation';
import { isNotAnOptOut } from '../opt-out';
import { LOOK_ALIKES_FOR_MODEL } from '../look-alikes-for-model';
import { hasOptOutCue } from '../opt-out.lexicon';
import { modelText } from './features';
import { modelProbabilitiesOf, type IntentModel } from './intent-model';
import { OVERRIDDEN_BY, SUPPRESSED_BY, type PatternKey } from '../pattern-table';
import { isIntent, type Intent } from '../intents';

/** The model's probability that adds an intent the patterns did not see. */
export const MODEL_ADD_PROBABILITY = 0.6;
/**
 * The probability that adds, from the model alone, an intent something acts on (a stage move, a risk alert, a paused
 * sequence). Its guesses on short messages (a bare greeting read as a discount request) cost more there than a
 * missed tag, which the owner sees anyway.
 */
export const MODEL_ADD_ACTION_PROBABILITY = 0.8;
const ACTING = new Set<Intent>(['discount_request', 'payment_extension', 'order_split', 'complaint', 'quote_revision', 'order_confirmation', 'sample_request']);
/** Below this probability a bare-keyword hit of the patterns is dropped; 0 (off): on DEV every veto level cost more than it saved. */
export const MODEL_VETO_PROBABILITY = 0;
/**
 * The probability that makes an opt-out the patterns missed a likely one (sequences pause, the owner is asked), and
 * only when an opt-out cue (a contact word and a stop word, opt-out.lexicon.ts) is also present: the model alone
 * flagged "don't forget…" messages.
 */
export const MODEL_OPT_OUT_PROBABILITY = 0.5;
/** The model's probability of an ask, in the spans a negation or acknowledgement blanked, that marks it held or waived. */
const HELD_ASK_PROBABILITY = 0.5;
/** The confidence of a tag from the model alone: from the emit threshold at MODEL_ADD_PROBABILITY up to this. */
export const MODEL_MAX_CONFIDENCE = 0.85;
const MODEL_MIN_CONFIDENCE = 0.6;

// Asks that a negation or an acknowledgement cancels; the others (complaints, payment delays, splits, opt-outs) read the whole text.
const ASKS = new Set<Intent>([
  'price_inquiry', 'quote_revision', 'discount_request', 'moq', 'sample_request', 'lead_time', 'shipping', 'payment_terms',
  'order_confirmation', 'customization', 'certification', 'catalog_request',
]);

/** The model's probabilities for a message: asks read with negated and acknowledged spans blanked. */
export function modelScores(text: string, model?: IntentModel): Map<Intent, number> {
  const folded = modelText(text);
  // No letters (a number, a phone, emoji): nothing for the model to read.
  if (!folded || !/\p{L}/u.test(folded)) return new Map();
  // the buyer's own slips ("sorry for the late reply", "wrong chat") are read by neither the patterns nor the model;
  // a fragment left over ("war krank") is no ask of its own
  const read = maskLateReplyApology(folded).replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(read)) return new Map();
  const probs = modelProbabilitiesOf(folded, model);
  lowerToBlanked(probs, folded, read, [...probs.keys()].filter((intent) => intent !== 'opt_out'), model);
  // (and never where the patterns saw a look-alike: "remove my number from the label")
  if ((probs.get('opt_out') ?? 0) >= MODEL_OPT_OUT_PROBABILITY && (!hasOptOutCue(folded) || isNotAnOptOut(folded))) probs.set('opt_out', 0);
  // likewise a negated ask: what is left of a short message ("wir … nur den Preis") can read as an ask the whole
  // message does not make
  const unasked = maskNegatedAsks(read);
  lowerToBlanked(probs, read, unasked, ASKS, model);
  dropHeldAsks(probs, read, unasked, model);
  // and each acting intent's look-alikes ("no problem with the last order", "split the difference", "we will confirm")
  for (const { intent, mask, readFrom } of LOOK_ALIKES_FOR_MODEL) {
    if ((probs.get(intent) ?? 0) >= readFrom) lowerToBlanked(probs, read, mask(read), [intent], model);
  }
  return probs;
}

/**
 * What a negation or an acknowledgement held or waived is asked nowhere else in the message: "Каталог у нас уже есть,
 * пришлите только цены" asks no catalogue, however the rest ("пришлите…") reads. An ask the model reads in the
 * blanked spans themselves (more likely than not: the span says the ask is held, which weighs against it) is dropped.
 */
function dropHeldAsks(probs: Map<Intent, number>, text: string, blanked: string, model?: IntentModel): void {
  if (blanked === text) return;
  let held = '';
  for (let i = 0; i < text.length; i++) held += blanked[i] === text[i] ? ' ' : text[i];
  const heldProbs = modelProbabilitiesOf(held.replace(/\s+/g, ' ').trim(), model);
  for (const intent of ASKS) if ((heldProbs.get(intent) ?? 0) >= HELD_ASK_PROBABILITY) probs.set(intent, 0);
}

/**
 * Blanking a span takes evidence away and never adds any: each of `intents` keeps the lower of its probability on the
 * text and on the text with the span blanked.
 */
function lowerToBlanked(probs: Map<Intent, number>, text: string, blanked: string, intents: Iterable<Intent>, model?: IntentModel): void {
  if (blanked === text) return;
  const blankedProbs = modelProbabilitiesOf(blanked.replace(/\s+/g, ' ').trim(), model);
  for (const intent of intents) probs.set(intent, Math.min(probs.get(intent) ?? 0, blankedProbs.get(intent) ?? 0));
}

export interface BlendThresholds { add: number; veto: number; optOut: number }
const DEFAULT_THRESHOLDS: BlendThresholds = { add: MODEL_ADD_PROBABILITY, veto: MODEL_VETO_PROBABILITY, optOut: MODEL_OPT_OUT_PROBABILITY };

/** The patterns' scores (changed in place and returned) with the model's probabilities blended in. */
export function blend(patterns: Map<Intent, number>, model: Map<Intent, number>, t: BlendThresholds = DEFAULT_THRESHOLDS): Map<Intent, number> {
  if (model.size === 0) return patterns;
  const MODEL_ADD_PROBABILITY = t.add, MODEL_VETO_PROBABILITY = t.veto, MODEL_OPT_OUT_PROBABILITY = t.optOut;
  const bareKeywords = [...patterns].filter(([, c]) => c < STRONG_CONFIDENCE).map(([intent]) => intent);
  // intents the model alone added
  const guessed = new Set<Intent>();
  for (const [intent, p] of model) {
    const c = patterns.get(intent) ?? 0;
    if (intent === 'opt_out') {
      if (c === 0 && p >= MODEL_OPT_OUT_PROBABILITY) patterns.set(intent, OPT_OUT_LIKELY);
      continue;
    }
    if (c >= STRONG_CONFIDENCE) continue;
    if (c > 0) {
      if (p < MODEL_VETO_PROBABILITY) patterns.delete(intent);
      else if (p >= MODEL_ADD_PROBABILITY) patterns.set(intent, Math.max(c, STRONG_CONFIDENCE));
      continue;
    }
    if (p >= MODEL_ADD_PROBABILITY && (p >= MODEL_ADD_ACTION_PROBABILITY || !ACTING.has(intent))) {
      const confidence = MODEL_MIN_CONFIDENCE + ((MODEL_MAX_CONFIDENCE - MODEL_MIN_CONFIDENCE) * (p - MODEL_ADD_PROBABILITY)) / (1 - MODEL_ADD_PROBABILITY);
      patterns.set(intent, Math.round(confidence * 100) / 100);
      guessed.add(intent);
    }
  }
  // what overrides an intent in the patterns (pattern-table.ts) overrides it when the model read it too: "take the blue
  // ones off the quote" is a revised quote and no new price inquiry, whichever of the two saw the revision
  // (an acted-on intent the patterns saw by a specific phrase gives way to another the patterns saw, not to the model's
  // guess at it: "delete line 3 from the proforma, send the corrected PI" reads to the model like an edit of a placed
  // order; a price or a custom spec the patterns saw still gives way to the model's revision or complaint)
  for (const [intent, blockers] of OVERRIDDEN_WHEN_BLENDED) {
    const present = blockers.filter((b) => patterns.has(b));
    if (!present.length) continue;
    if (ACTING.has(intent) && (patterns.get(intent) ?? 0) >= STRONG_CONFIDENCE && present.every((b) => guessed.has(b))) for (const b of present) patterns.delete(b);
    else patterns.delete(intent);
  }
  // and a bare keyword the model did not confirm gives way to a more specific ask the model read ("a spec sheet for
  // the full line?" asks for the catalogue, no custom spec)
  for (const intent of bareKeywords) {
    if ((patterns.get(intent) ?? 1) < STRONG_CONFIDENCE && (SUPPRESSED_BY_INTENT.get(intent) ?? []).some((b) => patterns.has(b))) patterns.delete(intent);
  }
  return patterns;
}

// The pattern table's rules between intents (a blocker that is a narrower key, "shipping_cost" or "sample_cost", is no
// intent once blended). Payment terms beside a later payment or an order the model read stay: classify.ts decides those
// ("30% deposit, the rest 60 days after arrival" is both terms and a later payment; "confirmed, deposit tomorrow" both
// an order and terms).
const KEPT_BESIDE_THE_MODEL: Partial<Record<Intent, Intent[]>> = { payment_terms: ['payment_extension', 'order_confirmation', 'order_split'] };
function betweenIntents(table: Partial<Record<PatternKey, PatternKey[]>>): Map<Intent, Intent[]> {
  const rules = new Map<Intent, Intent[]>();
  for (const [key, blockers] of Object.entries(table) as Array<[PatternKey, PatternKey[]]>) {
    if (!isIntent(key)) continue;
    const kept = KEPT_BESIDE_THE_MODEL[key] ?? [];
    const intents = blockers.filter((b): b is PatternKey & Intent => isIntent(b) && !kept.includes(b));
    if (intents.length) rules.set(key, intents);
  }
  return rules;
}
const OVERRIDDEN_WHEN_BLENDED = betweenIntents(OVERRIDDEN_BY);
const SUPPRESSED_BY_INTENT = betweenIntents(SUPPRESSED_BY);
