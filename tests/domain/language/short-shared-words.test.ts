import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/domain/language/detect-language';

// Invented short messages: a word shared by several languages goes to the contact's country; a count with its unit
// alone has no language.
describe('short messages: shared words and counts', () => {
  it.each([
    ['STOP', 'FR', 'fr'], ['Stop', 'IT', 'it'], ['STOP', 'PL', 'pl'], ['STOP', 'US', 'en'], ['stop', undefined, 'en'],
    ['Merci vielmals', 'CH', 'de'], ['merci vielmal!', undefined, 'de'], ['Basst scho', 'AT', 'de'],
    ['Oki', 'VN', 'vi'], ['Catalogue?', 'VN', 'vi'], ['Catalogue?', 'GB', 'en'], ['Merci beaucoup', 'BE', 'fr'],
  ])('%s (%s) → %s', (text, country, lang) => {
    expect(detectLanguage(text, { country })).toBe(lang);
  });

  it.each(['2000 pcs', '3 x 40HQ', 'PI-2077', '12 ctns', '800 kg'])('%s → und', (text) => {
    expect(detectLanguage(text, { country: 'KE' })).toBe('und');
  });

  it('a unit beside words is still read', () => {
    expect(detectLanguage('500 pcs please')).toBe('en');
    expect(detectLanguage('500 pcs bitte', { country: 'DE' })).toBe('de');
  });
});
