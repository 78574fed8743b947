// Groups of training rows that are one message written once and then translated (or adapted) into other languages.
// Every training file is written that way: a block of messages per language, the same templates in the same order,
// a few dropped or relabelled here and there. Trained on as they are, a template's wording (a name it greets, a word
// it leans on) counts once per language, ~16 times, and the model reads that wording as the template's intents.
// The trainer can weigh each row of a group by the group's size (TRANSLATION_WEIGHING, see train-intent-model.ts).
import { loadTrainingByAuthor, type Labelled } from '../tests/domain/classify-dataset';

/** What a translation keeps: the intents and the kind of example (the words and often the numbers change). */
const labelKey = (row: Labelled) => `${[...row.intents].sort().join('+')}|${row.kind ?? ''}`;

/**
 * Below this share of a language's rows lined up with the reference language, that language is not a translation of
 * it. Translated blocks line up at 0.6–0.98 of their rows; the same blocks shuffled, at 0.04–0.24.
 */
const MIN_ALIGNED_SHARE = 0.4;

/** Index pairs [i in a, j in b] of one longest common subsequence of a and b (deterministic). */
export function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const width = b.length + 1;
  const len = new Uint16Array((a.length + 1) * width); // len[i * width + j]: LCS of a[i..] and b[j..]
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      len[i * width + j] = a[i] === b[j] ? len[(i + 1) * width + j + 1] + 1 : Math.max(len[(i + 1) * width + j], len[i * width + j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (len[(i + 1) * width + j] >= len[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * For each row of ONE file (one author), the index of the row its translation group is named by (itself when it has
 * none). Each language's rows, in file order, are lined up with a reference language's on their intents and kind (a
 * longest common subsequence), and a lined-up row joins the reference row's group. The reference is the language
 * that lines up with the most rows of the others: in a file whose blocks are not all translations of one another
 * (labelled.jsonl: en, zh and es written apart, the other 13 translated), it is one of those that are. Rows of
 * undetermined language are never grouped.
 */
export function translationGroups(rows: readonly Labelled[]): number[] {
  const group = rows.map((_, i) => i);
  const byLanguage = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.language !== 'und') byLanguage.set(row.language, [...(byLanguage.get(row.language) ?? []), i]);
  });
  const languages = [...byLanguage.values()].map((indices) => ({ indices, keys: indices.map((i) => labelKey(rows[i])) }));
  const aligned = (a: (typeof languages)[number], b: (typeof languages)[number]) => {
    const pairs = commonSubsequence(a.keys, b.keys);
    return pairs.length >= MIN_ALIGNED_SHARE * b.keys.length ? pairs : [];
  };
  let reference = languages[0], best = -1;
  for (const candidate of languages) {
    const lined = languages.reduce((n, other) => n + (other === candidate ? 0 : aligned(candidate, other).length), 0);
    if (lined > best) [reference, best] = [candidate, lined];
  }
  for (const other of languages) {
    if (other === reference) continue;
    for (const [r, o] of aligned(reference, other)) group[other.indices[o]] = reference.indices[r];
  }
  return group;
}

/** How a row of a group of n translations is weighed. */
export type Weighing = (groupSize: number) => number;
/**
 * none: every row 1 (the training the shipped weights come from); once: 1 / n, a template counts as one message;
 * sqrt: 1 / √n, in between: a template in 16 languages counts 4 times, for the languages it adds.
 */
export const WEIGHINGS: Record<string, Weighing> = { none: () => 1, once: (n) => 1 / n, sqrt: (n) => 1 / Math.sqrt(n) };

/** The weighing named by TRANSLATION_WEIGHING (default none). */
function weighingFromEnv(): Weighing {
  const name = process.env.TRANSLATION_WEIGHING ?? 'none';
  if (!WEIGHINGS[name]) throw new Error(`TRANSLATION_WEIGHING: one of ${Object.keys(WEIGHINGS).join(', ')}`);
  return WEIGHINGS[name];
}

/** A weight for each row of ONE file (an author translates their own templates), from its translation group's size. */
export function translationWeights(rows: readonly Labelled[], weigh: Weighing): number[] {
  const groups = translationGroups(rows);
  const sizes = new Map<number, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  return groups.map((g) => weigh(sizes.get(g)!));
}

/**
 * The training messages by author, each row with its weight, as the environment asks (TRAIN_ON_DEV=1 adds dev.jsonl
 * and dev4.jsonl; TRANSLATION_WEIGHING): what train-intent-model.ts and lofo-intents.ts both train on.
 */
export function trainingFromEnv(): Array<{ author: string; rows: Labelled[]; weights: number[] }> {
  const weigh = weighingFromEnv();
  return loadTrainingByAuthor({ dev: process.env.TRAIN_ON_DEV === '1' }).map((a) => ({ ...a, weights: translationWeights(a.rows, weigh) }));
}
