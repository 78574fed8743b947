import { cueTest } from '../text/cue-test';

// Delivery late against what was promised, said by the two times ("you said 25 days its now 45 days!!", "Zugesagt
// waren 4 Wochen, jetzt sind es 9", "Обещали 30 дней, прошло 50!", "30 gün dediniz, 50 gün oldu!", "说好20天交货，现在
// 一个多月了还没发"): a complaint, and one about the lead time (the labels of every author: a late-delivery complaint
// is complaint + lead_time). A promise word next to a time, then a later count; a time only quoted ("you said 30
// days, ok") has no second count. Folded text.
const UNIT = String.raw`(days?|weeks?|months?|tage?n?|wochen|woche|monate?n?|jours?|semaines?|mois|dias?|semanas?|meses|giorni|settimane|mesi|dagen|weken|maanden|dni|tygodni\w*|miesi\w*|hari|minggu|bulan|gun|hafta|ay|ngay|tuan|thang)`;
const PROMISE = String.raw`(said|promised|told|agreed|quoted|supposed|committed|zugesagt|versprochen|gesagt|hiess|vereinbart|dit|promis|annonce|dijeron|dijiste|prometieron|prometido|quedaron|falaram|disseram|prometeram|combinado|detto|promesso|promessi|concordato|zeiden|gezegd|beloofd|afgesproken|mowili\w*|obiecal\w*|obiecan\w*|janji|dijanjikan|katanya|bilang|hen|hua|noi)`;
const LATER = String.raw`(now|it'?s|already|been|jetzt|inzwischen|mittlerweile|fait|maintenant|deja|ya|van|llevamos|ja|sao|siamo|gia|sono|nu|is het|minel\w*|juz|mamy|udah|sudah|sekarang|oldu|gecti|simdi|gio|da|roi)`;
// (folded Latin text is ASCII: the native \b is right there; the Cyrillic words carry none)
const LATE = new RegExp(String.raw`\b${PROMISE}\b[^.?!\n]{0,20}\b\d+ ?${UNIT}\b[^?\n]{0,40}\b${LATER}\b[^?\n]{0,20}\d+|\b\d+ ?${UNIT}( \w+)? ${PROMISE}\b[^?\n]{0,40}\b${LATER}\b[^?\n]{0,20}\d+|\b\d+ ?${UNIT} ?(dediniz|demistiniz|soz verdiniz)\b[^?\n]{0,20}\d+`);
const LATE_OTHER = /(обещал|говорил|сказал|договаривал)\S*[^.?!\n]{0,20}\d+ ?(дн|недел|месяц)\S*[^?\n]{0,40}(прошл|уже|сеичас|идет)\S*[^?\n]{0,20}\d+|(说好|說好|答应|答應|承诺|承諾|约定|約定)[^。？！?!]{0,6}\d+\s*(天|周|個月|个月|週)[^？?]{0,30}(现在|現在|已经|已經|都)[^？?]{0,10}(\d+|一个多|兩個|两个|多)\s*(天|周|個月|个月|月)|(\d+)\s*(日|週間|ヶ月|か月)(と|って)(言われ|約束|聞い)[^？?]{0,30}(\d+)\s*(日|週間|ヶ月|か月)|(\d+)\s*(일|주|개월)(이라고|라고|로)\s*(했|약속)[^?]{0,30}(\d+)\s*(일|주|개월)|(وعدتو|قلتو|قلتم|وعدتم)[^؟?]{0,20}\d+ ?(يوم|ايام|اسبوع|اسابيع|شهر)[^؟?]{0,30}\d+/;
const CUE = /said|promis|told|agreed|quoted|suppos|committed|zugesagt|versproch|gesagt|hiess|vereinbart|dit|annonce|dijeron|dijiste|promet|quedaron|falaram|disseram|combinado|detto|concordato|zeiden|gezegd|beloofd|afgesproken|mowili|obiecal|obiecan|janji|katanya|bilang|dediniz|demistiniz|soz verdiniz|hen|hua|noi|обещал|говорил|сказал|договаривал|说好|說好|答应|答應|承诺|承諾|约定|約定|言われ|約束|聞い|했|약속|وعد|قلت/;
const hasCue = cueTest(CUE);
/** Whether a text may complain of lateness against a promise: the cue alone, cheap enough to test before a mask. */
export const lateAgainstAPromiseCue = hasCue;

/** Whether the folded text complains of a delivery later than promised, by the promised and the elapsed time. */
export function lateAgainstAPromise(folded: string): boolean {
  return hasCue(folded) && /\d/.test(folded) && (LATE.test(folded) || LATE_OTHER.test(folded));
}
