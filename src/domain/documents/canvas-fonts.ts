import { GlobalFonts } from '@napi-rs/canvas';
import { facesFor } from './font-faces';

const registered = new Set<string>();

/**
 * Registers the packaged faces these strings need with the canvas and returns the CSS font-family list that draws
 * them. Each face has its own family name: one family of many files would leave Skia with one of them only.
 */
export function canvasFontFamily(strings: string[]): string {
  const faces = facesFor(strings);
  for (const face of faces) {
    if (registered.has(face.id)) continue;
    GlobalFonts.registerFromPath(face.file, face.id);
    registered.add(face.id);
  }
  return faces.map((f) => `"${f.id}"`).join(', ');
}
