import { detectLanguage } from './language/detect-language';
import type { DetectedLanguage } from './language/languages';
import type { Intent } from './intent/intents';
import { tagIntents } from './intent/tag-intents';

export interface ClassifyInput {
  text: string;
  /** the contact's country, ISO 3166-1 alpha-2 */
  country?: string | null;
  /** the contact's earlier messages, oldest first */
  previous?: string[];
}

export interface Classification {
  language: DetectedLanguage;
  intents: Intent[];
}

/** Language and trade intents of one buyer message. Pure and total: any input gives a result. */
export function classifyMessage(input: ClassifyInput): Classification {
  const text = typeof input?.text === 'string' ? input.text : '';
  const language = detectLanguage(text, { country: input?.country, previous: input?.previous });
  return { language, intents: tagIntents(text, language) };
}
