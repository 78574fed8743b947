// Features of the intent model: folded words and character n-grams. Shared by the trainer and the classifier so
// both see a message the same way.
import { cleanForIntents, fold } from '../../language/clean-text';

/** Longest text the model reads; the ask is at the start. */
const MAX_MODEL_CHARS = 600;

/** The distinct features of a message: `w:<word>` and character 2–4-grams (1-grams for non-Latin letters). */
export function modelFeatures(text: string): Set<string> {
  const out = new Set<string>();
  const folded = fold(cleanForIntents(text).slice(0, MAX_MODEL_CHARS)).replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
  if (!folded) return out;
  for (const word of folded.split(/[^\p{L}\p{N}']+/u)) if (word) out.add(`w:${word}`);
  const padded = ` ${folded} `;
  const chars = [...padded];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i].charCodeAt(0) > 0x24f && /\p{L}/u.test(chars[i])) out.add(chars[i]);
    for (let n = 2; n <= 4 && i + n <= chars.length; n++) {
      const gram = chars.slice(i, i + n).join('');
      if (gram.trim().length >= 2 || n === 2) out.add(gram);
    }
  }
  return out;
}
