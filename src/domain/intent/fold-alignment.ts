// A mask finds its spans in the folded text; the lower-case and cased forms must lose the same words. Folding changes
// lengths ("ß" → "ss", "æ" → "ae", Arabic vowel marks dropped) and an emoji is one character but two string units, so
// a position in the folded text is found through where each character of the other form folds to.
import { fold } from '../language/clean-text';
import { boundedMemo } from '../bounded-memo';

/** One character folded (remembered: a message's characters repeat, and folding runs a chain of replacements). */
const foldPoint = boundedMemo(fold, 20_000);

/**
 * Where each character (code point) of `form` starts in `folded`, its last entry the end; null when folding the form
 * one character at a time does not give `folded` (a form the alignment cannot follow is then left unmasked).
 */
export function foldOffsets(form: string, folded: string): Int32Array | null {
  const points = [...form];
  const starts = new Int32Array(points.length + 1);
  let at = 0;
  for (let k = 0; k < points.length; k += 1) {
    const piece = foldPoint(points[k]);
    if (folded.startsWith(piece, at) === false) return null;
    starts[k] = at;
    at += piece.length;
  }
  starts[points.length] = at;
  return at === folded.length ? starts : null;
}

/**
 * `form` with each character blanked whose folded letters `masked` blanked (a character that folds to nothing, a
 * vowel mark, goes with the one before it). `before` is the folded text the mask read; `offsets` come from foldOffsets
 * on the form before any masking (blanking keeps every character's place).
 */
export function blankAligned(form: string, offsets: Int32Array, before: string, masked: string): string {
  const points = [...form];
  let previousBlanked = false;
  return points
    .map((c, k) => {
      const start = offsets[k];
      const end = offsets[k + 1];
      if (start === end) return previousBlanked ? ' ' : c;
      let blanked = false;
      for (let j = start; j < end; j += 1) {
        if (masked[j] === ' ' && before[j] !== ' ') {
          blanked = true;
          break;
        }
      }
      previousBlanked = blanked;
      return blanked ? ' ' : c;
    })
    .join('');
}
