import { spanMask } from './blank-spans';

// "هلأ" (Levantine "now") folds to "هلا", the Gulf hello: a hello opens the message, "now" ends an ask ("ارسلوا العينة
// هلأ", send the sample now). The patterns read the hello only first (ar.patterns.ts); the model reads this mask.
const NOW_NOT_HELLO = /(?<!^[\s\p{P}]*)هلا/gu;

/** The folded text with a "هلا" that does not open the message blanked (same length), or the text itself. */
export const maskNotAGreeting = spanMask(/هلا/, [NOW_NOT_HELLO]);
