// The pieces of fitting the duplicate matcher's logistic weights and thresholds, shared by scripts/fit-dedupe-weights.ts
// (npm run fit:dedupe) and scripts/lodo-dedupe-weights.ts (the leave-one-DEV-set-out evaluation of a refit).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { boundScore, prepareRecord, scoreMatch, type BoundRules } from '../src/domain/dedupe/match';
import { FEATURES, type MatchModel } from '../src/domain/dedupe/match-model';
import { loadLabelled, type LabelledCompany } from '../tests/domain/dedupe/fixtures';

// Every rule boundScore applies, read from the match as the matcher reads it; a rule added to BoundRules and not here
// fails to compile (one was missed this way: personFloor).
export const RULE_NAMES = ['capped', 'keyFloor', 'evidence', 'contradicted', 'addressFloor', 'nameFloor', 'personFloor'] as const satisfies ReadonlyArray<keyof BoundRules>;
const _everyRuleNamed: Exclude<keyof BoundRules, (typeof RULE_NAMES)[number]> extends never ? true : never = true;
export const rulesOf = (m: BoundRules): BoundRules => Object.fromEntries(RULE_NAMES.map((k) => [k, !!m[k]])) as unknown as BoundRules;

/** Pairs of one labelled set with the same features, rules and label, counted once: `n` of them. */
export type Row = { x: number[]; y: number; rules: BoundRules; n: number };
/** One labelled set (a file, or a split of one): its pairs within it, aggregated. */
export type PairSet = { name: string; rows: Row[]; pairs: number; positives: number };

/** Every pair within the records (as the bench and the matcher see them), aggregated by features, rules and label. */
export function pairsOf(name: string, records: LabelledCompany[]): PairSet {
  const prepared = records.map((r) => prepareRecord(r));
  const byKey = new Map<string, Row>();
  let pairs = 0, positives = 0;
  for (let i = 0; i < records.length; i++) for (let j = i + 1; j < records.length; j++) {
    const m = scoreMatch(prepared[i], prepared[j]);
    const x = FEATURES.map((f) => m.features[f] ?? 0);
    const y = records[i].cluster === records[j].cluster ? 1 : 0;
    const rules = rulesOf(m);
    const key = `${y}|${x.join(',')}|${RULE_NAMES.map((r) => (rules[r] ? 1 : 0)).join('')}`;
    const row = byKey.get(key);
    if (row) row.n++;
    else byKey.set(key, { x, y, rules, n: 1 });
    pairs++;
    positives += y;
  }
  // Insertion order is the pairs' order: deterministic.
  return { name, rows: [...byKey.values()], pairs, positives };
}

/** The DEV files (labelled, never trained on by npm run fit:dedupe), in order. */
export const DEV_FILES = ['dev.jsonl', ...[2, 3, 4, 5, 6, 7, 8, 9].map((k) => `dev${k}.jsonl`)];

/** Our own sets (each split of companies.jsonl and hard.jsonl, pairs within a split) and the DEV files, by name. */
export function loadPairSets(devFiles: string[], cacheFile?: string): { ours: PairSet[]; dev: PairSet[] } {
  const files = ['companies.jsonl', 'hard.jsonl', ...devFiles];
  const text = files.map((f) => JSON.stringify(loadLabelled(f) ?? [])).join('\n');
  const stamp = createHash('sha256').update(text).update(JSON.stringify(FEATURES)).digest('hex');
  if (cacheFile && existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { stamp: string; ours: PairSet[]; dev: PairSet[] };
    if (cached.stamp === stamp) return cached;
  }
  const ours = ['companies.jsonl', 'hard.jsonl'].flatMap((file) => ['train', 'test'].map((split) =>
    pairsOf(`${file.replace('.jsonl', '')} ${split}`, (loadLabelled(file) ?? []).filter((r) => r.split === split))));
  const dev = devFiles.map((file) => pairsOf(file.replace('.jsonl', ''), loadLabelled(file) ?? []));
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ stamp, ours, dev }));
  }
  return { ours, dev };
}

/** A set's pairs with a weight each (each pair counts `weight` times its count). */
export type Weighted = { set: PairSet; weight: number };

/** L2-regularised logistic regression by Newton's method (IRLS); the bias (last weight) is not penalised. */
export function fit(sets: Weighted[], l2: number): number[] {
  const d = FEATURES.length + 1;
  const w = new Array<number>(d).fill(0);
  const rows = sets.flatMap(({ set, weight }) => set.rows.map((r) => {
    const x = [...r.x, 1];
    const nz = x.map((v, k) => (v !== 0 ? k : -1)).filter((k) => k >= 0);
    return { x, nz, y: r.y, c: r.n * weight };
  }));
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, nz, y, c } of rows) {
      let z = 0;
      for (const k of nz) z += w[k] * x[k];
      const q = 1 / (1 + Math.exp(-z));
      const s = c * q * (1 - q);
      for (const k of nz) {
        g[k] += c * (q - y) * x[k];
        const Hk = H[k];
        const sx = s * x[k];
        for (const l of nz) Hk[l] += sx * x[l];
      }
    }
    for (let k = 0; k < d - 1; k++) { g[k] += l2 * w[k]; H[k][k] += l2; }
    H[d - 1][d - 1] += 1e-6;
    const step = solve(H, g);
    let moved = 0;
    for (let k = 0; k < d; k++) { w[k] -= step[k]; moved = Math.max(moved, Math.abs(step[k])); }
    if (moved < 1e-5) break;
  }
  return w;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const k = M[r][c] / M[c][c];
      for (let l = c; l <= n; l++) M[r][l] -= k * M[c][l];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** The model a weight vector is, rounded as the generated file holds it (so what is scored is what ships). */
export function modelOf(w: number[], duplicate: number, possible: number): MatchModel {
  return {
    bias: round4(w[w.length - 1]),
    weights: Object.fromEntries(FEATURES.map((n, k) => [n, round4(w[k])])) as MatchModel['weights'],
    duplicate,
    possible,
  };
}

/** A set's pairs scored as the matcher scores them: σ of the logit, rounded, with the rules' bounds at the model's thresholds. */
export type Scored = { s: number; y: number; n: number }[];
export function rawScores(model: Pick<MatchModel, 'bias' | 'weights'>, set: PairSet): { s: number; y: number; n: number; rules: BoundRules }[] {
  const ws = FEATURES.map((f) => model.weights[f]);
  return set.rows.map((r) => {
    let z = model.bias;
    for (let k = 0; k < ws.length; k++) z += r.x[k] * ws[k];
    return { s: Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000, y: r.y, n: r.n, rules: r.rules };
  });
}
export const bounded = (raw: ReturnType<typeof rawScores>, duplicate: number, possible: number, rules = true): Scored =>
  raw.map((p) => ({ s: rules ? boundScore(p.s, p.rules, { bias: 0, weights: {} as MatchModel['weights'], duplicate, possible }) : p.s, y: p.y, n: p.n }));

export type Metrics = { precision: number; recall: number; tp: number; fp: number; fn: number };
export function metrics(scored: Scored, t: number): Metrics {
  let tp = 0, fp = 0, fn = 0;
  for (const { s, y, n } of scored) { if (s >= t && y) tp += n; else if (s >= t) fp += n; else if (y) fn += n; }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn };
}

// A threshold is kept only when precision holds over the next STABLE steps too, so one lucky pair does not set it.
export const STABLE = 0.02;
const steps = (from: number, to: number) => {
  const out: number[] = [];
  for (let t = from; t <= to + 1e-9; t = Math.round((t + 0.001) * 1000) / 1000) out.push(t);
  return out;
};

/** A precision floor: on one pool of pairs, or (mean: true) the mean of the sets' precisions, each set once. */
export type Floor = { sets: Scored[]; floor: number; mean?: boolean };

/** Pairs at or above each step of 0.001 (t = i / 1000): true and false ones, counted as metrics() counts s ≥ t. */
function cumulative(xs: Scored): { tp: Float64Array; fp: Float64Array } {
  const tp = new Float64Array(1002), fp = new Float64Array(1002);
  for (const { s, y, n } of xs) {
    // A bound can sit just under a step (possible − 0.001 is 0.020999999999999998 for 0.022, under 0.021): the highest step ≤ s.
    let i = Math.round(s * 1000);
    if (i / 1000 > s) i--;
    (y ? tp : fp)[Math.max(0, i)] += n;
  }
  for (let i = 999; i >= 0; i--) { tp[i] += tp[i + 1]; fp[i] += fp[i + 1]; }
  return { tp, fp };
}
const precisionAt = (c: { tp: Float64Array; fp: Float64Array }, t: number) => {
  const i = Math.round(t * 1000);
  return c.tp[i] + c.fp[i] ? c.tp[i] / (c.tp[i] + c.fp[i]) : 1;
};

/** The lowest threshold from which every floor holds for STABLE more steps. */
export function lowestThreshold(floors: Floor[]): number {
  const ready = floors.map(({ sets, floor, mean }) => ({ floor, parts: mean ? sets.map(cumulative) : [cumulative(sets.flat())] }));
  const holds = (u: number) => ready.every(({ floor, parts }) => parts.reduce((a, c) => a + precisionAt(c, u), 0) / parts.length >= floor);
  for (const t of steps(0.01, 0.995)) {
    if (steps(t, Math.min(0.995, t + STABLE)).every(holds)) return t;
  }
  return 0.995;
}

export const DEV_DUPLICATE_PRECISION = 0.95;
export const OURS_DUPLICATE_PRECISION = 0.97;
export const POSSIBLE_PRECISION = 0.85; // a warning that is wrong more than one time in seven teaches reps to click past it

/**
 * The two thresholds, precision first: the lowest duplicate threshold at which DEV keeps ≥ 0.95 and ours ≥ 0.97, the
 * lowest possible threshold at which DEV keeps ≥ 0.85 (and 0.05 under duplicate), with the rules applied as the matcher
 * applies them (the caps move with the thresholds: iterated). `dev` are scores of pairs the model was not fitted on.
 */
export function chooseThresholds(dev: ReturnType<typeof rawScores>[], ours: ReturnType<typeof rawScores>[], opts: { mean?: boolean; rules?: boolean; devFloors?: { duplicate: number; possible: number } } = {}): { duplicate: number; possible: number } {
  let duplicate = 0.85;
  let possible = 0.5;
  const rules = opts.rules ?? true;
  for (let round = 0; round < 4; round++) {
    const d = dev.map((xs) => bounded(xs, duplicate, possible, rules));
    const o = ours.map((xs) => bounded(xs, duplicate, possible, rules));
    duplicate = lowestThreshold([{ sets: d, floor: opts.devFloors?.duplicate ?? DEV_DUPLICATE_PRECISION, mean: opts.mean }, { sets: o, floor: OURS_DUPLICATE_PRECISION }]);
    possible = Math.min(lowestThreshold([{ sets: d, floor: opts.devFloors?.possible ?? POSSIBLE_PRECISION, mean: opts.mean }]), duplicate - 0.05);
  }
  return { duplicate, possible };
}

/** Duplicate and duplicate-or-possible figures of a model on a set. */
export function figures(model: MatchModel, set: PairSet, rules = true): { dup: Metrics; warn: Metrics } {
  const xs = bounded(rawScores(model, set), model.duplicate, model.possible, rules);
  return { dup: metrics(xs, model.duplicate), warn: metrics(xs, model.possible) };
}
