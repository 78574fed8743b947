// Fits the duplicate matcher's logistic weights and its two thresholds (npm run fit:dedupe) and writes them to
// src/domain/dedupe/match-weights.ts. Training pairs: every pair within each split of companies.jsonl and hard.jsonl
// and within the DEV set (dev.jsonl); held-out is never read. DEV is split into
// 5 folds by cluster: each fold is scored by a model fitted without it, so the DEV figures printed (and the thresholds
// chosen on them) are out-of-fold, not memorised.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { boundScore, prepareRecord, scoreMatch } from '../src/domain/dedupe/match';
import { FEATURES, type MatchModel } from '../src/domain/dedupe/match-model';
import { loadLabelled, type LabelledCompany } from '../tests/domain/dedupe/fixtures';

const L2 = 0.1;
const FOLDS = 5;
const PRECISION_FLOOR = 0.975; // the duplicate verdict's target is 0.97: keep a margin for unseen records
const POSSIBLE_PRECISION = 0.5; // one warning in two may be a false alarm; below that reps stop reading them

type Rules = { capped: boolean; keyFloor: boolean; evidence: boolean };
type Pair = { x: number[]; y: number; rules: Rules; dev: boolean; folds: number[] };

function fold(cluster: string): number {
  let h = 0;
  for (const c of cluster) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

function pairsOf(records: LabelledCompany[], dev: boolean): Pair[] {
  const prepared = records.map((r) => prepareRecord(r));
  const out: Pair[] = [];
  for (let i = 0; i < records.length; i++) for (let j = i + 1; j < records.length; j++) {
    const m = scoreMatch(prepared[i], prepared[j]);
    const x = FEATURES.map((n) => m.features[n] ?? 0);
    const folds = dev ? [...new Set([fold(records[i].cluster), fold(records[j].cluster)])] : [];
    out.push({ x, y: records[i].cluster === records[j].cluster ? 1 : 0, rules: { capped: m.capped, keyFloor: m.keyFloor, evidence: m.evidence }, dev, folds });
  }
  return out;
}

/** L2-regularised logistic regression by Newton's method (IRLS); the bias (last weight) is not penalised. */
function fit(pairs: Pair[]): number[] {
  const d = FEATURES.length + 1;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const p of pairs) {
      const x = [...p.x, 1];
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * x[k];
      const q = 1 / (1 + Math.exp(-z));
      const s = q * (1 - q);
      for (let k = 0; k < d; k++) {
        if (x[k] === 0) continue;
        g[k] += (q - p.y) * x[k];
        for (let l = 0; l < d; l++) if (x[l] !== 0) H[k][l] += s * x[k] * x[l];
      }
    }
    for (let k = 0; k < d - 1; k++) { g[k] += L2 * w[k]; H[k][k] += L2; }
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

const sigma = (z: number) => Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
const logit = (w: number[], x: number[]) => x.reduce((s, v, k) => s + v * w[k], w[w.length - 1]);

function metrics(scored: { s: number; y: number }[], t: number) {
  let tp = 0, fp = 0, fn = 0;
  for (const { s, y } of scored) { if (s >= t && y) tp++; else if (s >= t) fp++; else if (y) fn++; }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn };
}

/** The lowest threshold whose verdict still keeps the precision floor on every given set. */
function lowestThreshold(sets: { s: number; y: number }[][], floor: number): number {
  for (let t = 0.05; t < 0.995; t = Math.round((t + 0.001) * 1000) / 1000) {
    if (sets.every((set) => metrics(set, t).precision >= floor)) return t;
  }
  return 0.995;
}

const train = [
  ...['train', 'test'].flatMap((split) => pairsOf((loadLabelled('companies.jsonl') ?? []).filter((r) => r.split === split), false)),
  ...['train', 'test'].flatMap((split) => pairsOf((loadLabelled('hard.jsonl') ?? []).filter((r) => r.split === split), false)),
];
const dev = pairsOf(loadLabelled('dev.jsonl') ?? [], true);
console.log(`pairs: ours ${train.length} (${train.filter((p) => p.y).length} duplicates), DEV ${dev.length} (${dev.filter((p) => p.y).length})`);

// Out of fold: each DEV pair is scored by the models fitted without its records' folds (averaged when they differ).
const oofSum = new Array<number>(dev.length).fill(0);
const oofN = new Array<number>(dev.length).fill(0);
for (let k = 0; k < FOLDS; k++) {
  const w = fit([...train, ...dev.filter((p) => !p.folds.includes(k))]);
  dev.forEach((p, i) => { if (p.folds.includes(k)) { oofSum[i] += logit(w, p.x); oofN[i]++; } });
}
const oofRaw = dev.map((p, i) => ({ s: sigma(oofSum[i] / oofN[i]), y: p.y, rules: p.rules }));

const w = fit([...train, ...dev]);
const trainRaw = train.map((p) => ({ s: sigma(logit(w, p.x)), y: p.y, rules: p.rules }));
// Thresholds from out-of-fold DEV and our training pairs, with the caps applied as the matcher applies them.
const w0 = {} as MatchModel['weights'];
let duplicate = 0.85;
let possible = 0.5;
for (let round = 0; round < 3; round++) {
  const cap = (xs: typeof oofRaw) => xs.map((p) => ({ s: boundScore(p.s, p.rules, { bias: 0, weights: w0, duplicate, possible }), y: p.y }));
  duplicate = lowestThreshold([cap(oofRaw), cap(trainRaw)], PRECISION_FLOOR);
  possible = Math.min(lowestThreshold([cap(oofRaw)], POSSIBLE_PRECISION), duplicate - 0.1);
}
const cap = (xs: typeof oofRaw) => xs.map((p) => ({ s: boundScore(p.s, p.rules, { bias: 0, weights: w0, duplicate, possible }), y: p.y }));
const f3 = (x: number) => x.toFixed(3);
const line = (label: string, xs: typeof oofRaw) => {
  const d = metrics(cap(xs), duplicate);
  const p = metrics(cap(xs), possible);
  return `${label}: duplicate P ${f3(d.precision)} R ${f3(d.recall)} (tp ${d.tp} fp ${d.fp} fn ${d.fn}); duplicate-or-possible P ${f3(p.precision)} R ${f3(p.recall)}`;
};
const oofLine = line('DEV out-of-fold', oofRaw);
const trainLine = line('ours (companies + hard, in-sample)', trainRaw);
console.log(`thresholds: duplicate ${duplicate}, possible ${possible}`);
console.log(oofLine);
console.log(trainLine);

const round4 = (x: number) => Math.round(x * 10000) / 10000;
const model: MatchModel = {
  bias: round4(w[w.length - 1]),
  weights: Object.fromEntries(FEATURES.map((n, k) => [n, round4(w[k])])) as MatchModel['weights'],
  duplicate,
  possible,
};
const weights = Object.entries(model.weights).map(([n, v]) => `    ${n}: ${v},`).join('\n');
const out = `// Generated by scripts/fit-dedupe-weights.ts (npm run fit:dedupe); do not edit by hand.
// ${train.length} pairs of companies.jsonl and hard.jsonl (within each split) + ${dev.length} DEV pairs, L2 ${L2}, ${FOLDS}-fold out-of-fold thresholds.
// ${oofLine}
// ${trainLine}
// Plain data (no import): match-model.ts checks its shape.
export const MATCH_WEIGHTS = {
  bias: ${model.bias},
  weights: {
${weights}
  },
  duplicate: ${duplicate},
  possible: ${possible},
};
`;
writeFileSync(fileURLToPath(new URL('../src/domain/dedupe/match-weights.ts', import.meta.url)), out);
console.log('wrote src/domain/dedupe/match-weights.ts');
