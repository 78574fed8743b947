// Leave one author out: each training file written by an author of its own is scored by the whole classifier
// (patterns + a model trained on every other training message + the blend), for a few blend thresholds. A file scored
// by a model that never saw its author is the nearest thing to an unseen author we may tune on: the held-out splits
// are only ever scored by the bench. It also prints how densely each author labels (share of messages with more than
// one intent): authors differ there more than in anything the classifier can learn.
// Run: npm run lofo:intents [-- author …]
import { classifyWithConfidence } from '../src/domain/classify';
import type { BlendThresholds } from '../src/domain/intent/model/blend';
import { decodeModel } from '../src/domain/intent/model/intent-model';
import {
  intentMicroF1, loadLabelled, TRAIN_EXTRA_PATH, TRAIN_FIFTH_PATH, TRAIN_MORE_PATH, TRAIN_SEVENTH_PATH, TRAIN_SIXTH_PATH, type Labelled,
} from '../tests/domain/classify-dataset';
import { train } from './intent-trainer';

const ours = loadLabelled().filter((r) => r.split === 'train');
const authors: Record<string, Labelled[]> = {
  extra: loadLabelled(TRAIN_EXTRA_PATH), more: loadLabelled(TRAIN_MORE_PATH), fifth: loadLabelled(TRAIN_FIFTH_PATH),
  sixth: loadLabelled(TRAIN_SIXTH_PATH), seventh: loadLabelled(TRAIN_SEVENTH_PATH),
};
const grid: Array<[string, BlendThresholds]> = [];
for (const add of [0.5, 0.6, 0.7]) for (const veto of [0, 0.1, 0.3]) grid.push([`add ${add} veto ${veto}`, { add, veto, optOut: 0.5 }]);

const pct = (x: number) => (x * 100).toFixed(1);
const only = process.argv.slice(2);
const totals = new Map<string, number[]>();
for (const [author, rows] of Object.entries(authors)) {
  if (only.length && !only.includes(author)) continue;
  const model = decodeModel(train([...ours, ...Object.entries(authors).filter(([name]) => name !== author).flatMap(([, r]) => r)]));
  const multi = rows.filter((r) => r.intents.length > 1).length / rows.length;
  console.log(`left out ${author}: ${rows.length} messages, ${pct(multi)}% with more than one intent`);
  for (const [name, thresholds] of grid) {
    const { f1, precision, recall } = intentMicroF1(rows, (row) => classifyWithConfidence({ text: row.text, country: row.country, previous: row.previous }, { model, thresholds }).intents);
    totals.set(name, [...(totals.get(name) ?? []), f1]);
    console.log(`  ${name.padEnd(18)} F1 ${pct(f1)} (P ${pct(precision)}, R ${pct(recall)})`);
  }
}
console.log('mean over the authors left out');
for (const [name, f1s] of totals) console.log(`  ${name.padEnd(18)} F1 ${pct(f1s.reduce((a, b) => a + b, 0) / f1s.length)}`);
