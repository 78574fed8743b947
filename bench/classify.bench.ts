// Language and intent quality of the buyer-message classifier against plain franc, and its throughput.
// Run: npx tsx bench/run.ts classify   (or: npx tsx -e "import('./bench/classify.bench.ts').then(m=>m.default([]))")
// Options: --split train|test|all (default all), --seconds N (throughput window, default 3).
import { franc } from 'franc';
import { classifyMessage } from '../src/domain/classify';
import { tagIntents } from '../src/domain/intent/tag-intents';
import { fromFranc, ISO639_3, SUPPORTED_LANGUAGES, type DetectedLanguage } from '../src/domain/language/languages';
import { intentMicroF1, languageAccuracy, loadLabelled, type Labelled } from '../tests/domain/classify-dataset';

const FRANC_ONLY = SUPPORTED_LANGUAGES.map((l) => ISO639_3[l]);

type Detector = { name: string; detect: (row: Labelled) => DetectedLanguage };

const DETECTORS: Detector[] = [
  { name: 'quayside', detect: (row) => classifyMessage(row).language },
  { name: 'franc (plain)', detect: (row) => fromFranc(franc(row.text)) },
  { name: 'franc (only 16, minLength 1)', detect: (row) => fromFranc(franc(row.text, { only: FRANC_ONLY, minLength: 1 })) },
];

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

function throughput(rows: Labelled[], seconds: number, run: (row: Labelled) => unknown): { wall: number; cpu: number } {
  for (const row of rows) run(row); // warm-up: compiles the regexes for every language seen
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) for (const row of rows) { run(row); n++; }
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wall: n / wallSeconds, cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

export default async function run(args: string[]): Promise<void> {
  const split = option(args, 'split', 'all');
  const seconds = Number(option(args, 'seconds', '3')) || 3;
  const rows = loadLabelled().filter((r) => split === 'all' || r.split === split);
  const short = rows.filter((r) => r.text.length < 15);
  console.log(`classify bench: ${rows.length} labelled messages (split ${split}), ${short.length} under 15 characters\n`);
  console.log(`${'detector'.padEnd(30)} ${'lang'.padStart(7)} ${'<15ch'.padStart(7)} ${'intentF1'.padStart(9)}`);
  for (const d of DETECTORS) {
    const language = new Map(rows.map((r) => [r, d.detect(r)]));
    // Intent F1 with the tagger fed this detector's language: how language errors cost intents.
    const f1 = intentMicroF1(rows, (r) => tagIntents(r.text, language.get(r)!)).f1;
    console.log(
      `${d.name.padEnd(30)} ${pct(languageAccuracy(rows, (r) => language.get(r)!))} ${pct(languageAccuracy(short, (r) => language.get(r)!))} ${pct(f1).padStart(9)}`,
    );
  }
  const ours = throughput(rows, seconds, (r) => classifyMessage(r));
  const plain = throughput(rows, Math.min(seconds, 2), (r) => franc(r.text));
  console.log(`\nthroughput (one thread): classifyMessage ${Math.round(ours.wall)} msg/s wall, ${Math.round(ours.cpu)} msg/s per CPU-second`);
  console.log(`                         franc (plain)   ${Math.round(plain.wall)} msg/s wall, ${Math.round(plain.cpu)} msg/s per CPU-second`);
  console.log('(target: ≥ 5,000 msg/s on one core; "per CPU-second" is the figure that holds on a busy machine)');
}
