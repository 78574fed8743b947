// Trains the intent model on the training messages only (labelled.jsonl split "train" + train-extra.jsonl) and
// writes src/domain/intent/model/intent-model.json. Deterministic: same data, same weights.
// Run: npx tsx scripts/train-intent-model.ts [--cv 5]   (--cv: k-fold cross-validation on the training messages)
import { writeFileSync } from 'node:fs';
import { INTENTS, type Intent } from '../src/domain/intent/intents';
import { modelFeatures } from '../src/domain/intent/model/features';
import { MODEL_PATH, modelProbabilities, type IntentModelFile } from '../src/domain/intent/model/intent-model';
import { loadTraining, type Labelled } from '../tests/domain/classify-dataset';

const LABELS = INTENTS.filter((i) => i !== 'other') as Intent[];
const EPOCHS = 40;
const RATE = 0.3;
const L2 = 1e-4;
const MIN_COUNT = 2; // a feature seen in fewer messages is noise
const PRUNE = 0.02; // weights this small do not ship

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
  const counts = new Map<string, number>();
  const featured = rows.map((r) => {
    const f = [...modelFeatures(r.text)];
    for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
    return { f, labels: new Set(r.intents) };
  });
  const vocab = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) vocab.set(f, vocab.size);
  const data = featured.map((r) => ({ x: r.f.map((f) => vocab.get(f)).filter((i): i is number => i !== undefined), labels: r.labels }));
  const w = LABELS.map(() => new Float64Array(vocab.size));
  const g2 = LABELS.map(() => new Float64Array(vocab.size).fill(1e-8));
  const bias = LABELS.map(() => 0);
  const next = random(16);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { x, labels } = data[idx];
      LABELS.forEach((label, k) => {
        let z = bias[k];
        for (const f of x) z += w[k][f];
        const p = 1 / (1 + Math.exp(-z));
        const grad = p - (labels.has(label) ? 1 : 0);
        bias[k] -= RATE * 0.1 * grad;
        for (const f of x) {
          const g = grad + L2 * w[k][f];
          g2[k][f] += g * g;
          w[k][f] -= (RATE / Math.sqrt(g2[k][f])) * g;
        }
      });
    }
  }
  const features: Record<string, number[]> = {};
  for (const [f, i] of vocab) {
    const pairs: number[] = [];
    LABELS.forEach((_, k) => {
      if (Math.abs(w[k][i]) >= PRUNE) pairs.push(k, Math.round(w[k][i] * 1000) / 1000);
    });
    if (pairs.length) features[f] = pairs;
  }
  return { version: 1, intents: LABELS, bias: bias.map((b) => Math.round(b * 1000) / 1000), features };
}

function crossValidate(rows: Labelled[], k: number): void {
  const next = random(7);
  const folds = rows.map(() => Math.floor(next() * k));
  for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    let tp = 0, fp = 0, fn = 0;
    for (let fold = 0; fold < k; fold++) {
      const model = train(rows.filter((_, i) => folds[i] !== fold));
      rows.forEach((r, i) => {
        if (folds[i] !== fold) return;
        const probs = modelProbabilities(r.text, model);
        const predicted = new Set([...probs].filter(([, p]) => p >= threshold).map(([intent]) => intent));
        for (const p of predicted) if (r.intents.includes(p)) tp++; else fp++;
        for (const g of r.intents) if (g !== 'other' && !predicted.has(g)) fn++;
      });
    }
    console.log(`threshold ${threshold}: precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)}`);
  }
}

const rows = loadTraining();
const cv = process.argv.indexOf('--cv');
if (cv >= 0) crossValidate(rows, Number(process.argv[cv + 1]) || 5);
else {
  const model = train(rows);
  const json = JSON.stringify(model);
  writeFileSync(MODEL_PATH, `${json}\n`);
  console.log(`trained on ${rows.length} messages: ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(0)} KB → ${MODEL_PATH}`);
}
