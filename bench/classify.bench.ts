// Language and intent quality of the buyer-message classifier, against franc, and its throughput.
// Run: npm run bench -- classify [--seconds N] [--no-heldout] [--dev path.jsonl]
// --no-heldout: while tuning, the held-out split is neither scored nor printed (nor used for throughput).
// --dev: a development split by another independent author that we DO tune on (default: tests/data/classify/dev.jsonl,
// and then the further DEV sets of MORE_DEV_SETS too).
// Splits: "ours" = tests/data/classify/labelled.jsonl (train: tuned on; test: fixed), train-extra, train-more, train-fifth, train-sixth, train-seventh, train-eighth, train-ninth, train-tenth, train-eleventh, train-twelfth, train-thirteenth, train-fourteenth and train-fifteenth.jsonl;
// "held-out" = tests/data/classify/heldout.jsonl, written by another author and never read while tuning
// (the headline when present); "held-out 2" = heldout2.jsonl, by a third author with coarser labels (see
// support/coarse-heldout.ts). Exits 1 when a printed target is missed on the headline split.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModule } from 'cld3-asm';
import { franc } from 'franc';
import { classifyWithConfidence } from '../src/domain/classify';
import { INTENTS, type Intent } from '../src/domain/intent/intents';
import { fromFranc, isLanguageCode, ISO639_3, SUPPORTED_LANGUAGES, type DetectedLanguage } from '../src/domain/language/languages';
import {
  exactSetRate, HELDOUT_PATH, intentMicroF1, intentScores, languageAccuracy, loadExtraTraining, loadLabelled, type Labelled,
} from '../tests/domain/classify-dataset';
import { HELDOUT2_PATH, reportCoarseHeldout } from './support/coarse-heldout';

const FRANC_ONLY = SUPPORTED_LANGUAGES.map((l) => ISO639_3[l]);
/** Intents that trigger an action somewhere (signals, wake-up sequences): their precision is held to a target. */
const ACTION_INTENTS: Intent[] = ['opt_out', 'order_confirmation', 'payment_extension', 'order_split', 'complaint', 'quote_revision', 'discount_request', 'sample_request'];
const TARGETS = { language: 0.98, languageShort: 0.95, intentF1: 0.9, optOutRecall: 0.97, actionPrecision: 0.85, throughput: 5000 };

// Google's CLD3 (WASM build), the maintained library the issue asks us to compare with; its close relatives count as ours.
const CLD3_RELATIVES: Record<string, DetectedLanguage> = { 'zh-Latn': 'zh', ms: 'id', uk: 'ru', be: 'ru', gl: 'pt' };
type Cld3 = (text: string) => DetectedLanguage;
async function loadCld3(): Promise<Cld3> {
  const identifier = (await loadModule()).create(0, 1000);
  return (text) => {
    if (!text.trim()) return 'und';
    const r = identifier.findLanguage(text);
    const code = CLD3_RELATIVES[r.language] ?? r.language;
    return isLanguageCode(code) ? code : 'und';
  };
}
let cld3: Cld3 = () => 'und';

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** Messages per CPU-second over a fixed window (the figure that holds on a busy machine). */
function throughput(rows: Labelled[], seconds: number, run: (row: Labelled) => unknown): number {
  for (const row of rows) run(row); // warm-up: compiles the regexes for every language seen
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) for (const row of rows) { run(row); n++; }
  const cpu = process.cpuUsage(cpu0);
  return n / ((cpu.user + cpu.system) / 1e6);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const failures: string[] = [];
function check(label: string, value: number, target: number, enforce: boolean): string {
  const ok = value >= target;
  if (!ok && enforce) failures.push(`${label} ${value < 2 ? pct(value) : Math.round(value)} < ${target < 2 ? pct(target) : target}`);
  return `${ok ? '' : enforce ? '  MISSED' : '  (below target)'}`;
}

function report(name: string, rows: Labelled[], enforce: boolean): void {
  if (rows.length === 0) return;
  const results = new Map(rows.map((r) => [r, classifyWithConfidence(r)]));
  const lang = (r: Labelled) => results.get(r)!.language;
  const intents = (r: Labelled) => results.get(r)!.intents;
  const short = rows.filter((r) => r.text.length < 15);
  const francLang = (r: Labelled): DetectedLanguage => fromFranc(franc(r.text, { only: FRANC_ONLY, minLength: 1 }));
  const cld3Lang = (r: Labelled) => cld3(r.text);
  const f1 = intentMicroF1(rows, intents);
  console.log(`\n== ${name}: ${rows.length} messages, ${short.length} under 15 characters${enforce ? ' (targets enforced)' : ''}`);
  const la = languageAccuracy(rows, lang), ls = languageAccuracy(short, lang);
  console.log(`language accuracy      ${pct(la)} (target ${pct(TARGETS.language)})${check(`${name} language`, la, TARGETS.language, enforce)}   franc(16) ${pct(languageAccuracy(rows, francLang))}, cld3-asm ${pct(languageAccuracy(rows, cld3Lang))}`);
  console.log(`  under 15 characters  ${pct(ls)} (target ${pct(TARGETS.languageShort)})${check(`${name} language <15`, ls, TARGETS.languageShort, enforce)}   franc(16) ${pct(languageAccuracy(short, francLang))}, cld3-asm ${pct(languageAccuracy(short, cld3Lang))}`);
  const byLang = SUPPORTED_LANGUAGES.map((l) => {
    const sub = short.filter((r) => r.language === l);
    return sub.length ? `${l} ${pct(languageAccuracy(sub, lang))}` : '';
  }).filter(Boolean);
  console.log(`  short, by language   ${byLang.join('  ')}`);
  console.log(`intent micro-F1        ${pct(f1.f1)} (P ${pct(f1.precision)}, R ${pct(f1.recall)}; target ${pct(TARGETS.intentF1)})${check(`${name} intent F1`, f1.f1, TARGETS.intentF1, enforce)}`);
  console.log(`exact intent set       ${pct(exactSetRate(rows, intents))}`);
  const optOutByLang = SUPPORTED_LANGUAGES.map((l) => {
    const s = intentScores(rows.filter((r) => r.language === l), 'opt_out', intents);
    if (s.support === 0) return '';
    check(`${name} opt-out recall ${l}`, s.recall, TARGETS.optOutRecall, enforce);
    return `${l} ${pct(s.recall)}`;
  }).filter(Boolean);
  const optOut = intentScores(rows, 'opt_out', intents);
  console.log(`opt-out recall         ${pct(optOut.recall)} of ${optOut.support} (target ${pct(TARGETS.optOutRecall)} in each language), precision ${pct(optOut.precision)}`);
  console.log(`  by language          ${optOutByLang.join('  ')}`);
  console.log('per intent             precision  recall  support');
  for (const intent of INTENTS) {
    const s = intentScores(rows, intent, intents);
    const action = ACTION_INTENTS.includes(intent);
    const mark = action ? check(`${name} ${intent} precision`, s.precision, TARGETS.actionPrecision, enforce && s.predicted > 0) : '';
    console.log(`  ${(intent + (action ? ' *' : '')).padEnd(21)}${pct(s.precision).padStart(8)} ${pct(s.recall).padStart(8)} ${String(s.support).padStart(8)}${mark}`);
  }
  console.log(`  (* acts on the buyer or the pipeline: precision target ${pct(TARGETS.actionPrecision)})`);
  const kinds = [...new Set(rows.map((r) => r.kind).filter((k): k is string => Boolean(k)))].sort();
  if (kinds.length) {
    console.log('by kind                intent F1  exact set');
    for (const kind of kinds) {
      const sub = rows.filter((r) => r.kind === kind);
      console.log(`  ${kind.padEnd(21)}${pct(intentMicroF1(sub, intents).f1).padStart(8)} ${pct(exactSetRate(sub, intents)).padStart(9)}  (${sub.length})`);
    }
  }
}

const DEV_PATH = fileURLToPath(new URL('../tests/data/classify/dev.jsonl', import.meta.url));
/** The further DEV sets, each by other authors who read no code, printed in this order; none is trained on. */
const MORE_DEV_SETS: { file: string; label: string }[] = [
  // written blind at the fifteenth stop, read once untouched: F1 82.7%, opt-out recall 93.7% at precision 95.0%
  { file: 'dev4.jsonl', label: 'dev 4: tuned on (dev4.jsonl, a seventh author, written blind; not trained on)' },
  // opt-outs, their look-alikes and ordinary messages by three authors, each in its own languages (es de pl nl; it pt
  // fr tr ru; ar vi id zh ja ko en), written blind at the twenty-first stop, read untouched first (opt-out recall
  // 79.2%, 84.2%, 87.3% at precision 89.6%, 85.6%, 94.4%). A model trained on two of them read the third no better
  // (opt-out recall 87.3% → 87.7%, F1 81.3% → 81.4%).
  { file: 'dev-optout.jsonl', label: 'dev opt-out: tuned on (dev-optout.jsonl, three more authors, mostly opt-outs and look-alikes; not trained on)' },
  // 1,218 messages written blind at the twenty-fourth stop (extra German and Dutch, order_split and its look-alikes),
  // read once untouched: F1 83.6%, opt-out recall 93.1% at precision 97.1%, order_split precision 90.7% at recall 72.2%
  { file: 'dev5.jsonl', label: 'dev 5: tuned on (dev5.jsonl, an eleventh author, written blind; not trained on)' },
  { file: 'dev6.jsonl', label: 'dev 6: tuned on (dev6.jsonl, a twelfth author, written blind; not trained on)' },
  // 1,264 messages written blind at the twenty-sixth stop (voice-note transcripts, pasted emails, industries beyond
  // lighting): read once untouched on 9c2b599 (F1 79.5%, opt-out recall 98.0% at precision 84.2%)
  { file: 'dev7.jsonl', label: 'dev 7: tuned on (dev7.jsonl, a thirteenth author, written blind; not trained on)' },
  // 1,205 messages written blind at the twenty-seventh stop (buyers of many trades, tender language, regional
  // dialects, emoji answers in context): read once untouched on 9704cfb (F1 82.2%, opt-out recall 98.5% at 92.8%); tuned on since
  { file: 'dev8.jsonl', label: 'dev 8: tuned on (dev8.jsonl, a fourteenth author, written blind; not trained on)' },
  // 1,200 messages written blind at the twenty-eighth stop (70 countries, dialects and romanised scripts, many
  // acknowledgements and look-alikes): read once untouched on 7f7dbf5 (F1 72.1%, under 15 characters 86.4%, opt-out recall 95.3% at 79.2%); tuned on since
  { file: 'dev9.jsonl', label: 'dev 9: tuned on (dev9.jsonl, a fifteenth author, written blind; not trained on)' },
];
const devSetPath = (file: string) => fileURLToPath(new URL(`../tests/data/classify/${file}`, import.meta.url));

export default async function run(args: string[]): Promise<void> {
  const seconds = Number(option(args, 'seconds', '3')) || 3;
  cld3 = await loadCld3();
  const labelled = loadLabelled();
  const extra = loadExtraTraining();
  const devPath = option(args, 'dev', DEV_PATH);
  const dev = existsSync(devPath) ? loadLabelled(devPath) : [];
  const moreDev = devPath === DEV_PATH ? MORE_DEV_SETS.filter((d) => existsSync(devSetPath(d.file))).map((d) => ({ ...d, rows: loadLabelled(devSetPath(d.file)) })) : [];
  const dev4 = moreDev.find((d) => d.file === 'dev4.jsonl')?.rows ?? [];
  const heldout = !args.includes('--no-heldout') && existsSync(HELDOUT_PATH) ? loadLabelled(HELDOUT_PATH) : [];
  const headline = heldout.length ? 'held-out' : 'ours test';
  console.log(`classify bench; headline: ${headline}${heldout.length ? '' : ' (tests/data/classify/heldout.jsonl not present yet)'}`);
  report('ours train (labelled.jsonl train + train-extra, -more, -fifth, -sixth, -seventh, -eighth, -ninth, -tenth, -eleventh, -twelfth, -thirteenth, -fourteenth, -fifteenth: tuned on these)', [...labelled.filter((r) => r.split === 'train'), ...extra], false);
  report('ours test (labelled.jsonl test)', labelled.filter((r) => r.split === 'test'), !heldout.length);
  report('dev: tuned on (dev.jsonl, by another author who never saw the code; not trained on)', dev, false);
  for (const d of moreDev) report(d.label, d.rows, false);
  if (heldout.length) report('held-out (heldout.jsonl, never read while tuning)', heldout, true);
  if (!args.includes('--no-heldout') && existsSync(HELDOUT2_PATH)) reportCoarseHeldout();

  // Equal windows, same messages, one thread each (the opt-out DEV set left out: its mix is not a buyer's, and the
  // figure stays comparable with earlier runs).
  const rows = [...labelled, ...extra, ...dev, ...dev4, ...heldout];
  const ours = throughput(rows, seconds, (r) => classifyWithConfidence(r));
  const plain = throughput(rows, seconds, (r) => franc(r.text));
  const google = throughput(rows, seconds, (r) => cld3(r.text));
  console.log(`\nthroughput per CPU-second (${seconds} s windows): classify ${Math.round(ours)} msg/s (target ${TARGETS.throughput})${check('throughput', ours, TARGETS.throughput, true)}; franc alone ${Math.round(plain)} msg/s; cld3-asm alone ${Math.round(google)} msg/s`);
  const before = process.memoryUsage().heapUsed;
  console.log(`heap in use after the run: ${(before / 1e6).toFixed(0)} MB`);
  if (failures.length) {
    console.log(`\nTARGETS MISSED (${failures.length}):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nall printed targets met');
}
