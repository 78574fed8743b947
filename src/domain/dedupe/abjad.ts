// Arabic, Persian and Hebrew write consonants and only some vowels. any-ascii reads them letter by letter (البتراء
// "lbtr'", כהן "khhn", و always "w"), which loses what a Latin spelling of the same name keeps: the long vowels the
// script does write (و ي ا, ו י), the ending ة / ה that Latin writes "a", and Hebrew's b/v, k/kh, p/f that depend on
// the letter's place in the word. These readers give a Latin spelling close to how firms write the name in Latin;
// sound-skeleton.ts then forgives the rest (the short vowels nobody wrote).

const ARABIC: Record<string, string> = Object.assign(Object.create(null), {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh',
  ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', ى: 'a', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'i', ۃ: 'a', ے: 'e', ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ھ: 'h',
});

/** Arabic, Persian or Urdu letters in Latin: و and ي as the vowels they mostly are inside a word ("بيروت" → "birut"). */
export function readArabic(word: string): string {
  // Short-vowel marks and the tatweel carry nothing a Latin spelling reliably has.
  const w = word.replace(/[\u064b-\u0652\u0670\u0640]/g, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const atStart = i === 0;
    if (c === 'و') out += atStart || w[i + 1] === 'ا' ? 'w' : 'u';
    else if (c === 'ي' || c === 'ی') out += atStart || w[i + 1] === 'ا' ? 'y' : 'i';
    else if (c === 'ه' && i === w.length - 1 && i > 0) out += 'a';
    // ع opens a word with a vowel in every Latin spelling (علي Ali, عمر Omar, عبدالله Abdullah).
    else if (c === 'ع' && atStart) out += 'a';
    else out += ARABIC[c] ?? c;
  }
  return out;
}

// Hebrew: ב כ פ are b k p at a word's start (dagesh) and v kh f after a vowel; ו י inside a word are vowels.
const HEBREW: Record<string, string> = Object.assign(Object.create(null), {
  א: '', ב: 'v', ג: 'g', ד: 'd', ה: 'h', ז: 'z', ח: 'h', ט: 't', כ: 'kh', ך: 'kh', ל: 'l', מ: 'm', ם: 'm', נ: 'n', ן: 'n', ס: 's',
  ע: '', פ: 'f', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
});
const HEBREW_START: Record<string, string> = Object.assign(Object.create(null), { ב: 'b', כ: 'k', פ: 'p' });

/** Hebrew letters in Latin ("כהן" → "kohen"-like "khn", "אלקטרו" → "elktro"-like "lktro"). */
export function readHebrew(word: string): string {
  // Points and the geresh of loanwords (ג׳ "j", צ׳ "ch") first: a pointed name reads like an unpointed one.
  const w = word.replace(/[\u0591-\u05c7]/g, '').replace(/ג['׳]/g, 'j').replace(/ז['׳]/g, 'zh').replace(/[צץ]['׳]/g, 'ch').replace(/['׳"״]/g, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const atStart = i === 0;
    const last = i === w.length - 1;
    if (c === 'ו') {
      if (w[i + 1] === 'ו') { out += 'v'; i++; } else out += atStart ? 'v' : 'o';
    } else if (c === 'י') out += atStart ? 'y' : 'i';
    else if (c === 'ה' && last && i > 0) out += 'a';
    // ה after a consonant is its own sound ("כהן" Kohen), not the h of a digraph ("kh"): the vowel between was unwritten.
    else if (c === 'ה' && /[kstcpgz]$/.test(out)) out += 'eh';
    else if (c === 'א' && atStart) out += 'a';
    else out += (atStart ? HEBREW_START[c] : undefined) ?? HEBREW[c] ?? c;
  }
  return out;
}

/** The Arabic article written on a word (الرياض, النور) taken off, as Latin spellings drop it or write it apart. */
export const dropArabicArticle = (text: string) => text.replace(/(^|\s)ال(?=[\u0621-\u064a]{2})/g, '$1');

const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f]+/g;
const HEBREW_WORD = /[\u0590-\u05ff]+/g;

/** Every Arabic-script and Hebrew word of a text read into Latin; other text unchanged. */
export function readAbjads(text: string): string {
  return text.replace(ARABIC_WORD, readArabic).replace(HEBREW_WORD, readHebrew);
}
