import { cueTest } from '../text/cue-test';
import { oneSlip } from '../text/typing-slip';

// A sample asked for with the word misspelt by one letter, as a hurried buyer types it: "me puede mandr una muesta",
// "kunne jullie een samle stuuren", "czy mozna prubke wyslac", "vcs mandam amotra", "numne gönderebilirmsiniz",
// "можна обрасец отправит", "koennen sie mir ein musster schiken". The tables need the word spelt; here a word one
// edit (a letter added, dropped, changed or two swapped) from a sample word of our languages counts, beside an ask
// (a verb of sending or wanting, "can", a question mark). Real words one edit from a sample word are no sample
// ("simple", "master", "probe", Spanish "muestre" (show), Portuguese "mostra", Turkish "müşteri" (customer), Italian
// "conto", Indonesian "sampe" (until) and "proyek", German "Mutter"). Kana and hangul spellings of the loanword are
// listed as written ("さんぷる", "샘풀"). Folded text, short messages only (a typed chat line).

const SAMPLE_WORDS = [
  'sample', 'samples', 'sampel', 'muestra', 'muestras', 'amostra', 'amostras', 'echantillon', 'echantillons', 'campione', 'campioni',
  'muster', 'mustern', 'monster', 'monsters', 'probka', 'probke', 'probki', 'probek', 'numune', 'numuneler', 'numunesi', 'образец',
  'образцы', 'образца', 'contoh',
];
const NOT_A_SAMPLE = new Set(['simple', 'simples', 'sampai', 'master', 'mister', 'mustard', 'probe', 'probes', 'proba', 'muestre', 'muestro',
  'muestran', 'mostra', 'mostre', 'monstre', 'number', 'numara', 'campine', 'campana', 'contol', 'contos', 'conto', 'conta', 'ample',
  'musteri', 'amostrar', 'sampe', 'mutter', 'proyek']);
// the sample words by their first letter: a typo keeps the first letter (and the words of other letters are skipped)
const BY_FIRST = new Map<string, string[]>();
for (const w of SAMPLE_WORDS) BY_FIRST.set(w[0], [...(BY_FIRST.get(w[0]) ?? []), w]);
// (one slip adds at most a letter)
const MAX_LENGTH = Math.max(...SAMPLE_WORDS.map((w) => w.length)) + 1;
const KANA_HANGUL = /さんぷる|サンフル|샘풀|셈플|샘프르|샘뿔/u;
// an ask: send, want, can, a question
const ASK = /[?？]|\b(send|sent|mand\w*|envi\w*|stuur\w*|sture\w*|schick\w*|schik\w*|wysl\w*|wysy\w*|przesl\w*|gonder\w*|yolla\w*|kirim\w*|gui|spedi\w*|invia\w*|envoy\w*|need|want|can|could|pls|please|plz|quiero|necesito|preciso|quero|voglio|brauch\w*|potrzeb\w*|istiyor\w*|butuh|perlu|puede\w*|pode\w*|pouvez|konn\w*|koenn\w*|kunn\w*|kunne|mozna|czy|bisa|xin|minta)\b|отправ|пришл|вышл|нуж|можн|送|寄|보내|ارسل|ابعث/u;
// (the cue: an ask's words, or a kana or hangul spelling)
const CUE = cueTest(/\?|？|send|sent|mand|envi|stuur|sture|schick|schik|wysl|wysy|przesl|gonder|yolla|kirim|gui|spedi|invia|envoy|need|want|can|could|pls|please|plz|quiero|necesito|preciso|quero|voglio|brauch|potrzeb|istiyor|butuh|perlu|puede|pode|pouvez|konn|koenn|kunn|mozna|czy|bisa|xin|minta|отправ|пришл|вышл|нуж|можн|送|寄|보내|ارسل|ابعث|さんぷる|サンフル|샘풀|셈플|샘프르|샘뿔/);

/**
 * Whether the folded text holds a sample word misspelt (or a kana or hangul spelling), ask or not: cheap enough to test
 * on the whole text before the sample's mask is computed (a mask only blanks, so what the whole text lacks, it lacks).
 */
export function hasAMisspeltSampleWord(folded: string): boolean {
  if (folded.length > 160 || !CUE(folded)) return false;
  if (KANA_HANGUL.test(folded)) return true;
  for (const token of folded.match(/[\p{L}]{5,}/gu) ?? []) {
    // (most words start with no sample word's letter, or are too long or short to be one slip from one: skipped first)
    const words = BY_FIRST.get(token[0]);
    if (!words || token.length > MAX_LENGTH) continue;
    // (a word spelt right, or inflected, "numuneyi", is the tables' to read, negated or not)
    if (NOT_A_SAMPLE.has(token) || SAMPLE_WORDS.some((w) => token.startsWith(w))) continue;
    if (words.some((w) => oneSlip(token, w))) return true;
  }
  return false;
}

/** Whether the folded text asks for a sample under a misspelt word. */
export function asksAMisspeltSample(folded: string): boolean {
  if (folded.length > 160 || !CUE(folded)) return false;
  if (KANA_HANGUL.test(folded)) return true;
  return ASK.test(folded) && hasAMisspeltSampleWord(folded);
}
