import { dropArabicArticle, readAbjads } from './abjad';
import { readJapaneseWords } from './japanese';
import { cantonese, southernSurname } from './romanize';
import { personNameMatch, personNameTokens } from './similarity';

/** A contact person as the matcher compares them: the name as typed and its folded readings (several for Chinese characters). */
export type PreparedContact = { name: string; readings: string[][] };

/** How the area writes Chinese names in Latin letters: Cantonese (Hong Kong, Macau), Hokkien family names (Singapore, Malaysia), Japanese. */
export type ContactArea = { cantonese?: boolean; southern?: boolean; japanese?: boolean };

const HAN = /[\u3400-\u9fff]/;
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff]/;

/**
 * 陳志明 is "Chan Chi Ming" on a Hong Kong card and "Chen Zhiming" on a mainland one; 林 is "Lim" in Singapore; 田中 is
 * "Tanaka" in Japan. The Mandarin reading is always kept (mainland staff work everywhere), the area's reading added.
 */
export function prepareContact(name: string, area: ContactArea): PreparedContact {
  const readings = [personNameTokens(name)];
  // Arabic and Hebrew also read with the vowels they write (يوسف "yusuf", כהן "kehn"); letter by letter (דוד "dvd") stays,
  // since ו is a vowel in יוסי and a consonant in דוד.
  if (ABJAD.test(name)) readings.push(personNameTokens(readAbjads(dropArabicArticle(name))));
  if (HAN.test(name)) {
    if (area.cantonese) readings.push(personNameTokens(cantonese(name)));
    if (area.southern) readings.push(personNameTokens(southernSurname(name)));
    if (area.japanese) readings.push(personNameTokens(readJapaneseWords(name)));
  }
  return { name, readings: readings.filter((r) => r.length > 0) };
}

/** The best agreement between two records' contact people, with the pair that showed it. */
export function matchContacts(a: PreparedContact[], b: PreparedContact[]): { kind: 'full' | 'partial' | 'none'; pair?: [string, string] } {
  let partial: [string, string] | undefined;
  for (const ca of a) for (const cb of b) {
    for (const ra of ca.readings) for (const rb of cb.readings) {
      const m = personNameMatch(ra, rb);
      if (m === 'full') return { kind: 'full', pair: [ca.name, cb.name] };
      if (m === 'partial') partial ??= [ca.name, cb.name];
    }
  }
  return partial ? { kind: 'partial', pair: partial } : { kind: 'none' };
}
