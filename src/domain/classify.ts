import { MAX_RAW_CHARS } from './language/clean-text';
import { detectLanguage } from './language/detect-language';
import type { DetectedLanguage } from './language/languages';
import { quotedWeight, readInContext, splitQuoted } from './intent/context';
import { CONTEXT_CONFIDENCE, EMIT_THRESHOLD } from './intent/confidence';
import { emojiOnlyIntents } from './intent/emoji-only';
import type { Intent } from './intent/intents';
import { emitted, scoreIntents } from './intent/tag-intents';
import { termOfTheRevision } from './intent/requote';
import { isAutoReply } from './intent/auto-reply';
import { blend, modelScores, type BlendThresholds } from './intent/model/blend';
import type { IntentModel } from './intent/model/intent-model';

export interface ClassifyInput {
  text: string;
  /** the contact's country, ISO 3166-1 alpha-2 */
  country?: string | null;
  /** the conversation's earlier messages, oldest first */
  previous?: string[];
}

export interface Classification {
  language: DetectedLanguage;
  intents: Intent[];
}

/** One tag and how sure the classifier is of it (0–1); see intent/confidence.ts for what each level may do. */
export interface IntentTag { intent: Intent; confidence: number }

export interface ScoredClassification extends Classification {
  /** every tag at or above the emit threshold, `intents` in the same order */
  tags: IntentTag[];
}

/** Another model or blend thresholds (scripts/lofo-intents.ts: a model that never saw an author); the shipped ones otherwise. */
export interface ClassifierTuning { model?: IntentModel; thresholds?: BlendThresholds }

/** Language, trade intents and their confidence. Pure and total: any input gives a result. */
export function classifyWithConfidence(input: ClassifyInput, tuning: ClassifierTuning = {}): ScoredClassification {
  // Every stage reads the start only: a 100 KB message costs what 8 KB does.
  const raw = typeof input?.text === 'string' ? input.text : '';
  const text = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
  const previous = Array.isArray(input?.previous) ? input.previous.filter((p): p is string => typeof p === 'string') : undefined;
  const language = detectLanguage(text, { country: input?.country, previous });
  const { own, quoted } = splitQuoted(text);
  const scores = blend(scoreIntents(own, language), modelScores(own, tuning.model), tuning.thresholds);
  // A quoted part is passed on for us to answer when the buyer's own words ask nothing: none, or only a greeting
  // ("Hi Jenny, see below" over a customer's complaint).
  if (quoted && [...scores.keys()].every((intent) => intent === 'greeting')) {
    const weight = quotedWeight(quoted);
    for (const [intent, c] of scoreIntents(quoted, language)) if (!scores.has(intent)) scores.set(intent, c * weight);
  }
  readInContext(scores, own.trim(), previous, language);
  termOfTheRevision(scores, own, language);
  // a message of emoji alone says what the words would ("💰❓", "🤝✅"): emitted, never acted on (intent/emoji-only.ts)
  if (scores.size === 0) for (const intent of emojiOnlyIntents(own, previous?.[previous.length - 1])) scores.set(intent, CONTEXT_CONFIDENCE);
  // an automatic reply asks nothing, whatever its dates and addresses read like (intent/auto-reply.ts)
  if (scores.size && isAutoReply(own)) scores.clear();
  // An opt-out is the whole message: what else it says (a letter's salutation, "wrong number", "your daily offers")
  // is the reason to stop, not an ask to answer. Every opt-out in our labelled sets carries that one tag.
  if ((scores.get('opt_out') ?? 0) >= EMIT_THRESHOLD) for (const intent of [...scores.keys()]) if (intent !== 'opt_out') scores.delete(intent);
  // Asking to pay later is about a payment already agreed: "the balance" in it is no new question on payment terms,
  // unless the buyer also lays out a split ("30% deposit, the rest 60 days after arrival": terms and a later payment).
  const extension = scores.get('payment_extension') ?? 0;
  if (extension >= EMIT_THRESHOLD && !/\d\s*%/.test(own)) scores.delete('payment_terms');
  const intents = emitted(scores);
  const tags = intents.filter((i) => scores.has(i)).map((intent) => ({ intent, confidence: Math.round(scores.get(intent)! * 100) / 100 }));
  return { language, intents, tags };
}

/** Language and trade intents (those at or above EMIT_THRESHOLD in intent/confidence.ts) of one buyer message. */
export function classifyMessage(input: ClassifyInput): Classification {
  const { language, intents } = classifyWithConfidence(input);
  return { language, intents };
}
