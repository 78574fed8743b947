// One word, two Latin spellings of its sound: "Shree" / "Shri" / "Sree" (Indian names), "Venkateswara" /
// "Venkateshwara", "Aggarwal" / "Agarwal", "Svetotekhnika" / "Svetotechnika" / "Svetotehnika" (transliterations of Russian),
// "Agroimpeks" / "Agroimpex", "Djaya" / "Jaya" (old and new Indonesian spelling). Folded, they are equal. Pinyin is left
// as it is: none of these rules changes a pinyin syllable ("Shen" / "Sen", "Hongda" / "Hengda" are other firms).
import { boundedMemo } from '../bounded-memo';
import { contractionWrittenOut } from './written-contractions';

/**
 * The word with its spelling variants folded; equality of folds is equality of words. Asked for every unmatched word
 * of every candidate pair; names' words repeat, so each is folded once.
 */
export const spellingFold = boundedMemo(fold);

// Indonesian spelling before 1972 wrote today's j as "dj", y as "j", c as "tj" ("Sinar Djaja" is "Sinar Jaya"); brands
// keep it. A word with "dj" or "tj" is in the old spelling: its other j is a y.
const oldIndonesian = (token: string) => (/[dt]j/.test(token) ? token.replace(/(?<![dt])j/g, 'y') : token);

// Whole words of one sound written two ways: Arabic أبو as "Abu" and, in French-schooled Levant and Maghreb spelling,
// "Abou" (Abou Khalil); the Indonesian words from Arabic that everyday spelling writes with j for z ("Sumber Rejeki" is
// "Sumber Rezeki", "izin" / "ijin", "zaman" / "jaman").
// The rivers and old cities Arab firms are named for, in their Arabic spelling and in English: النيل "El Nil" is the
// Nile, بابل "Babil" Babylon, الفرات "Al Furat" the Euphrates, دجلة "Dijla" the Tigris.
const SAME_WORD: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  abou: 'abu', rejeki: 'rezeki', rejeky: 'rezeki', rezeky: 'rezeki', ijin: 'izin', jaman: 'zaman',
  nil: 'nile', babil: 'babylon', furat: 'euphrates', dijla: 'tigris', dijlah: 'tigris',
});

// English "trade" in a Russian firm's name is трейд, which Latin spellings write back "treyd", "treid" or "trejd"
// ("Promtreyd" / "Promtrade", "Avtotreid"), and трейдинг "treyding".
const cyrillicTrade = (token: string) => token.replace(/tre[iyj]d(ing)?$/, (_m, ing: string | undefined) => (ing ? 'trading' : 'trade'));

// Arabic kasra before the ending of an adjective of origin (nisba) written e in Persian, Urdu and Levantine spellings,
// i in others: "Hashemi" / "Hashimi", "Kazemi" / "Kazimi". (A long word only: "Deli" and other short words are names.)
const nisbaKasra = (token: string) => (token.length >= 6 ? token.replace(/(?<=[^aeiou])e(?=[^aeiouy]i$)/, 'i') : token);

function fold(word: string): string {
  const token = nisbaKasra(cyrillicTrade(SAME_WORD[word] ?? contractionWrittenOut(word)));
  return oldIndonesian(token)
    // Cyrillic "техн" written "tehn" (Belarusian, Serbian, Croatian spellings: "Tehnostroj", "Elektrotehnika") or "tekhn"
    .replace(/tehn/g, 'techn')
    .replace(/kh/g, 'ch')
    // Japanese long o written "oh" before a consonant in passport spelling ("Ohshima" / "Oshima", "Ohno" / "Ono")
    .replace(/oh(?=[bcdfgjklmnprstvz])/g, 'o')
    // Russian хим written as it sounds ("Uralkhimsnab") or as its English stem ("Uralchemsnab", "Chemprom")
    .replace(/chim/g, 'chem').replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/w/g, 'v')
    // "shr" and "shv" occur in Indian names only (Shri, Venkateshwara); pinyin "sh" is always followed by a vowel.
    .replace(/sh(?=[rv])/g, 's')
    // Sanskrit क्ष written "ksh" or "x" ("Lakshmi" / "Laxmi", "Akshar" / "Axar"): x is "ks" above; pinyin has no "ks".
    .replace(/ksh/g, 'ks')
    // Arabic and Persian long u written oo, ou or u ("Noor" / "Nour" / "Nur", "Mansoori" / "Mansouri"); pinyin has no "oo"
    // and its "ou" ends a syllable, before an initial r only in a rare "…ourong".
    .replace(/oo|ou(?=r)/g, 'u')
    // Urdu and Persian spell Arabic a before h as e ("Rehman" / "Rahman", "Mehmood" / "Mahmood", "Zehra" / "Zahra").
    .replace(/eh(?=[bdfjklmnrstz])/g, 'ah')
    .replace(/ee/g, 'i').replace(/(?<=[^aeiou])y/g, 'i').replace(/ii$|iy$|ij$/, 'i')
    // Russian -ой, -ей as "-oy", "-oj", "-oi" ("Tekhnostroy" / "Tehnostroj" / "Tekhnostroi")
    .replace(/(?<=[aeou])[yj]$/, 'i')
    .replace(/dj/g, 'j').replace(/tj/g, 'c').replace(/oe/g, 'u')
    .replace(/(.)\1+/g, '$1')
    // The plural "s" came off one side's long words only (stem in normalize-company.ts): "agroimpeks" / "agroimpex".
    .replace(/(?<=.{4})s$/, '');
}
