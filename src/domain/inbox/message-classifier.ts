import { classifyWithConfidence } from '../classify';

/** Language and trade intents of a buyer's message (the classifier lives in its own module). */
export type MessageClassifier = (
  text: string,
  hints: { country?: string | null },
) => { language: string | null; intents: string[]; confidence?: Record<string, number> };

export const defaultClassifier: MessageClassifier = (text, hints) => {
  const { language, intents, tags } = classifyWithConfidence({ text, country: hints.country });
  return { language: language === 'und' ? null : language, intents, confidence: Object.fromEntries(tags.map((t) => [t.intent, t.confidence])) };
};
