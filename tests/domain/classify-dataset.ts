// The labelled buyer messages and the two figures we hold the classifier to; shared by the tests and the bench.
import { readFileSync } from 'node:fs';
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
  split: z.enum(['train', 'test']),
});
export type Labelled = z.infer<typeof LabelledSchema>;

export const DATASET_PATH = fileURLToPath(new URL('../data/classify/labelled.jsonl', import.meta.url));

export function loadLabelled(path = DATASET_PATH): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return LabelledSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`labelled.jsonl line ${i + 1}: ${String(error)}`);
      }
    });
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
