// "And CIF Hamburg?" right after "FOB Shanghai USD 7,400": the buyer asks for the same quote on another Incoterm, a
// revision of the quote (our labels: quote_revision alone), not a question on how the goods travel.
import type { DetectedLanguage } from '../language/languages';
import { fold } from '../language/clean-text';
import { CONTEXT_CONFIDENCE, EMIT_THRESHOLD } from './confidence';
import type { Intent } from './intents';
import { patternKeysOf } from './tag-intents';

const INCOTERM = /\b(fob|cif|cfr|c&f|cnf|exw|ex-?works|ddp|dap|ddu|fca|cpt|cip)\b/g;
// Longest rep message read for its terms (a pasted 100 KB is not scanned).
const MAX_REP_CHARS = 2000;

const termsIn = (folded: string) => new Set([...folded.matchAll(INCOTERM)].map((m) => m[1]));

/**
 * Changes `scores` in place when `reply` (short) names an Incoterm the rep's quote (`rep`: an Incoterm and a figure)
 * did not: a quote revision, and no shipping unless the reply says more about shipping than the term.
 */
export function requoteIncoterm(scores: Map<Intent, number>, reply: string, rep: string, language: DetectedLanguage): void {
  const folded = fold(reply);
  const asked = termsIn(folded);
  if (asked.size === 0) return;
  const quoted = fold(rep.length > MAX_REP_CHARS ? rep.slice(0, MAX_REP_CHARS) : rep);
  const quotedTerms = termsIn(quoted);
  if (quotedTerms.size === 0 || !/\d/.test(quoted) || [...asked].every((t) => quotedTerms.has(t))) return;
  scores.set('quote_revision', Math.max(scores.get('quote_revision') ?? 0, CONTEXT_CONFIDENCE));
  dropShippingNamedByTermOnly(scores, folded, language);
}

/**
 * Changes `scores` in place: a quote revision asked on another Incoterm ("redo the offer CIF Valencia instead of FOB")
 * names the term as what the new quote is on, no question on how the goods travel; shipping stays only when the
 * message says more about it than the term (a forwarder, a way to ship). Our older labels: quote_revision alone (87 of
 * 108 such rows).
 */
export function termOfTheRevision(scores: Map<Intent, number>, own: string, language: DetectedLanguage): void {
  if ((scores.get('quote_revision') ?? 0) < EMIT_THRESHOLD || !scores.has('shipping')) return;
  const folded = fold(own);
  if (!termsIn(folded).size) return;
  dropShippingNamedByTermOnly(scores, folded, language);
}

// The term names what the quote is on; shipping stays when the message says more about it (a forwarder, a way to ship).
function dropShippingNamedByTermOnly(scores: Map<Intent, number>, folded: string, language: DetectedLanguage): void {
  const withoutTerms = patternKeysOf(folded.replace(INCOTERM, ' '), language);
  if (!withoutTerms.has('shipping') && !withoutTerms.has('shipping_cost')) scores.delete('shipping');
}
