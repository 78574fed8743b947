// Leave one author out: each training file written by an author of its own is scored by the whole classifier
// (patterns + a model trained on every other training message + the blend), for a few blend thresholds. A file scored
// by a model that never saw its author is the nearest thing to an unseen author we may tune on: the held-out splits
// are only ever scored by the bench. It also prints how densely each author labels (share of messages with more than
// one intent): authors differ there more than in anything the classifier can learn.
// Trains as train-intent-model.ts does: TRAIN_ON_DEV=1 adds dev.jsonl and dev4.jsonl as two more authors (each
// left out in turn too), TRANSLATION_WEIGHING=once|sqrt weighs rows by their translation group (default none).
// Run: npm run lofo:intents [-- author …]
import { classifyWithConfidence } from '../src/domain/classify';
import type { BlendThresholds } from '../src/domain/intent/model/blend';
import { decodeModel } from '../src/domain/intent/model/intent-model';
import { intentMicroF1 } from '../tests/domain/classify-dataset';
import { train } from './intent-trainer';
import { trainingFromEnv } from './translation-groups';

// ours (the train split of labelled.jsonl) is never left out: it is the project's own, not another author's.
const authors = trainingFromEnv();
const FIRST_AUTHORS = ['extra', 'more', 'fifth', 'sixth', 'seventh']; // the authors left out before the DEV sets were trained on
const grid: Array<[string, BlendThresholds]> = [];
for (const add of [0.5, 0.6, 0.7]) for (const veto of [0, 0.1, 0.3]) grid.push([`add ${add} veto ${veto}`, { add, veto, optOut: 0.5 }]);

const pct = (x: number) => (x * 100).toFixed(1);
const only = process.argv.slice(2);
const totals = new Map<string, Array<[string, number]>>();
for (const { author, rows } of authors) {
  if (author === 'ours' || (only.length && !only.includes(author))) continue;
  const others = authors.filter((a) => a.author !== author);
  const model = decodeModel(train(others.flatMap((a) => a.rows), others.flatMap((a) => a.weights)));
  const multi = rows.filter((r) => r.intents.length > 1).length / rows.length;
  console.log(`left out ${author}: ${rows.length} messages, ${pct(multi)}% with more than one intent`);
  for (const [name, thresholds] of grid) {
    const { f1, precision, recall } = intentMicroF1(rows, (row) => classifyWithConfidence({ text: row.text, country: row.country, previous: row.previous }, { model, thresholds }).intents);
    totals.set(name, [...(totals.get(name) ?? []), [author, f1]]);
    console.log(`  ${name.padEnd(18)} F1 ${pct(f1)} (P ${pct(precision)}, R ${pct(recall)})`);
  }
}
const mean = (xs: number[]) => pct(xs.reduce((a, b) => a + b, 0) / xs.length);
console.log(`mean over the authors left out (and over ${FIRST_AUTHORS.join(', ')} alone, comparable with runs before the DEV sets)`);
for (const [name, f1s] of totals) {
  const first = f1s.filter(([a]) => FIRST_AUTHORS.includes(a)).map(([, f]) => f);
  console.log(`  ${name.padEnd(18)} F1 ${mean(f1s.map(([, f]) => f))}${first.length !== f1s.length && first.length ? ` (${mean(first)})` : ''}`);
}
