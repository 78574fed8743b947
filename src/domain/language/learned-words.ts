// The words the training messages tie to one Latin-script language (scripts/learn-language-words.ts writes
// ./learned-words.json, copied beside the bundle by the build). Read at the first word the hand vocabulary lacks.
import { readFileSync } from 'node:fs';
import type { LatinLanguage } from './latin-tokens';

interface LearnedWordsFile { words: Record<string, [LatinLanguage, number]> }

let learned: Map<string, { lang: LatinLanguage; share: number }> | undefined;

/** The language a folded word was learned for and the share of its training messages in it, if any. */
export function learnedWord(folded: string): { lang: LatinLanguage; share: number } | undefined {
  if (!learned) {
    const file = JSON.parse(readFileSync(new URL('./learned-words.json', import.meta.url), 'utf8')) as LearnedWordsFile;
    learned = new Map(Object.entries(file.words).map(([word, [lang, share]]) => [word, { lang, share }]));
  }
  return learned.get(folded);
}
