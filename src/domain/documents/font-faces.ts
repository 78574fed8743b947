import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts charts and PDFs draw with, shipped as npm packages (Noto Sans, Noto Sans SC and KR, Noto Sans Arabic and
 * Hebrew from @fontsource-variable) so nothing depends on the machine's fonts. Each package is cut by Google Fonts into
 * small WOFF2 files by Unicode range; a face here is one such file. Text is drawn face by face: only the files a
 * string needs are loaded (a chart) or embedded, subset, in the PDF.
 */
export interface FontFace {
  /** unique name, also the canvas family name: "qs-noto-sans-sc-114" */
  id: string;
  file: string;
  ranges: [number, number][];
  /** right-to-left script (Arabic, Hebrew): shaped and ordered right to left */
  rtl: boolean;
  /** weight of the variable font's default instance, the one drawn where no instance can be chosen (PDF) */
  defaultWeight: number;
}

// Order matters: the first face covering a character draws it (Latin, Cyrillic, Greek, Vietnamese, Arabic and Hebrew
// before the CJK faces, which carry some of those letters in another design). Noto Sans SC holds simplified and traditional Han and Japanese kana;
// Noto Sans KR adds Hangul.
const PACKAGES: { name: string; prefix: string; subsets?: string[]; rtl?: boolean; defaultWeight: number }[] = [
  { name: '@fontsource-variable/noto-sans', prefix: 'noto-sans', subsets: ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'], defaultWeight: 400 },
  { name: '@fontsource-variable/noto-sans-arabic', prefix: 'noto-sans-arabic', subsets: ['arabic'], rtl: true, defaultWeight: 400 },
  { name: '@fontsource-variable/noto-sans-hebrew', prefix: 'noto-sans-hebrew', subsets: ['hebrew'], rtl: true, defaultWeight: 100 },
  { name: '@fontsource-variable/noto-sans-sc', prefix: 'noto-sans-sc', defaultWeight: 100 },
  { name: '@fontsource-variable/noto-sans-kr', prefix: 'noto-sans-kr', defaultWeight: 100 },
];

function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
  });
}

let cache: FontFace[] | null = null;

/** Every face, in the order they are tried. */
export function fontFaces(): FontFace[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const faces: FontFace[] = [];
  for (const pkg of PACKAGES) {
    const dir = dirname(require.resolve(`${pkg.name}/package.json`));
    const unicode = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const keys = pkg.subsets ?? Object.keys(unicode);
    for (const key of keys) {
      const subset = key.replace(/[[\]]/g, '');
      faces.push({
        id: `qs-${pkg.prefix}-${subset}`,
        file: join(dir, 'files', `${pkg.prefix}-${subset}-wght-normal.woff2`),
        ranges: parseRanges(unicode[key]),
        rtl: pkg.rtl ?? false,
        defaultWeight: pkg.defaultWeight,
      });
    }
  }
  cache = faces;
  return faces;
}

const covers = (face: FontFace, cp: number) => face.ranges.some(([from, to]) => cp >= from && cp <= to);

/** The face that draws this character, or null when none of the packaged fonts has it. */
export function faceFor(cp: number): FontFace | null {
  return fontFaces().find((face) => covers(face, cp)) ?? null;
}

/** A stretch of text drawn with one face. */
export interface TextRun {
  face: FontFace;
  text: string;
}

// Spaces, digits and ASCII punctuation stay with the run around them when its face has them (so an Arabic name keeps
// its spaces inside the right-to-left run).
const NEUTRAL = /[\s\d.,:;'"()\-/&+#%*]/u;

/**
 * Cuts text into runs by face. Characters no face covers go to the first face (drawn as a box there, never dropped).
 * Runs of a right-to-left face that follow each other (with neutral runs between them) are put in visual order;
 * the font engine orders the letters inside each run.
 */
export function textRuns(text: string): TextRun[] {
  const faces = fontFaces();
  const runs: TextRun[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const last = runs.at(-1);
    if (last && (covers(last.face, cp) && (NEUTRAL.test(char) || faceFor(cp) === last.face))) {
      last.text += char;
      continue;
    }
    const face = faceFor(cp) ?? faces[0];
    if (last && last.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return visualOrder(runs);
}

function visualOrder(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let i = 0;
  while (i < runs.length) {
    if (!runs[i].face.rtl) {
      out.push(runs[i++]);
      continue;
    }
    // an RTL stretch: RTL runs joined by runs of neutral characters only
    let end = i + 1;
    while (end + 1 < runs.length && /^[\s\d.,:;'"()\-/&+#%*]*$/u.test(runs[end].text) && runs[end + 1].face.rtl) end += 2;
    out.push(...runs.slice(i, end).reverse());
    i = end;
  }
  return out;
}

/** The faces a set of strings needs (first face always included, for digits and Latin). */
export function facesFor(strings: string[]): FontFace[] {
  const faces = fontFaces();
  const needed = new Set<FontFace>([faces[0]]);
  for (const s of strings) for (const char of s) {
    const face = faceFor(char.codePointAt(0)!);
    if (face) needed.add(face);
  }
  return faces.filter((f) => needed.has(f));
}
