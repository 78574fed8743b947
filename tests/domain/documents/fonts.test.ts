import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFaces, textRuns } from '../../../src/domain/documents/font-faces';
import { SAMPLES } from './script-samples';


const opened = new Map<string, fontkit.Font>();
const open = (file: string) => {
  if (!opened.has(file)) opened.set(file, fontkit.openSync(file) as fontkit.Font);
  return opened.get(file)!;
};

describe('packaged fonts', () => {
  it('come from npm packages, not from the machine', () => {
    for (const face of fontFaces()) expect(face.file).toMatch(/node_modules\/@fontsource-variable\//);
  });

  it.each(Object.entries(SAMPLES))('cover every glyph of %s (no .notdef after shaping)', (_script, sample) => {
    for (const run of textRuns(sample)) {
      const font = open(run.face.file);
      for (const char of run.text) {
        if (/\s/.test(char)) continue;
        expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), `${char} U+${char.codePointAt(0)!.toString(16)} in ${run.face.id}`).toBe(true);
      }
      const glyphs = font.layout(run.text).glyphs;
      expect(glyphs.filter((g) => g.id === 0), `.notdef in ${run.text}`).toEqual([]);
    }
  });

  it('puts the words of a right-to-left name in right-to-left order inside a left-to-right line', () => {
    const runs = textRuns(`To: ${SAMPLES.Arabic} (SA)`);
    expect(runs[0].text).toBe('To: ');
    expect(runs.at(-1)!.text).toBe(' (SA)');
    expect(runs.filter((r) => r.face.rtl).map((r) => r.text)).toEqual(['للتجارة', 'النور', 'شركة']);
    expect(runs.map((r) => r.text).join('').length).toBe(`To: ${SAMPLES.Arabic} (SA)`.length);
  });
});
