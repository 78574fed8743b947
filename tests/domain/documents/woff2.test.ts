import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFaces } from '../../../src/domain/documents/font-faces';
import { woff2ToTrueType } from '../../../src/domain/documents/woff2';

describe('woff2ToTrueType', () => {
  it('gives every face its own bytes when several are decompressed at once (a proforma failed "Unknown font format")', async () => {
    const files = await Promise.all(fontFaces().slice(0, 4).map((face) => readFile(face.file)));
    expect(files.length).toBe(4);
    const together = await Promise.all(files.map((file) => woff2ToTrueType(file)));
    const oneByOne: Buffer[] = [];
    for (const file of files) oneByOne.push(await woff2ToTrueType(file));
    together.forEach((ttf, i) => {
      expect(ttf.equals(oneByOne[i]), `face ${i}`).toBe(true);
      expect(() => fontkit.create(ttf)).not.toThrow();
    });
  });
});
