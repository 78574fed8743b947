// Trains the intent model on the training messages only (labelled.jsonl split "train" + train-extra.jsonl), never
// on the test, dev or held-out splits, and writes src/domain/intent/model/intent-weights.json. Deterministic.
// Run: npm run train:intents [-- --eval path.jsonl]   (--eval: also print the model's own precision/recall there)
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INTENTS, type Intent } from '../src/domain/intent/intents';
import { BITS, modelFeatures, modelText } from '../src/domain/intent/model/features';
import { decodeModel, modelProbabilitiesOf, type IntentModelFile } from '../src/domain/intent/model/intent-model';
import { loadLabelled, loadTraining, type Labelled } from '../tests/domain/classify-dataset';

const LABELS = INTENTS.filter((i) => i !== 'other') as Intent[];
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const RATE = Number(process.env.RATE ?? 0.2);
const L2 = Number(process.env.L2 ?? 1e-5);
const MIN_COUNT = 2; // a feature seen in one message only is that message's noise
const SCALE = 32; // weights ship as int8 / SCALE: ±3.97 in steps of 0.03
const OUT = fileURLToPath(new URL('../src/domain/intent/model/intent-weights.json', import.meta.url));

// A small deterministic PRNG for the shuffles (mulberry32).
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(rows: Labelled[]): IntentModelFile {
  const counts = new Map<number, number>();
  const featured = rows.map((r) => {
    const f = [...modelFeatures(modelText(r.text))]; // copied: the returned view is reused
    for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
    return { f, labels: new Set(r.intents) };
  });
  const vocab = new Map<number, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) vocab.set(f, vocab.size);
  const data = featured.map((r) => ({ x: Int32Array.from(r.f.map((f) => vocab.get(f) ?? -1).filter((i) => i >= 0)), labels: r.labels }));
  const w = LABELS.map(() => new Float64Array(vocab.size));
  const g2 = LABELS.map(() => new Float64Array(vocab.size).fill(1e-8));
  const bias = LABELS.map(() => -2);
  const next = random(16);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { x, labels } = data[idx];
      for (let k = 0; k < LABELS.length; k++) {
        const wk = w[k], gk = g2[k];
        let z = bias[k];
        for (let t = 0; t < x.length; t++) z += wk[x[t]];
        const p = 1 / (1 + Math.exp(-z));
        const grad = p - (labels.has(LABELS[k]) ? 1 : 0);
        bias[k] -= RATE * 0.05 * grad;
        for (let t = 0; t < x.length; t++) {
          const f = x[t];
          const g = grad + L2 * wk[f];
          gk[f] += g * g;
          wk[f] -= (RATE / Math.sqrt(gk[f])) * g;
        }
      }
    }
  }
  const buckets = [...vocab].sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  for (const [bucket, i] of buckets) {
    const pairs: number[] = [];
    for (let k = 0; k < LABELS.length; k++) {
      const q = Math.max(-127, Math.min(127, Math.round(w[k][i] * SCALE)));
      if (q !== 0) pairs.push(k, q & 0xff);
    }
    if (!pairs.length) continue;
    bytes.push(bucket & 0xff, (bucket >>> 8) & 0xff, (bucket >>> 16) & 0xff, (bucket >>> 24) & 0xff, pairs.length / 2, ...pairs);
  }
  return { version: 2, bits: BITS, scale: SCALE, intents: LABELS, bias: bias.map((b) => Math.round(b * 1000) / 1000), data: Buffer.from(bytes).toString('base64') };
}

function evaluate(name: string, rows: Labelled[], file: IntentModelFile): void {
  const model = decodeModel(file);
  const probs = rows.map((r) => modelProbabilitiesOf(modelText(r.text), model));
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    let tp = 0, fp = 0, fn = 0;
    rows.forEach((r, i) => {
      const predicted = new Set([...probs[i]].filter(([, p]) => p >= threshold).map(([intent]) => intent));
      if (predicted.size === 0) predicted.add('other');
      for (const p of predicted) if (r.intents.includes(p)) tp++; else fp++;
      for (const g of r.intents) if (!predicted.has(g)) fn++;
    });
    const P = tp / (tp + fp), R = tp / (tp + fn);
    console.log(`${name} model alone, p >= ${threshold}: micro P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}`);
  }
}

const rows = loadTraining();
const file = train(rows);
// JSON has no comments: the note on where it comes from is a field (do not edit; run npm run train:intents)
writeFileSync(OUT, `${JSON.stringify({ generatedBy: `scripts/train-intent-model.ts from ${rows.length} training messages`, ...file })}\n`);
console.log(`trained on ${rows.length} messages: ${(file.data.length / 1024).toFixed(0)} KB of weights → ${OUT}`);
const e = process.argv.indexOf('--eval');
if (e >= 0) {
  for (const path of process.argv.slice(e + 1)) {
    if (!existsSync(path)) continue;
    const evalRows = loadLabelled(path).filter((r) => r.split !== 'train');
    evaluate(path.split('/').pop()!, evalRows, file);
  }
}
