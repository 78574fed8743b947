import { SUPPORTED_LANGUAGES, type LanguageCode } from './languages';

/** Our languages written in Latin script: told apart by their words, not by the script. */
export type LatinLanguage = Exclude<LanguageCode, 'zh' | 'ja' | 'ko' | 'ru' | 'ar'>;
export const LATIN_LANGUAGES = SUPPORTED_LANGUAGES.filter((l) => !['zh', 'ja', 'ko', 'ru', 'ar'].includes(l)) as LatinLanguage[];

/** The lower-cased words of a text cleaned for language detection, as the detector and its word learner read them. */
export function latinTokens(cleaned: string): string[] {
  return cleaned.toLowerCase().split(/[\s\-]+/).map((t) => t.replace(/^['’]+|['’]+$/g, '')).filter(Boolean);
}
