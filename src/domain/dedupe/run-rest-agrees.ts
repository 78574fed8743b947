// A name in Chinese characters read as one run ("永發" → "wingfat") meets Latin words joined ("Wing Fai" → "wingfai") by a near
// spelling of the whole run. Where the run begins with the first Latin word exactly, the near spelling lies in what
// follows, one character's syllable or two: "fat" (發) against "fai" (輝) is another character, so another firm (Wing
// Fat Trading / Wing Fai Trading, two firms of one street). What follows must then agree by itself.
import { jaroWinkler } from './similarity';
import { sameSoundSkeleton } from './sound-skeleton';

const undoubled = (s: string) => s.replace(/(.)\1+/g, '$1');

/** False only where `run` begins with `words[0]` exactly and the rest of the run does not agree with the other words. */
export function runRestAgrees(run: string, words: readonly string[]): boolean {
  if (words.length < 2 || !run.startsWith(words[0])) return true;
  const rest = run.slice(words[0].length);
  const other = words.slice(1).join('');
  if (undoubled(rest) === undoubled(other)) return true;
  if (rest.length >= 4 && other.length >= 4 && jaroWinkler(rest, other) >= 0.9) return true;
  return sameSoundSkeleton(rest, other);
}
