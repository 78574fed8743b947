// A small linear model: one logistic regression per intent over hashed words, word pairs and character n-grams
// (./features.ts), trained offline by scripts/train-intent-model.ts and shipped as data (./intent-weights.json, copied
// beside the bundle by the build). The patterns give precise hits; the model reads phrasings nobody wrote a pattern
// for. Read from disk and decoded once, at first use: as a module its 2 MB of base64 stayed in the heap twice (the
// module's source and the string), in every process that might classify.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import type { Intent } from '../intents';
import { BITS, modelFeatures, modelText } from './features';

/**
 * The shipped form, base64 of the trained buckets in ascending order. Version 3: every bucket as uint32 LE, then every
 * bucket's row of one int8 weight × scale per intent, in the same order. Version 2 (still read, for weights trained
 * before): per bucket [uint32 LE bucket][uint8 n][n × (uint8 intent, int8 weight)]. A trained bucket carries a weight
 * for nearly every intent, so the dense rows are the smaller file, and they decode in one typed-array copy: the loop
 * over 2 million pairs, run cold, was ~60 ms of a one-line `crm classify`.
 */
export interface IntentModelFile {
  version: 2 | 3;
  bits: number;
  scale: number;
  intents: Intent[];
  bias: number[];
  data: string;
}

/**
 * The decoded model, sparse: the trained buckets in an open-addressing table (a dense index over all 2^20 buckets
 * took 4 MB for ~80,000 trained ones) whose slot holds the bucket and where its row starts, side by side; the rows of
 * one int16 weight × scale per intent packed in bucket order. A look-up touches the slot and the row: scoring is bound
 * by those two cache misses per feature, not by arithmetic.
 */
export interface IntentModel {
  intents: Intent[];
  bias: Float64Array;
  scale: number;
  /** slot s → [2s] bucket + 1 (0: empty), [2s + 1] where its weights start in `rows` */
  slots: Int32Array;
  rows: Int16Array;
}

const slotOf = (bucket: number, mask: number) => Math.imul(bucket, 0x9e3779b1) >>> 0 & mask;

export function decodeModel(file: IntentModelFile): IntentModel {
  if (file.bits !== BITS) throw new Error(`intent model built for ${file.bits}-bit features, code uses ${BITS}`);
  const bytes = Buffer.from(file.data, 'base64');
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const width = file.intents.length;
  const { buckets, rows } = file.version === 3 ? denseRows(u8, width) : rowsOfPairs(u8, width);
  // at most two thirds full: probes stay short and the table small enough to stay in cache
  let size = 1;
  while (size * 2 < buckets.length * 3) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(2 * size);
  for (let i = 0; i < buckets.length; i++) {
    let slot = slotOf(buckets[i], mask);
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = buckets[i] + 1;
    slots[2 * slot + 1] = i * width;
  }
  return { intents: file.intents, bias: Float64Array.from(file.bias), scale: file.scale, slots, rows };
}

const uint32At = (u8: Uint8Array, p: number) => (u8[p] | (u8[p + 1] << 8) | (u8[p + 2] << 16) | (u8[p + 3] << 24)) >>> 0;

function denseRows(u8: Uint8Array, width: number): { buckets: Uint32Array; rows: Int16Array } {
  const count = u8.length / (4 + width);
  if (!Number.isInteger(count)) throw new Error('intent model: data is not whole buckets');
  const buckets = new Uint32Array(count);
  for (let i = 0; i < count; i++) buckets[i] = uint32At(u8, 4 * i);
  const rows = new Int16Array(count * width);
  rows.set(new Int8Array(u8.buffer, u8.byteOffset + 4 * count, count * width));
  return { buckets, rows };
}

function rowsOfPairs(u8: Uint8Array, width: number): { buckets: Uint32Array; rows: Int16Array } {
  const starts: number[] = [];
  for (let p = 0; p < u8.length; p += 5 + 2 * u8[p + 4]) starts.push(p);
  const buckets = new Uint32Array(starts.length);
  const rows = new Int16Array(starts.length * width);
  starts.forEach((p, i) => {
    buckets[i] = uint32At(u8, p);
    for (let k = 0, q = p + 5; k < u8[p + 4]; k++, q += 2) rows[i * width + u8[q]] += (u8[q + 1] << 24) >> 24;
  });
  return { buckets, rows };
}

/** Where a feature bucket's row starts in `rows`, or -1 when the model never learned it. */
function rowOf(model: IntentModel, bucket: number): number {
  const { slots } = model;
  const mask = (slots.length >> 1) - 1;
  for (let slot = slotOf(bucket, mask); ; slot = (slot + 1) & mask) {
    const held = slots[2 * slot];
    if (held === 0) return -1;
    if (held === bucket + 1) return slots[2 * slot + 1];
  }
}

let shipped: IntentModel | undefined;

/** The shipped model, decoded at first use. */
export function shippedModel(): IntentModel {
  shipped ??= decodeModel(JSON.parse(readWeightsText(new URL('./intent-weights.json', import.meta.url))) as IntentModelFile);
  return shipped;
}

/**
 * The weights file as text. It is ASCII (base64, numbers, intent names), which latin1 reads as it is, ~7× faster than
 * UTF-8 decoding 6 MB: ~60 ms of a one-line `crm classify`.
 */
function readWeightsText(url: URL): string {
  const bytes = readFileSync(url);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
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
    const base = rowOf(model, features[i]);
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
