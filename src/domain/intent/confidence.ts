// How sure the classifier is of a tag, and what each level may trigger. One place, documented in the README.

/** A specific phrase matched ("can you send a sample", "请报价"). */
export const STRONG_CONFIDENCE = 0.9;
/** Only a bare keyword matched ("sample", "价格") and nothing more specific overrode it. */
export const WEAK_CONFIDENCE = 0.7;
/** Context alone suggests it ("yes, go ahead" right after a quote; "air" after "sea or air?"): emitted, never acted on. */
export const CONTEXT_CONFIDENCE = 0.7;
/** A forwarded or quoted text carries the intents of someone else's words: scaled down below the emit threshold. */
export const QUOTED_FACTOR = 0.6;

/** Below this a tag is not emitted at all (the message is `other` if nothing else is left). */
export const EMIT_THRESHOLD = 0.6;
/** Automatic actions (stage moves, risk alerts to managers) fire only at or above this. */
export const ACTION_THRESHOLD = 0.8;

/** An explicit request not to be contacted ("unsubscribe", "别再给我发消息了"). */
export const OPT_OUT_CERTAIN = 0.95;
/** Probably an opt-out ("not interested", "stop"): sequences pause and the owner is asked to confirm. */
export const OPT_OUT_LIKELY = 0.7;
/** At or above this an opt-out is acted on without asking: the contact is marked and the buyer told. */
export const OPT_OUT_ACT_THRESHOLD = 0.9;

/** The intents sure enough to act on; an intent without a confidence (older callers, tests) counts as sure. */
export function actionableIntents<T extends string>(intents: readonly T[], confidence: Record<string, number> | undefined): T[] {
  return intents.filter((i) => (confidence?.[i] ?? 1) >= ACTION_THRESHOLD);
}

/** `certain`: act on the opt-out at once; `likely`: pause and ask the owner; null: no opt-out. */
export function optOutLevel(intents: readonly string[], confidence: Record<string, number> | undefined): 'certain' | 'likely' | null {
  if (!intents.includes('opt_out')) return null;
  return (confidence?.opt_out ?? 1) >= OPT_OUT_ACT_THRESHOLD ? 'certain' : 'likely';
}
