import { cueTest } from '../text/cue-test';
import { rememberLast } from '../text/remember-last';

// The buyer's own closure or absence, told with its dates ("Wir haben vom 23.12. bis 06.01. Betriebsurlaub", "Bin bis
// 7. Jänner auf Urlaub", "Jestem na urlopie do 8 stycznia", "8月10日から18日まで夏季休業となります", "추석 연휴로 9월 14일부터
// 18일까지 휴무입니다", "Libur Lebaran kantor tutup seminggu, pengiriman setelah tanggal 15"): when they are away, no date
// the goods are needed by and no delivery asked. The sentence that tells it is blanked when lead time and shipping are
// read, by the patterns (tag-intents.ts) and the model (look-alikes-for-model.ts). A question stays one: "we are closed
// until the 5th. When will the goods be ready?" asks in its own sentence, and "closed until the 5th?" is kept whole.
const AWAY = String.raw`(on (holiday|vacation|leave|annual leave)|out of (the )?office|(office|factory|warehouse|we are|we're|we will be|we'll be) (is |are |will be )?closed|closed (from|until|till|for)|(company|factory|summer|winter|christmas|new year|national|public) (holidays?|vacation|break|shutdown)|betriebsurlaub|betriebsferien|urlaub|geschlossen|betriebsruhe|vacaciones|(estamos|estaremos|esta|estara) cerrad[oa]s?|feriado|ferias|(estamos|estaremos|esta|estara|ficaremos) fechad[oa]s?|conges|(est|sera|sommes|serons|sont|seront) fermee?s?|fermeture|ferie|chius[io]|vakantie|(zijn|is) gesloten|bouwvak|urlop\w*|nieczynn\w*|zamknie\w*|tatil\w*|kapali\w*|libur\w*|tutup|cuti|nghi tet|nghi le|nghi phep|отпуск\S*|выходн\S*|отдыхаем|не работаем|закрыт\S*|休業|休み|休暇|連休|お盆|放假|休假|停工|휴무|휴가|연휴|عطلة|عطله|اجازة|اجازه|مغلق)`;
// a date or a length in the sentence: a number, a month or a weekday named, "a week"
const WHEN = String.raw`(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ener|febr|marz|maart|abril|avril|mai|mei|juni|julio|juli|agost|august|sept|octob|okt|novem|dicie|dezem|decem|janv|fevr|juil|aout|gennaio|febbraio|maggio|giugno|luglio|settembre|ottobre|stycz|lut|kwie|maj|czerw|lip|sierp|wrzes|pazdz|listop|grud|ocak|subat|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik|jaenner|janner|januar|monday|friday|montag|lunes|segunda|lundi|lunedi|maandag|poniedzial|pazartesi|senin|week|woche|semana|semaine|settimana|tydzien|tygodni|hafta|minggu|seminggu|tuan|недел\S*|январ\S*|[一二三四五六七八九十]|月|日|일|يوم|اسبوع)`;
// A sentence ends at a full stop, a "!", a "?" or a line break; a dot in a date ("vom 23.12. bis 06.01.") ends none.
// The closure is told up to an ask after a comma ("…closed from the 20th, so please confirm before the 10th"), which
// stays read; a sentence that a question mark ends, with no such ask in it, is a question and stays whole.
const SENTENCE = /(?:[^.!?\n。！？]|\.(?=\d)|(?<=\d)\.)+/g;
const ASK_AFTER = /,\s*(so|please|pls|kindly|can|could|bitte|konnen|por favor|favor|s'il|merci de|per favore|prosze|mohon|tolong|lutfen)\b|,\s*(пожалуиста|请|麻烦)/;
const AWAY_RE = new RegExp(AWAY);
const DATED = new RegExp(WHEN);
// (the cue: plain words of AWAY, one fast alternation)
const hasCue = cueTest(/holiday|vacation|on leave|annual leave|office|closed|shutdown|urlaub|ferien|geschlossen|betriebsruhe|vacaciones|cerrad|feriado|ferias|fechad|conges|ferme|fermeture|ferie|chius|vakantie|gesloten|bouwvak|urlop|nieczynn|zamkni|tatil|kapali|libur|tutup|cuti|nghi tet|nghi le|nghi phep|отпуск|выходн|отдыхаем|не работаем|закрыт|休業|休み|休暇|連休|お盆|放假|休假|停工|휴무|휴가|연휴|عطلة|عطله|اجازة|اجازه|مغلق/);

/**
 * The folded text with a closure or absence told with its dates blanked (same length), or the text itself. (A closure
 * named without a date is said for another reason: "the office is closed, call my mobile".) Linear in the text: each
 * sentence is found once and tested.
 */
export const maskAwayNotice = rememberLast((folded: string): string => {
  if (!hasCue(folded) || !AWAY_RE.test(folded) || !DATED.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence: string, at: number) => {
    const cut = sentence.search(ASK_AFTER);
    if (cut < 0 && /[?？]/.test(folded.charAt(at + sentence.length))) return sentence;
    const notice = cut < 0 ? sentence : sentence.slice(0, cut);
    return AWAY_RE.test(notice) && DATED.test(notice) ? ' '.repeat(notice.length) + sentence.slice(notice.length) : sentence;
  });
});
