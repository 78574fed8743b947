// A cue is a test that one of many words is in a text before a mask or a tier runs: a regex of hundreds of
// alternatives, mostly plain words ("tamam|asking|pidiendo|…|ya (lo |la )?ten|dep\b"). Irregexp runs an alternation of
// plain words alone several times faster than the same words mixed with a few alternatives that are more than a word
// (those keep it from reading the words as one set). So the cue runs as two regexes, the words and the rest: a text
// matches the cue exactly when it matches either, as an alternation matches where any of its alternatives does.
// And every cue is read first in one scan shared by all (a literal automaton over their required words, see
// regex-prefilter.ts): a message meets some forty cues in a few forms of its text, and scanning it once per cue cost
// about a tenth of the classifier's time. A cue whose words the scan did not see cannot match, and its regexes do not run.
import { RegexPrefilter } from './regex-prefilter';
import { requiredLiterals } from './required-literals';

/** Characters that make an alternative more than a plain word. */
const SYNTAX = /[\\^$.|?*+()[\]{}]/;

/** Every cue made so far (with no flags or `u` only), and what the shared scan reads for them (their literals as written). */
const cues: RegExp[] = [];
const scanned: RegExp[] = [];
let scan: RegexPrefilter | null = null;
// the last few texts scanned and what the scan left possible for each scanned regex: one message is read in a few forms
const RECENT = 4;
const recentTexts: (string | undefined)[] = new Array(RECENT);
const recentLive: Uint8Array[] = new Array(RECENT);
let nextRecent = 0;

/** What the scan of every cue's literals leaves possible in `text` (by scanned index; rebuilt when cues were added since). */
function liveIn(text: string): Uint8Array {
  if (!scan || scan.size !== scanned.length) {
    scan = new RegexPrefilter(scanned.map((re) => ({ source: re.source, flags: re.flags })));
    recentTexts.fill(undefined);
  }
  for (let i = 0; i < RECENT; i++) if (recentTexts[i] === text) return recentLive[i];
  const live = scan.candidates(text);
  recentTexts[nextRecent] = text;
  recentLive[nextRecent] = live;
  nextRecent = (nextRecent + 1) % RECENT;
  return live;
}

/** The cues read through the shared scan (for tests). */
export function sharedCues(): readonly RegExp[] {
  return cues;
}

/** `test` of `re` (a regex without flags), answered the same for every text, faster for an alternation of many words. */
export function cueTest(re: RegExp): (text: string) => boolean {
  if (re.flags !== '' && re.flags !== 'u') return splitTest(re);
  cues.push(re);
  const parts = re.flags === '' ? wordsAndRest(re) : null;
  if (!parts) {
    const index = scanned.push(re) - 1;
    return (text) => liveIn(text)[index] === 1 && re.test(text);
  }
  // The words are read by the scan alone when their literals are the words themselves: a word the scan saw is in the
  // text, and the words' regex (a quarter of the cues' cost) would only say so again.
  const { words, rest } = parts;
  const wordsAt = words ? scanned.push(words) - 1 : -1;
  const restAt = rest ? scanned.push(rest) - 1 : -1;
  const wordsSeen = words !== null && scansExactly(words);
  return (text) => {
    const live = liveIn(text);
    return (wordsAt >= 0 && live[wordsAt] === 1 && (wordsSeen || words!.test(text))) || (restAt >= 0 && live[restAt] === 1 && rest!.test(text));
  };
}

/** `test` of `re`, as the words and the rest when it is an alternation of many words (see above). */
function splitTest(re: RegExp): (text: string) => boolean {
  const parts = re.flags === '' ? wordsAndRest(re) : null;
  if (!parts || !parts.words || !parts.rest) return (text) => re.test(text);
  const { words, rest } = parts;
  return (text) => words.test(text) || rest.test(text);
}

/**
 * A regex without flags as two that match a text exactly when it does: its top-level alternatives that are plain words,
 * and the others (null where there are none); null when its brackets do not close.
 */
function wordsAndRest(re: RegExp): { words: RegExp | null; rest: RegExp | null } | null {
  const alternatives = topLevelAlternatives(unwrapped(re.source));
  if (!alternatives) return null;
  const isWord = (a: string) => a !== '' && !SYNTAX.test(a);
  const words = alternatives.filter(isWord);
  const rest = alternatives.filter((a) => !isWord(a));
  return { words: words.length ? new RegExp(words.join('|')) : null, rest: rest.length ? new RegExp(rest.join('|')) : null };
}

/** Whether the scan's literals of a regex of plain words are the words themselves (none cut nor left out). */
function scansExactly(words: RegExp): boolean {
  const literals = new Set(requiredLiterals(words.source, words.flags));
  const list = new Set(words.source.split('|'));
  return literals.size === list.size && [...list].every((w) => literals.has(w));
}

/**
 * The source inside a group around all of it ("(a|b)" → "a|b"), where taking the group away cannot change a test: no
 * back-reference counts groups, and it is no look-around.
 */
function unwrapped(source: string): string {
  if (!source.startsWith('(') || /\\[1-9k]/.test(source) || /^\(\?[=!<]/.test(source)) return source;
  const inner = source.startsWith('(?:') ? 3 : 1;
  return closingParen(source, 0) === source.length - 1 ? source.slice(inner, -1) : source;
}

/** Where the group opened at `open` closes, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of a source's top level ("a|(b|c)|d" → a, (b|c), d), or null when its brackets do not close. */
function topLevelAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(start));
  return out;
}
