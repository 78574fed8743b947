import { readFile } from 'node:fs/promises';
import type PDFDocument from 'pdfkit';
import { facesFor, textRuns, type FontFace } from './font-faces';
import { woff2ToTrueType } from './woff2';

type Doc = InstanceType<typeof PDFDocument>;
type TextOptions = PDFKit.Mixins.TextOptions;

const registered = new WeakMap<Doc, Set<string>>();
// The packaged WOFF2 files as plain TrueType: fontkit cannot subset composite glyphs (ệ, й…) straight from WOFF2.
const trueType = new Map<string, Buffer>();

/** Loads the faces these strings need (once per process); call before writeText. */
export async function loadPdfFaces(strings: string[]): Promise<void> {
  await Promise.all(facesFor(strings).filter((f) => !trueType.has(f.id)).map(async (face) => {
    trueType.set(face.id, await woff2ToTrueType(await readFile(face.file)));
  }));
}

function register(doc: Doc, seen: Set<string>, face: FontFace): string {
  if (seen.has(face.id)) return face.id;
  const data = trueType.get(face.id);
  if (!data) throw new Error(`font face ${face.id} not loaded: call loadPdfFaces first`);
  doc.registerFont(face.id, data);
  seen.add(face.id);
  return face.id;
}

/**
 * Outline stroke that brings a face's default instance to the weight wanted. The variable fonts' default instances
 * differ (Noto Sans SC, KR and Hebrew: Thin; Latin: Regular) and fontkit cannot subset another instance (its glyph
 * re-encoder fails), so thin strokes are thickened by drawing the outline too: ~0.03 em per 300 weight units.
 */
const strokeFor = (face: FontFace, size: number, bold: boolean) => Math.max(0, ((bold ? 700 : 400) - face.defaultWeight) / 300) * 0.03 * size;

/**
 * Writes text with the packaged fonts, one run per face (pdfkit embeds each face once, subset to the glyphs used).
 * fontkit shapes each run, Arabic joining and right-to-left order included. Names are printed as written: no folding
 * to ASCII.
 */
export function writeText(doc: Doc, text: string, options: TextOptions & { x?: number; y?: number; bold?: boolean; color?: string } = {}): Doc {
  const { x, y, bold = false, color = 'black', ...rest } = options;
  const size = (doc as unknown as { _fontSize: number })._fontSize;
  const runs = textRuns(text || ' ');
  const seen = registered.get(doc) ?? new Set<string>();
  registered.set(doc, seen);
  runs.forEach((run, i) => {
    doc.font(register(doc, seen, run.face));
    const stroke = strokeFor(run.face, size, bold);
    doc.fillColor(color).strokeColor(color).lineWidth(stroke || 1);
    const opts = { ...rest, continued: i < runs.length - 1, fill: true, stroke: stroke > 0 };
    if (i === 0 && x !== undefined) doc.text(run.text, x, y, opts);
    else doc.text(run.text, opts);
  });
  doc.fillColor('black').strokeColor('black').lineWidth(1);
  return doc;
}

const ZERO_WIDTH_SPACE = 0x200b;

/**
 * Glyphs that shaping adds without a character of their own (Noto Sans Arabic draws the dots of ش as separate glyphs)
 * reach pdfkit's ToUnicode map empty, and PDF readers then put the glyph's number into copied or extracted text as a
 * control character (U+0001, U+0012…), splitting "شركة" into "ش\u0012ركة". Mapped to a zero-width space, which
 * readers drop, the word comes out whole. Call just before doc.end(), when every glyph has been used.
 */
export function mapSilentGlyphs(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies: Record<string, { unicode?: (number[] | undefined)[] }> })._fontFamilies;
  for (const font of Object.values(families)) {
    if (!font.unicode) continue;
    font.unicode = font.unicode.map((codePoints) => (codePoints && codePoints.length === 0 ? [ZERO_WIDTH_SPACE] : codePoints));
  }
}
