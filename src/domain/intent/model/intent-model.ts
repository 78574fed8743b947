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

/** The decoded model: compressed rows (bucket → its weights), ready to score. */
export interface IntentModel {
  intents: Intent[];
  bias: Float64Array;
  rowStart: Int32Array;
  label: Uint8Array;
  weight: Float32Array;
}

export function decodeModel(file: IntentModelFile): IntentModel {
  if (file.bits !== BITS) throw new Error(`intent model built for ${file.bits}-bit features, code uses ${BITS}`);
  const bytes = Buffer.from(file.data, 'base64');
  let nnz = 0;
  for (let p = 0; p < bytes.length; ) { const n = bytes[p + 4]; nnz += n; p += 5 + 2 * n; }
  const rowStart = new Int32Array((1 << BITS) + 1);
  const label = new Uint8Array(nnz);
  const weight = new Float32Array(nnz);
  let j = 0;
  let last = 0;
  for (let p = 0; p < bytes.length; ) {
    const bucket = bytes.readUInt32LE(p);
    const n = bytes[p + 4];
    p += 5;
    for (let b = last + 1; b <= bucket; b++) rowStart[b] = j;
    for (let k = 0; k < n; k++, p += 2) { label[j] = bytes[p]; weight[j] = ((bytes[p + 1] << 24) >> 24) / file.scale; j++; }
    last = bucket;
    rowStart[bucket + 1] = j;
  }
  for (let b = last + 2; b <= 1 << BITS; b++) rowStart[b] = j;
  return { intents: file.intents, bias: Float64Array.from(file.bias), rowStart, label, weight };
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
  const z = Float64Array.from(model.bias);
  const { rowStart, label, weight } = model;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    for (let j = rowStart[f], end = rowStart[f + 1]; j < end; j++) z[label[j]] += weight[j];
  }
  for (let i = 0; i < model.intents.length; i++) out.set(model.intents[i], 1 / (1 + Math.exp(-z[i])));
  return out;
}

/** Probability of each intent for a raw message. */
export function modelProbabilities(text: string, model: IntentModel = shippedModel()): Map<Intent, number> {
  return modelProbabilitiesOf(modelText(text), model);
}
