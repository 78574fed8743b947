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
 * took 4 MB for ~80,000 trained ones) whose record holds the bucket and, right after it, its row of one weight × scale
 * per intent. A look-up is bound by cache misses, not by arithmetic, and the bucket beside its row is one miss per
 * feature where a table of buckets and rows apart was two. The weights are int8 (as trained and shipped) in one
 * buffer with the buckets: `keys` and `weights` are two views of it.
 */
export interface IntentModel {
  intents: Intent[];
  bias: Float64Array;
  scale: number;
  /** record r → keys[r * keyStride] bucket + 1 (0: empty) */
  keys: Int32Array;
  keyStride: number;
  /** record r's row: weights[r * weightStride + weightOffset …] (int16 only for a version 2 file whose sums outgrow int8) */
  weights: Int8Array | Int16Array;
  weightStride: number;
  weightOffset: number;
}

const slotOf = (bucket: number, mask: number) => Math.imul(bucket, 0x9e3779b1) >>> 0 & mask;

export function decodeModel(file: IntentModelFile): IntentModel {
  if (file.bits !== BITS) throw new Error(`intent model built for ${file.bits}-bit features, code uses ${BITS}`);
  const bytes = Buffer.from(file.data, 'base64');
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const width = file.intents.length;
  const { buckets, rows } = file.version === 3 ? denseRows(u8, width) : rowsOfPairs(u8, width);
  // at most two thirds full: probes stay short
  let size = 1;
  while (size * 2 < buckets.length * 3) size <<= 1;
  const mask = size - 1;
  const weightBytes = rows.BYTES_PER_ELEMENT;
  // a record: the bucket (4 bytes), then the row, to a whole number of int32s
  const recordBytes = 4 + Math.ceil((width * weightBytes) / 4) * 4;
  const buffer = new ArrayBuffer(size * recordBytes);
  const keys = new Int32Array(buffer);
  const weights = weightBytes === 1 ? new Int8Array(buffer) : new Int16Array(buffer);
  const keyStride = recordBytes / 4, weightStride = recordBytes / weightBytes, weightOffset = 4 / weightBytes;
  for (let i = 0; i < buckets.length; i++) {
    let slot = slotOf(buckets[i], mask);
    while (keys[slot * keyStride] !== 0) slot = (slot + 1) & mask;
    keys[slot * keyStride] = buckets[i] + 1;
    const at = slot * weightStride + weightOffset;
    for (let k = 0; k < width; k++) weights[at + k] = rows[i * width + k];
  }
  return { intents: file.intents, bias: Float64Array.from(file.bias), scale: file.scale, keys, keyStride, weights, weightStride, weightOffset };
}

const uint32At = (u8: Uint8Array, p: number) => (u8[p] | (u8[p + 1] << 8) | (u8[p + 2] << 16) | (u8[p + 3] << 24)) >>> 0;

function denseRows(u8: Uint8Array, width: number): { buckets: Uint32Array; rows: Int8Array } {
  const count = u8.length / (4 + width);
  if (!Number.isInteger(count)) throw new Error('intent model: data is not whole buckets');
  const buckets = new Uint32Array(count);
  for (let i = 0; i < count; i++) buckets[i] = uint32At(u8, 4 * i);
  // (read in place: decodeModel copies each row into its record)
  return { buckets, rows: new Int8Array(u8.buffer, u8.byteOffset + 4 * count, count * width) };
}

/** Version 2's rows: int8 where every sum of a bucket's pairs fits, as in every file we shipped. */
function rowsOfPairs(u8: Uint8Array, width: number): { buckets: Uint32Array; rows: Int8Array | Int16Array } {
  const starts: number[] = [];
  for (let p = 0; p < u8.length; p += 5 + 2 * u8[p + 4]) starts.push(p);
  const buckets = new Uint32Array(starts.length);
  const rows = new Int16Array(starts.length * width);
  starts.forEach((p, i) => {
    buckets[i] = uint32At(u8, p);
    for (let k = 0, q = p + 5; k < u8[p + 4]; k++, q += 2) rows[i * width + u8[q]] += (u8[q + 1] << 24) >> 24;
  });
  return { buckets, rows: rows.every((w) => w >= -128 && w <= 127) ? Int8Array.from(rows) : rows };
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
  const { weights, bias, scale, keys, keyStride, weightStride, weightOffset } = model;
  const width = bias.length;
  if (hit.length < features.length) hit = new Int32Array(features.length);
  // (the shared buffer and the table read through locals: the loops below are the model's whole cost)
  const found = hit;
  const mask = keys.length / keyStride - 1;
  let hits = 0;
  for (let i = 0; i < features.length; i++) {
    const held = features[i] + 1;
    // the bucket's record, if the model learned it (open addressing, see IntentModel)
    for (let slot = slotOf(held - 1, mask); ; slot = (slot + 1) & mask) {
      const at = keys[slot * keyStride];
      if (at === held) { found[hits++] = slot * weightStride + weightOffset; break; }
      if (at === 0) break;
    }
  }
  for (let k = 0; k < width; k++) {
    let sum = 0;
    for (let j = 0; j < hits; j++) sum += weights[found[j] + k];
    out.set(model.intents[k], 1 / (1 + Math.exp(-(bias[k] + sum / scale))));
  }
  return out;
}

/** Probability of each intent for a raw message. */
export function modelProbabilities(text: string, model: IntentModel = shippedModel()): Map<Intent, number> {
  return modelProbabilitiesOf(modelText(text), model);
}
