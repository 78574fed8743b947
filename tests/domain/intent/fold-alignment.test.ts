import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';
import { fold } from '../../../src/domain/language/clean-text';
import { blankAligned, foldOffsets } from '../../../src/domain/intent/fold-alignment';

const intents = (text: string) => classifyWithConfidence({ text }).intents;

// A negation found in the folded text must blank the same words in the other forms, whatever came before it.
describe('a masked span, in every form of the text', () => {
  it('follows letters that fold longer or shorter, and emoji', () => {
    const form = 'Grüße! 👍 Zertifikat nicht';
    const folded = fold(form);
    const offsets = foldOffsets(form, folded)!;
    const masked = folded.replace('zertifikat nicht', ' '.repeat('zertifikat nicht'.length));
    expect(blankAligned(form, offsets, folded, masked)).toBe(`Grüße! 👍 ${' '.repeat('Zertifikat nicht'.length)}`);
  });

  it('hears a certificate not wanted after "Grüße" or a street name, as without them', () => {
    expect(intents('Das CE-Zertifikat brauchen wir nicht, nur den Katalog bitte')).toEqual(['catalog_request']);
    expect(intents('Grüße! Das CE-Zertifikat brauchen wir nicht, nur den Katalog bitte')).toEqual(['catalog_request']);
    expect(intents('Lagerstraße 5: das CE-Zertifikat brauchen wir nicht, nur den Katalog bitte')).toEqual(['catalog_request']);
  });

  it('hears a sample not wanted after emoji', () => {
    expect(intents('🙏🙏 Sample not needed, only the catalogue please')).toEqual(['catalog_request']);
  });
});
