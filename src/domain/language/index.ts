export { detectLanguage, type LanguageHints } from './detect-language';
export { SUPPORTED_LANGUAGES, isLanguageCode, fromFranc, type LanguageCode, type DetectedLanguage } from './languages';
export { cleanForIntents, cleanForLanguage, fold } from './clean-text';
