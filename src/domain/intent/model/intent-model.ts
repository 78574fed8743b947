// A small linear model: one logistic regression per intent over hashed words, word pairs and character n-grams
// (./features.ts), trained offline by scripts/train-intent-model.ts and shipped as data (./intent-weights.json, copied
// beside the bundle by the build). The patterns give precise hits; the model reads phrasings nobody wrote a pattern
// for. Read from disk and decoded once, at first use: as a module its 2 MB of base64 stayed in the heap twice (the
// module's source and the string), in every process that might classify.
import { readFileSync } from 'node:fs';
import type { Intent } from '../intents';
import { BITS, modelFeatures, modelText } from './features';

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
 * The decoded model, sparse: the trained buckets in an open-addressing table (a dense index over all 2^20 buckets
 * took 4 MB for ~80,000 trained ones), each slot's row of one int16 weight × scale per intent kept at the slot itself
 * (0 where the file has none; a trained bucket carries weights for nearly every intent, so dense rows spare the
 * scoring loop a lookup). A look-up touches the key table and the row, nothing between: scoring is bound by those
 * two cache misses per feature, not by arithmetic.
 */
export interface IntentModel {
  intents: Intent[];
  bias: Float64Array;
  scale: number;
  /** slot → bucket + 1 (0: empty); the bucket's weights are rows[slot × intents.length …] */
  slots: Int32Array;
  rows: Int16Array;
}

const slotOf = (bucket: number, mask: number) => Math.imul(bucket, 0x9e3779b1) >>> 0 & mask;

export function decodeModel(file: IntentModelFile): IntentModel {
  if (file.bits !== BITS) throw new Error(`intent model built for ${file.bits}-bit features, code uses ${BITS}`);
  const bytes = Buffer.from(file.data, 'base64');
  const width = file.intents.length;
  let count = 0;
  for (let p = 0; p < bytes.length; ) { const n = bytes[p + 4]; count++; p += 5 + 2 * n; }
  // at most two thirds full: probes stay short and the table small enough to stay in cache
  let size = 1;
  while (size * 2 < count * 3) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const rows = new Int16Array(size * width);
  for (let p = 0; p < bytes.length; ) {
    const bucket = bytes.readUInt32LE(p);
    const n = bytes[p + 4];
    p += 5;
    let slot = slotOf(bucket, mask);
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = bucket + 1;
    for (let k = 0; k < n; k++, p += 2) rows[slot * width + bytes[p]] += (bytes[p + 1] << 24) >> 24;
  }
  return { intents: file.intents, bias: Float64Array.from(file.bias), scale: file.scale, slots, rows };
}

/** Where a feature bucket's row starts in `rows`, or -1 when the model never learned it. */
function rowOf(model: IntentModel, bucket: number, width: number): number {
  const { slots } = model;
  const mask = slots.length - 1;
  for (let slot = slotOf(bucket, mask); ; slot = (slot + 1) & mask) {
    const held = slots[slot];
    if (held === 0) return -1;
    if (held === bucket + 1) return slot * width;
  }
}

let shipped: IntentModel | undefined;

/** The shipped model, decoded at first use. */
export function shippedModel(): IntentModel {
  shipped ??= decodeModel(JSON.parse(readFileSync(new URL('./intent-weights.json', import.meta.url), 'utf8')) as IntentModelFile);
  return shipped;
}

// The rows a message hits, gathered first and then summed one intent at a time: the running sum stays in a register
// instead of going to memory once per feature and intent.
let hit = new Int32Array(1024);

/** Probability (0–1) of each of the model's intents for the output of `modelText`; empty when it has no features. */
export function modelProbabilitiesOf(folded: string, model: IntentModel = shippedModel()): Map<Intent, number> {
  const out = new Map<Intent, number>();
  const features = modelFeatures(folded);
  if (features.length === 0) return out;
  const { rows, bias, scale } = model;
  const width = bias.length;
  if (hit.length < features.length) hit = new Int32Array(features.length);
  let hits = 0;
  for (let i = 0; i < features.length; i++) {
    const base = rowOf(model, features[i], width);
    if (base >= 0) hit[hits++] = base;
  }
  for (let k = 0; k < width; k++) {
    let sum = 0;
    for (let j = 0; j < hits; j++) sum += rows[hit[j] + k];
    out.set(model.intents[k], 1 / (1 + Math.exp(-(bias[k] + sum / scale))));
  }
  return out;
}

/** Probability of each intent for a raw message. */
export function modelProbabilities(text: string, model: IntentModel = shippedModel()): Map<Intent, number> {
  return modelProbabilitiesOf(modelText(text), model);
}
