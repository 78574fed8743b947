// 한빛무역 and 한빛상사 both read "Hanbit Trading", 华福电子 and 华富电子 both "Huafu Electronics": two names in one
// script of characters (Chinese, Korean) that the reading makes one, written with other characters. A firm writes its
// own name in its own script one way; a rep copying it may drop a part (有限公司, (주), the city) but does not put
// other characters in its place. Each name has characters the other lacks: another firm's name that reads alike, so
// a question at most, never a silent merge.
import { toSimplified } from './romanize';

const CHARACTERS = /^[\p{Script=Han}\p{Script=Hangul}]+$/u;
const lettersOf = (name: string) => toSimplified(name).replace(/[^\p{L}]/gu, '');

/** Both names written in Chinese or Korean characters only, each with a character the other lacks. */
export function rewordedInOneScript(a: string, b: string): boolean {
  const x = lettersOf(a);
  const y = lettersOf(b);
  if (!CHARACTERS.test(x) || !CHARACTERS.test(y) || x === y) return false;
  const hangul = (s: string) => /\p{Script=Hangul}/u.test(s);
  if (hangul(x) !== hangul(y)) return false;
  return [...x].some((c) => !y.includes(c)) && [...y].some((c) => !x.includes(c));
}
