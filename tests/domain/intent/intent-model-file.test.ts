import { describe, expect, it } from 'vitest';
import { decodeModel, modelProbabilitiesOf, type IntentModel, type IntentModelFile } from '../../../src/domain/intent/model/intent-model';
import { BITS } from '../../../src/domain/intent/model/features';
import type { Intent } from '../../../src/domain/intent/intents';

const INTENTS: Intent[] = ['price_inquiry', 'sample_request', 'opt_out'];
// two buckets' weights (× scale), written both ways
const WEIGHTS: Array<[number, number[]]> = [[7, [40, 0, -3]], [1 << 19, [-127, 90, 1]]];
const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const file = (version: 2 | 3, data: number[]): IntentModelFile => ({ version, bits: BITS, scale: 32, intents: INTENTS, bias: [0.1, -0.2, 0], data: Buffer.from(data).toString('base64') });
const v2 = file(2, WEIGHTS.flatMap(([bucket, row]) => {
  const pairs = row.flatMap((q, k) => (q === 0 ? [] : [k, q & 0xff]));
  return [...le32(bucket), pairs.length / 2, ...pairs];
}));
const v3 = file(3, [...WEIGHTS.flatMap(([bucket]) => le32(bucket)), ...WEIGHTS.flatMap(([, row]) => row.map((q) => q & 0xff))]);

/** A bucket's row as the decoded table holds it (its record found by a scan, not by the look-up under test). */
function rowOf(model: IntentModel, bucket: number): number[] | undefined {
  for (let r = 0; r * model.keyStride < model.keys.length; r++) {
    if (model.keys[r * model.keyStride] !== bucket + 1) continue;
    const start = r * model.weightStride + model.weightOffset;
    return [...model.weights.subarray(start, start + model.intents.length)];
  }
  return undefined;
}

describe('the shipped weights file', () => {
  it('reads the dense version 3 as the pairs of version 2', () => {
    const a = decodeModel(v2), b = decodeModel(v3);
    expect([...b.keys]).toEqual([...a.keys]);
    expect([...b.weights]).toEqual([...a.weights]);
    expect(WEIGHTS.map(([bucket]) => rowOf(a, bucket))).toEqual(WEIGHTS.map(([, row]) => row));
  });

  it('refuses a version 3 whose data is not whole buckets', () => {
    expect(() => decodeModel(file(3, [1, 2, 3, 4, 5]))).toThrow(/whole buckets/);
  });

  it('gives every intent a probability, the bias alone for text it never learned', () => {
    const probs = modelProbabilitiesOf('zzzz qqqq', decodeModel(v3));
    expect([...probs.keys()]).toEqual(INTENTS);
    for (const p of probs.values()) expect(p).toBeGreaterThan(0);
  });
});
