// A short reply read in the light of the rep's last message: "air" after "sea or air?" is about shipping, "yes please"
// after "would you like samples?" asks for samples. The rep's message is read with the same pattern tables as the
// buyer's (what topic it raises), plus its shape (question-shape.ts: does it offer, does it ask to pick). The reply
// inherits the topic only when it says nothing of its own; what it inherits is at CONTEXT_CONFIDENCE: emitted, but
// below the action threshold (confidence.ts), since the topic is inferred, not said.
import type { DetectedLanguage } from '../language/languages';
import { detectLanguage } from '../language/detect-language';
import { fold } from '../language/clean-text';
import { CONTEXT_CONFIDENCE, EMIT_THRESHOLD } from './confidence';
import type { Intent } from './intents';
import { ALIASES, type PatternKey } from './pattern-table';
import { patternKeysOf } from './tag-intents';
import { questionShape, type QuestionShape } from './question-shape';
import { shortReplyKind } from './short-reply';

// What a value answers ("air", "TT", "black", "12 inch"). Not quantities or dates of a meeting: "2000" after "how many
// pieces?" and "Friday works" after "a call Thursday or Friday?" are labelled other in our data.
const ANSWERED_BY_A_VALUE = new Set<Intent>(['shipping', 'payment_terms', 'customization', 'certification']);
// What a rep offers to send or do that a yes takes up ("samples?", "the catalogue?", "the CE certificate?", "your logo?").
const TAKEN_UP_BY_A_YES = new Set<Intent>(['sample_request', 'catalog_request', 'certification', 'customization', 'shipping', 'payment_terms']);
// Longest rep message read: a question sits at its end, and a pasted 100 KB does not get scanned twice.
const MAX_REP_CHARS = 2000;

/** What the rep's message is about (the tables' topics) and its shape. */
export interface RepMessage extends QuestionShape { topics: Set<Intent> }

/**
 * The rep's message read with the pattern tables of its own language and of the buyer's (a short rep message is often
 * detected as another language, and the rep usually writes the buyer's).
 */
export function readRepMessage(text: string, buyerLanguage: DetectedLanguage): RepMessage {
  const clipped = text.length > MAX_REP_CHARS ? text.slice(-MAX_REP_CHARS) : text;
  const repLanguage = detectLanguage(clipped, {});
  // the question's own sentence first: "USD 4.10 FOB Ningbo. Would you like samples?" offers samples, not a way to ship
  const question = lastQuestion(clipped);
  const keys = topicKeys(question, repLanguage, buyerLanguage);
  if (keys.size === 0) for (const [k, c] of topicKeys(clipped, repLanguage, buyerLanguage)) keys.set(k, c);
  // the most specific topics only: "¿Le envío el catálogo?" is about the catalogue, not the bare "envío" of shipping
  const keyed = [...keys].filter(([key]) => key !== 'thanks' && key !== 'greeting');
  const best = Math.max(0, ...keyed.map(([, c]) => c));
  const topics = new Set<Intent>(keyed.filter(([, c]) => c === best).map(([key]) => ALIASES[key] ?? (key as Intent)));
  return { topics, ...questionShape(fold(question)) };
}

function topicKeys(text: string, repLanguage: DetectedLanguage, buyerLanguage: DetectedLanguage): Map<PatternKey, number> {
  const keys = new Map<PatternKey, number>(patternKeysOf(text, repLanguage));
  if (buyerLanguage !== repLanguage) for (const [k, c] of patternKeysOf(text, buyerLanguage)) keys.set(k, Math.max(keys.get(k) ?? 0, c));
  return keys;
}

// The sentence that ends with the last question mark (the whole text when there is none).
function lastQuestion(text: string): string {
  const end = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'), text.lastIndexOf('؟'));
  if (end < 0) return text;
  const before = text.slice(0, end);
  const start = Math.max(0, ...['. ', '! ', '\n', '。', '！', '؟', '?', '？'].map((p) => {
    const at = before.lastIndexOf(p);
    return at < 0 ? 0 : at + p.length;
  }));
  return text.slice(start, end + 1);
}

/**
 * Changes `scores` (the reply's own, already blended) in place: a short reply without a topic of its own takes the
 * topic of the rep's question or offer; a "no" takes nothing. `thanks`: the reply thanks or
 * acknowledges, which inherits nothing ("thanks", "ok thanks" after anything stay other) unless it also says yes
 * ("oui merci" to "voulez-vous le catalogue ?").
 */
export function readReplyToPrevious(scores: Map<Intent, number>, reply: string, thanks: boolean, rep: RepMessage): void {
  const kind = shortReplyKind(fold(reply));
  if (!kind || !rep.asks) return;
  // a "no" to a question inherits nothing; a likely opt-out in it stays: a missed stop costs more than a paused sequence
  if (kind === 'no') return;
  if (thanks && kind !== 'yes') return;
  const ownTopics = [...scores].some(([intent, c]) => c >= EMIT_THRESHOLD && intent !== 'greeting');
  if (ownTopics) return;
  const inheritable = kind === 'yes' || kind === 'ok' ? (rep.offers ? TAKEN_UP_BY_A_YES : null) : rep.choose || rep.offers ? ANSWERED_BY_A_VALUE : null;
  if (!inheritable) return;
  for (const topic of rep.topics) if (inheritable.has(topic)) scores.set(topic, Math.max(scores.get(topic) ?? 0, CONTEXT_CONFIDENCE));
}
