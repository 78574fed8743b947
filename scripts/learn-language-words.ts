// Learns which words tell a Latin-script language apart, from the training messages only (never the dev, test or
// held-out splits), and writes src/domain/language/learned-words.json. The hand vocabulary (vocabulary.ts) knows the
// words we thought of; buyers use many more ("cuánto", "tá", "grazie mille", "bedankt"), and a word seen in several
// messages of one language and rarely in another is evidence the detector can weigh. Deterministic.
// Run: npm run learn:language
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanForLanguage, fold } from '../src/domain/language/clean-text';
import { latinTokens, LATIN_LANGUAGES, type LatinLanguage } from '../src/domain/language/latin-tokens';
import { loadTraining } from '../tests/domain/classify-dataset';

const OUT = fileURLToPath(new URL('../src/domain/language/learned-words.json', import.meta.url));
/** a word in fewer messages than this is one writer's habit, not the language's */
const MIN_MESSAGES = 2;
/** the share of its messages that must be in one language */
const MIN_SHARE = 0.8;

const rows = loadTraining().filter((r) => (LATIN_LANGUAGES as readonly string[]).includes(r.language));
const seen = new Map<string, Map<LatinLanguage, number>>();
for (const row of rows) {
  const words = new Set(latinTokens(cleanForLanguage(row.text)).map(fold).filter((w) => w.length >= 2 && !/\d/.test(w)));
  for (const w of words) {
    const byLang = seen.get(w) ?? new Map<LatinLanguage, number>();
    byLang.set(row.language as LatinLanguage, (byLang.get(row.language as LatinLanguage) ?? 0) + 1);
    seen.set(w, byLang);
  }
}
const words: Record<string, [LatinLanguage, number]> = {};
for (const [w, byLang] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
  let total = 0, best: LatinLanguage | undefined, bestCount = 0;
  for (const [l, n] of byLang) { total += n; if (n > bestCount) { best = l; bestCount = n; } }
  // smoothed: one unseen message of another language is assumed, so a word seen twice is worth less than one seen ten times
  const share = bestCount / (total + 1);
  if (best && bestCount >= MIN_MESSAGES && bestCount / total >= MIN_SHARE) words[w] = [best, Math.round(share * 100) / 100];
}
writeFileSync(OUT, `${JSON.stringify({ generatedBy: `scripts/learn-language-words.ts from ${rows.length} training messages`, words })}\n`);
console.log(`learned ${Object.keys(words).length} words from ${rows.length} training messages → ${OUT}`);
