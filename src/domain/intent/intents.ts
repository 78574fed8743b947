/** Trade intents a buyer's message can carry (multi-label). `other` only when nothing else matches. */
export const INTENTS = [
  'greeting', 'price_inquiry', 'quote_revision', 'discount_request', 'competitor_mention', 'moq', 'sample_request',
  'lead_time', 'shipping', 'payment_terms', 'payment_extension', 'order_confirmation', 'order_split', 'complaint',
  'customization', 'certification', 'catalog_request', 'opt_out', 'other',
] as const;

/** One of {@link INTENTS}. */
export type Intent = (typeof INTENTS)[number];

export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && (INTENTS as readonly string[]).includes(value);
}
