import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CandidateRecord } from '../../../src/domain/dedupe/match';

/** One labelled record of tests/data/dedupe/companies.jsonl; records of one `cluster` are the same buyer. */
export type LabelledCompany = CandidateRecord & { id: number; cluster: string; split: 'train' | 'test' | 'heldout' | 'dev'; group?: string; city?: string | null };

/** Records of one labelled file under tests/data/dedupe/, or null when the file is not there (heldout.jsonl arrives later). */
export function loadLabelled(file: string): LabelledCompany[] | null {
  const path = fileURLToPath(new URL(`../../data/dedupe/${file}`, import.meta.url));
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledCompany);
}

export function loadCompanies(split?: 'train' | 'test'): LabelledCompany[] {
  const all = loadLabelled('companies.jsonl')!;
  return split ? all.filter((r) => r.split === split) : all;
}

export type PairwiseMetrics = { pairs: number; positives: number; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

/** Pairwise precision/recall/F1 over all unordered pairs of the given records; a pair is positive when both share a cluster. */
export function pairwiseMetrics<T extends LabelledCompany>(records: T[], predict: (a: T, b: T) => boolean): PairwiseMetrics {
  let tp = 0, fp = 0, fn = 0, pairs = 0, positives = 0;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      pairs++;
      const actual = records[i].cluster === records[j].cluster;
      const predicted = predict(records[i], records[j]);
      if (actual) positives++;
      if (actual && predicted) tp++;
      else if (!actual && predicted) fp++;
      else if (actual && !predicted) fn++;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs, positives, tp, fp, fn, precision, recall, f1 };
}
