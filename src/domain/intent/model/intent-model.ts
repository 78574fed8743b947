// A small linear model: one logistic regression per intent over hashed words, word pairs and character n-grams
// (./features.ts), trained offline by scripts/train-intent-model.ts and shipped as data (./intent-weights.ts). The
// patterns give precise hits; the model reads phrasings nobody wrote a pattern for. Decoded once, at first use.
import type { Intent } from '../intents';
import { BITS, modelFeatures, modelText } from './features';
import { INTENT_WEIGHTS } from './intent-weights';

/** The shipped form: per bucket, (intent index, weight × scale as int8) pairs, base64. */
export interface IntentModelFile {
  version: 2;
  bits: number;
  scale: number;
  intents: Intent[];
  bias: number[];
  /** base64 of repeated [uint32 LE bucket][uint8 n][n × (uint8 intent, int8 weight)], buckets ascending */
  data: string;
}

/**
 * The decoded model: per bucket the index of its row (-1: no weights), and the rows, dense (one weight per intent,
 * 0 where the file has none). A trained bucket carries weights for nearly every intent, so dense rows cost little
 * memory and spare the scoring loop a label lookup per weight.
 */
export interface IntentModel {
  intents: Intent[];
  bias: Float64Array;
  rowOf: Int32Array;
  rows: Float32Array;
}

export function decodeModel(file: IntentModelFile): IntentModel {
  if (file.bits !== BITS) throw new Error(`intent model built for ${file.bits}-bit features, code uses ${BITS}`);
  const bytes = Buffer.from(file.data, 'base64');
  const width = file.intents.length;
  let count = 0;
  for (let p = 0; p < bytes.length; ) { const n = bytes[p + 4]; count++; p += 5 + 2 * n; }
  const rowOf = new Int32Array(1 << BITS).fill(-1);
  const rows = new Float32Array(count * width);
  let r = 0;
  for (let p = 0; p < bytes.length; r++) {
    const bucket = bytes.readUInt32LE(p);
    const n = bytes[p + 4];
    p += 5;
    rowOf[bucket] = r;
    for (let k = 0; k < n; k++, p += 2) rows[r * width + bytes[p]] += ((bytes[p + 1] << 24) >> 24) / file.scale;
  }
  return { intents: file.intents, bias: Float64Array.from(file.bias), rowOf, rows };
}

let shipped: IntentModel | undefined;

/** The shipped model, decoded at first use. */
export function shippedModel(): IntentModel {
  shipped ??= decodeModel(INTENT_WEIGHTS as IntentModelFile);
  return shipped;
}

/** Probability (0–1) of each of the model's intents for the output of `modelText`; empty when it has no features. */
export function modelProbabilitiesOf(folded: string, model: IntentModel = shippedModel()): Map<Intent, number> {
  const out = new Map<Intent, number>();
  const features = modelFeatures(folded);
  if (features.length === 0) return out;
  const z = model.bias.slice();
  const { rowOf, rows } = model;
  const width = z.length;
  for (let i = 0; i < features.length; i++) {
    const r = rowOf[features[i]];
    if (r < 0) continue;
    for (let k = 0, base = r * width; k < width; k++) z[k] += rows[base + k];
  }
  for (let i = 0; i < model.intents.length; i++) out.set(model.intents[i], 1 / (1 + Math.exp(-z[i])));
  return out;
}

/** Probability of each intent for a raw message. */
export function modelProbabilities(text: string, model: IntentModel = shippedModel()): Map<Intent, number> {
  return modelProbabilitiesOf(modelText(text), model);
}
