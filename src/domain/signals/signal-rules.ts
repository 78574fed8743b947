import type { Localized } from '../i18n';
import type { Intent } from '../intent/intents';
import type { Stage } from '../pipeline/stages';

/**
 * What buyers' intents do to the CRM, as tables a sales manager can read and change without reading the code:
 * the customer tags kept from the message history, the risk signals raised to the manager, and the stage moves.
 */

export const CUSTOMER_TAGS = ['price-sensitive', 'comparing-competitors', 'quality-focused', 'sample-stage'] as const;
export type CustomerTagName = (typeof CUSTOMER_TAGS)[number];

export interface TagRule {
  tag: CustomerTagName;
  /** one message with any of these earns the tag */
  anyOf: Intent[];
  /** or: this many inbound messages (this one included) carrying any of `intents` within `days` */
  repeated?: { intents: Intent[]; atLeast: number; days: number };
  /** intents after which the tag no longer describes the buyer (removed when it came from intents) */
  clearedBy?: Intent[];
}

export const TAG_RULES: readonly TagRule[] = [
  // one price question is normal; asking for a discount, or asking about price again and again, is not
  { tag: 'price-sensitive', anyOf: ['discount_request'], repeated: { intents: ['price_inquiry', 'discount_request'], atLeast: 2, days: 90 } },
  { tag: 'comparing-competitors', anyOf: ['competitor_mention'] },
  { tag: 'quality-focused', anyOf: ['certification', 'complaint'] },
  { tag: 'sample-stage', anyOf: ['sample_request'], clearedBy: ['order_confirmation'] },
];

/** Words for the tags where reps read them (the card). */
export const TAG_NAMES: Localized<Record<CustomerTagName, string>> = {
  en: { 'price-sensitive': 'price-sensitive', 'comparing-competitors': 'comparing competitors', 'quality-focused': 'quality-focused', 'sample-stage': 'sample stage' },
  zh: { 'price-sensitive': '价格敏感', 'comparing-competitors': '在比价', 'quality-focused': '重视质量', 'sample-stage': '样品阶段' },
};

export type RiskKind = 'payment_extension' | 'order_split' | 'quote_revisions';

export interface RiskRule {
  kind: RiskKind;
  intent: Intent;
  /** raised only when this many inbound messages with the intent (this one included) fall within `days` */
  repeated?: { atLeast: number; days: number };
  /** after an alert of this kind for a customer, further ones within this many hours are not sent (the manager knows) */
  quietHours: number;
}

/** Classic default/fraud precursors in export trade: longer terms, split shipments/invoices, endless re-quoting. */
export const RISK_RULES: readonly RiskRule[] = [
  { kind: 'payment_extension', intent: 'payment_extension', quietHours: 24 },
  { kind: 'order_split', intent: 'order_split', quietHours: 24 },
  { kind: 'quote_revisions', intent: 'quote_revision', repeated: { atLeast: 3, days: 30 }, quietHours: 30 * 24 },
];

/** Inbound intents that move the customer's open deal forward (never back); `won` waits for the rep's confirmation. */
export const STAGE_INTENTS: ReadonlyArray<{ intent: Intent; to: Stage }> = [
  { intent: 'order_confirmation', to: 'won' },
  { intent: 'sample_request', to: 'sample' },
];

/** The furthest stage these intents ask for (order confirmation beats a sample request in the same message). */
export function stageFromIntents(intents: readonly Intent[]): Stage | null {
  return STAGE_INTENTS.find((s) => intents.includes(s.intent))?.to ?? null;
}

/**
 * Which tags one message earns. `repeatedCount` answers from the history, and is asked only when the message
 * itself does not earn the tag but carries one of the rule's repeated intents.
 */
export async function tagsEarned(intents: readonly Intent[], repeatedCount: (rule: TagRule) => Promise<number>): Promise<CustomerTagName[]> {
  const earned: CustomerTagName[] = [];
  for (const rule of TAG_RULES) {
    if (rule.anyOf.some((i) => intents.includes(i))) earned.push(rule.tag);
    else if (rule.repeated?.intents.some((i) => intents.includes(i)) && (await repeatedCount(rule)) >= rule.repeated.atLeast) earned.push(rule.tag);
  }
  return earned;
}

/** Tags this message makes stale (e.g. an order confirmation ends the sample stage). */
export function tagsCleared(intents: readonly Intent[]): CustomerTagName[] {
  return TAG_RULES.filter((rule) => rule.clearedBy?.some((i) => intents.includes(i))).map((rule) => rule.tag);
}
