import type { Intent } from './intents';
import { maskHypotheticalOrder } from './hypothetical-order';
import { maskNotAnExtension } from './not-an-extension';

/**
 * The masks of the acting intents' look-alikes the model reads too (model/blend.ts): an order only supposed or a
 * confirmation of something else ("we will confirm next week", "we confirm receipt"), a payment made or a term asked.
 * Without them the model adds the intent the patterns were kept from.
 */
export const LOOK_ALIKES_FOR_MODEL: ReadonlyArray<readonly [Intent, (folded: string) => string]> = [
  ['order_confirmation', maskHypotheticalOrder],
  ['payment_extension', maskNotAnExtension],
];

/** Below this probability the model neither adds nor confirms the intent (MODEL_ADD_PROBABILITY 0.6): no need to mask. */
export const LOOK_ALIKE_READ_FROM = 0.5;
