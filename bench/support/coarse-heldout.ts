// The second held-out split (tests/data/classify/heldout2.jsonl): written by an author who never saw our intents'
// names, patterns, model or data, with nine coarser labels. Our 19 intents are mapped onto them (below) and scored
// on the coarse labels only; the mapping is fixed here, not tuned.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { classifyWithConfidence } from '../../src/domain/classify';
import type { Intent } from '../../src/domain/intent/intents';
import { SUPPORTED_LANGUAGES } from '../../src/domain/language/languages';

export const HELDOUT2_PATH = fileURLToPath(new URL('../../tests/data/classify/heldout2.jsonl', import.meta.url));

const COARSE = ['price_inquiry', 'moq', 'sample_request', 'order_intent', 'shipping', 'payment', 'complaint', 'opt_out', 'other'] as const;
type Coarse = (typeof COARSE)[number];

/** Our intent → the coarse label the other author used for it (their definitions: price incl. discounts, shipping incl. lead time). */
const TO_COARSE: Record<Intent, Coarse> = {
  price_inquiry: 'price_inquiry', quote_revision: 'price_inquiry', discount_request: 'price_inquiry',
  moq: 'moq', sample_request: 'sample_request',
  order_confirmation: 'order_intent', order_split: 'order_intent',
  shipping: 'shipping', lead_time: 'shipping',
  payment_terms: 'payment', payment_extension: 'payment',
  complaint: 'complaint', opt_out: 'opt_out',
  greeting: 'other', competitor_mention: 'other', customization: 'other', certification: 'other', catalog_request: 'other', other: 'other',
};

const Row = z.object({ text: z.string(), language: z.string(), intents: z.array(z.enum(COARSE)).min(1), kind: z.string().optional() });
type Row = z.infer<typeof Row>;

function coarse(intents: readonly Intent[]): Set<Coarse> {
  const set = new Set(intents.map((i) => TO_COARSE[i]));
  if (set.size > 1) set.delete('other');
  return set.size ? set : new Set<Coarse>(['other']);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function reportCoarseHeldout(path = HELDOUT2_PATH): { f1: number; language: number; optOutRecall: number } {
  const rows: Row[] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => Row.parse(JSON.parse(l)));
  const predicted = rows.map((r) => classifyWithConfidence({ text: r.text }));
  let tp = 0, fp = 0, fn = 0, exact = 0;
  const per = new Map<Coarse, { tp: number; fp: number; fn: number }>(COARSE.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  rows.forEach((r, i) => {
    const gold = new Set(r.intents);
    const got = coarse(predicted[i].intents);
    for (const c of got) { const s = per.get(c)!; if (gold.has(c)) { tp++; s.tp++; } else { fp++; s.fp++; } }
    for (const c of gold) if (!got.has(c)) { fn++; per.get(c)!.fn++; }
    if (got.size === gold.size && [...got].every((c) => gold.has(c))) exact++;
  });
  const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const supported = rows.map((r, i) => [r, predicted[i]] as const).filter(([r]) => (SUPPORTED_LANGUAGES as readonly string[]).includes(r.language));
  const right = (list: typeof supported) => list.filter(([r, p]) => p.language === r.language).length / (list.length || 1);
  const short = supported.filter(([r]) => r.text.length < 15);
  const optOut = per.get('opt_out')!;
  const optOutRecall = optOut.tp / (optOut.tp + optOut.fn || 1);
  console.log(`\n== held-out 2 (heldout2.jsonl, another author, 9 coarse labels; never read while tuning): ${rows.length} messages`);
  console.log(`language accuracy      ${pct(right(supported))} on ${supported.length} messages in our ${SUPPORTED_LANGUAGES.length} languages; under 15 characters ${pct(right(short))} (${short.length})`);
  console.log(`coarse intent micro-F1 ${pct(f1)} (P ${pct(precision)}, R ${pct(recall)}); exact set ${pct(exact / rows.length)}`);
  const byLang = [...new Set(rows.map((r) => r.language))].map((l) => {
    const sub = rows.map((r, i) => [r, coarse(predicted[i].intents)] as const).filter(([r]) => r.language === l && r.intents.includes('opt_out'));
    return sub.length ? `${l} ${sub.filter(([, got]) => got.has('opt_out')).length}/${sub.length}` : '';
  }).filter(Boolean);
  console.log(`opt-out recall         ${pct(optOutRecall)} of ${optOut.tp + optOut.fn}, precision ${pct(optOut.tp / (optOut.tp + optOut.fp || 1))}; by language ${byLang.join('  ')}`);
  console.log('per coarse label       precision  recall  support');
  for (const [c, s] of per) console.log(`  ${c.padEnd(21)}${pct(s.tp / (s.tp + s.fp || 1)).padStart(8)} ${pct(s.tp / (s.tp + s.fn || 1)).padStart(8)} ${String(s.tp + s.fn).padStart(8)}`);
  return { f1, language: right(supported), optOutRecall };
}
