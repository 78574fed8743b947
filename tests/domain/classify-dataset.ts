// The labelled buyer messages and the figures we hold the classifier to; shared by the tests, the bench and the trainer.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { INTENTS, type Intent } from '../../src/domain/intent/intents';
import { SUPPORTED_LANGUAGES, type DetectedLanguage } from '../../src/domain/language/languages';

const LabelledSchema = z.object({
  text: z.string(),
  language: z.enum([...SUPPORTED_LANGUAGES, 'und']),
  intents: z.array(z.enum(INTENTS)).min(1),
  country: z.string().optional(),
  previous: z.array(z.string()).optional(),
  split: z.enum(['train', 'test', 'dev', 'heldout']),
  /** what the message is an example of (negation, acknowledgement, typo, …); free text, for reading the figures */
  kind: z.string().optional(),
});
export type Labelled = z.infer<typeof LabelledSchema>;

const dataFile = (name: string) => fileURLToPath(new URL(`../data/classify/${name}`, import.meta.url));
/** The project's own messages: `train` (patterns are tuned on it) and `test` (fixed). */
export const DATASET_PATH = dataFile('labelled.jsonl');
/** More training messages written for the generalisation work (negations, opt-out phrasings, acknowledgements…). */
export const TRAIN_EXTRA_PATH = dataFile('train-extra.jsonl');
/** 2,000 more training messages by a fourth author who saw neither the code nor any other split (written for #16). */
export const TRAIN_MORE_PATH = dataFile('train-more.jsonl');
/** 3,576 more by a fifth author who saw neither the code nor any other file (#16, seventh stop), a fifth of them short. */
export const TRAIN_FIFTH_PATH = dataFile('train-fifth.jsonl');
/**
 * 2,769 more by a sixth author who saw neither the code nor any other file (#16, ninth stop), weighted to the pairs
 * the tagger confuses (discount / price, sample / catalogue, extension / terms, split / confirmation) and to short
 * messages; scored untouched first (language 98.0%, intent F1 75.4%, opt-out recall 91.5%), then trained on.
 */
export const TRAIN_SIXTH_PATH = dataFile('train-sixth.jsonl');
/**
 * 2,054 more by a seventh author, the same way, on what taggers get wrong: opt-outs as people really write them (637)
 * and their look-alikes, hard "other", shipping / lead time, customisation / catalogue, short messages; scored
 * untouched first (language 97.7%, intent F1 75.1%, opt-out recall 72.8%), then trained on.
 */
export const TRAIN_SEVENTH_PATH = dataFile('train-seventh.jsonl');
/**
 * 1,773 more by an eighth author, the same way (#16, eighteenth stop): each language's own situations rather than one
 * list translated, ~16 opt-outs and ~10 of their look-alikes a language, hard "other", short and mixed-language
 * messages; scored untouched first (language 98.9%, intent F1 78.7%, opt-out recall 90.0% at precision 91.1%), then
 * trained on.
 */
export const TRAIN_EIGHTH_PATH = dataFile('train-eighth.jsonl');
/**
 * 1,797 more by a ninth author, the same way (#16, eighteenth stop): buyers of many kinds (distributors, marketplace
 * sellers, contractors, tender buyers) and trades, confirmations and splits with their look-alikes, replies read with
 * the rep's last message; scored untouched first (language 98.8%, intent F1 77.9%, opt-out recall 95.0% at precision
 * 86.4%), its false opt-outs fixed by rules, then trained on.
 */
export const TRAIN_NINTH_PATH = dataFile('train-ninth.jsonl');
/**
 * 1,702 more by a tenth author, the same way (#16, nineteenth stop), weighted to shipping and its look-alikes, "other"
 * that reads like trade, complaints with no damage word, splits and opt-outs with their look-alikes; scored untouched
 * first (language 99.5%, intent F1 78.3%, opt-out recall 92.9% at precision 90.7%), then trained on.
 */
export const TRAIN_TENTH_PATH = dataFile('train-tenth.jsonl');
/**
 * 1,823 more by an eleventh author, the same way (#16, nineteenth stop), weighted to quote revisions and indirect
 * confirmations (many as replies to the rep's last message), customization and shipping with their look-alikes,
 * complaints said indirectly and trade-like "other"; scored untouched first (language 99.5%, intent F1 69.9%,
 * opt-out recall 96.9% at precision 75.6%: a chat given up for "email only" read as an opt-out, now a rule), then
 * trained on.
 */
export const TRAIN_ELEVENTH_PATH = dataFile('train-eleventh.jsonl');
/**
 * 1,717 more by a twelfth author, the same way (#16, nineteenth stop), weighted to order splits, customization,
 * certification and catalogue asks with their look-alikes, confirmations said in full and payment delays of many
 * kinds; scored untouched first (language 99.4%, intent F1 70.4%, opt-out recall 100% at precision 97.0%; order_split
 * recall 34.4%, payment_extension recall 47.6%), then trained on.
 */
export const TRAIN_TWELFTH_PATH = dataFile('train-twelfth.jsonl');
/**
 * 1,221 more by a thirteenth author, the same way (#16, nineteenth stop), weighted to asks made indirectly (a volume
 * hinted, a budget, a deadline, a rival's price), trade chit-chat that asks nothing, and customization against the
 * catalogue and complaints; scored untouched first (language 99.0%, intent F1 72.9%, opt-out recall 100% at
 * precision 95.2%), then trained on.
 */
export const TRAIN_THIRTEENTH_PATH = dataFile('train-thirteenth.jsonl');
/**
 * 1,200 more by a fourteenth author, the same way (#16, twentieth stop), in es, de, pl, nl, pt, it, fr and tr only,
 * weighted to opt-outs of every register and their look-alikes, splits and their look-alikes, and replies; scored
 * untouched first (language 98.8%, intent F1 80.4%, opt-out recall 85.6% at precision 98.3%), then trained on. The
 * author reports that after Spanish the other seven languages follow its list of situations, in their own wording.
 */
export const TRAIN_FOURTEENTH_PATH = dataFile('train-fourteenth.jsonl');
/**
 * 1,200 more by a fifteenth author, the same way (#16, twentieth stop), in en, zh, ru, ar, ja, ko, vi and id only, with
 * the same weighting and shipping look-alikes; scored untouched first (language 99.0%, intent F1 78.2%, opt-out recall
 * 85.6% at precision 94.5%), then trained on.
 */
export const TRAIN_FIFTEENTH_PATH = dataFile('train-fifteenth.jsonl');
/** The training files written apart from labelled.jsonl, by author. */
const TRAINING_FILES: Array<[string, string]> = [
  ['extra', TRAIN_EXTRA_PATH], ['more', TRAIN_MORE_PATH], ['fifth', TRAIN_FIFTH_PATH], ['sixth', TRAIN_SIXTH_PATH], ['seventh', TRAIN_SEVENTH_PATH],
  ['eighth', TRAIN_EIGHTH_PATH], ['ninth', TRAIN_NINTH_PATH], ['tenth', TRAIN_TENTH_PATH], ['eleventh', TRAIN_ELEVENTH_PATH], ['twelfth', TRAIN_TWELFTH_PATH],
  ['thirteenth', TRAIN_THIRTEENTH_PATH], ['fourteenth', TRAIN_FOURTEENTH_PATH], ['fifteenth', TRAIN_FIFTEENTH_PATH],
];
/** The DEV sets by two more authors: tuned on; trained on by the intent model only in trials (TRAIN_ON_DEV=1). */
export const DEV_PATH = dataFile('dev.jsonl');
export const DEV4_PATH = dataFile('dev4.jsonl');
/**
 * Messages written by another author, never read while tuning. Only the bench opens it, and only to score:
 * it is merged later, so it may be absent.
 */
export const HELDOUT_PATH = dataFile('heldout.jsonl');

export function loadLabelled(path = DATASET_PATH): Labelled[] {
  const name = path.split('/').pop();
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return LabelledSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${name} line ${i + 1}: ${String(error)}`);
      }
    });
}

/** The training messages written apart from labelled.jsonl: train-extra, -more and -fifth to -fifteenth. */
export function loadExtraTraining(): Labelled[] {
  return TRAINING_FILES.flatMap(([, file]) => (existsSync(file) ? loadLabelled(file) : []));
}

/** Every message we may tune on: the train split of labelled.jsonl and the extra training files. */
export function loadTraining(): Labelled[] {
  return [...loadLabelled().filter((r) => r.split === 'train'), ...loadExtraTraining()];
}

/**
 * The intent model's training messages by author (one file each; ours = the train split of labelled.jsonl): what
 * loadTraining() returns, and with `dev` dev.jsonl and dev4.jsonl too. Kept apart because each file is written
 * as translations of its own templates (scripts/translation-groups.ts) and leave-one-author-out leaves a file out.
 */
export function loadTrainingByAuthor({ dev = false } = {}): Array<{ author: string; rows: Labelled[] }> {
  const files: Array<[string, string]> = [
    ...TRAINING_FILES,
    ...(dev ? ([['dev', DEV_PATH], ['dev4', DEV4_PATH]] as Array<[string, string]>) : []),
  ];
  return [
    { author: 'ours', rows: loadLabelled().filter((r) => r.split === 'train') },
    ...files.filter(([, path]) => existsSync(path)).map(([author, path]) => ({ author, rows: loadLabelled(path) })),
  ];
}

export function languageAccuracy(rows: Labelled[], predict: (row: Labelled) => DetectedLanguage): number {
  if (rows.length === 0) return 1;
  return rows.filter((row) => predict(row) === row.language).length / rows.length;
}

/** Micro-averaged F1 over all intent labels (`other` included, as it is a label like any other). */
export function intentMicroF1(rows: Labelled[], predict: (row: Labelled) => Intent[]): { f1: number; precision: number; recall: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows) {
    const predicted = new Set(predict(row));
    const gold = new Set(row.intents);
    for (const p of predicted) if (gold.has(p)) tp++; else fp++;
    for (const g of gold) if (!predicted.has(g)) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall };
}

/** Precision and recall of one intent (precision 1 when it was never predicted; recall 1 when it never occurs). */
export function intentScores(rows: Labelled[], intent: Intent, predict: (row: Labelled) => Intent[]): { precision: number; recall: number; support: number; predicted: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows) {
    const p = predict(row).includes(intent);
    const g = row.intents.includes(intent);
    if (p && g) tp++; else if (p) fp++; else if (g) fn++;
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, support: tp + fn, predicted: tp + fp };
}

/** Share of messages whose whole intent set is right. */
export function exactSetRate(rows: Labelled[], predict: (row: Labelled) => Intent[]): number {
  if (rows.length === 0) return 1;
  return rows.filter((row) => {
    const p = new Set(predict(row));
    return p.size === row.intents.length && row.intents.every((i) => p.has(i));
  }).length / rows.length;
}
