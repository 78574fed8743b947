// abjad.ts reads each letter one way, the way most Latin spellings of Arabic and of Hebrew want it. Two letter groups
// are said otherwise often enough that a contact's name then misses its own Latin card:
// - Persian and Urdu say the Arabic letters ض ظ ذ as z, where an Arabic reading gives d, z and dh: رضا is "Reza",
//   ظفر "Zafar", نذیر "Nazir", فضل "Fazal" on an Iranian or Pakistani card;
// - Hebrew ו inside a short word is v as often as it is a vowel, and unpointed text does not say which: לוי is "Levi"
//   and דוד "David", where שמעון is "Shimon" and יוסי "Yossi". Taken as v in words of three letters only, where a
//   name's vowel letters are fewest.
// A contact in either script is also read with these values; a second reading only, so no name loses the first.
import { readAbjads } from './abjad';

const SAID_Z = /[ضظذ]/g;
// a word of three Hebrew letters with ו inside (not the conjunction ו- before a word, not the doubled וו that reads v)
const SHORT_WORD_VAV = /(?<![\u05d0-\u05ea])([\u05d0-\u05ea])ו([\u05d0-\u05ea])(?![\u05d0-\u05ea])/g;

/** The text's Arabic-script and Hebrew words read with those letters' other values, or undefined when it has none. */
export function abjadOtherReading(text: string): string | undefined {
  const respelt = text.replace(SAID_Z, 'ز').replace(SHORT_WORD_VAV, '$1וו$2');
  return respelt === text ? undefined : readAbjads(respelt);
}
