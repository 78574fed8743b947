import { cueTest } from '../text/cue-test';

// Goods said to be overdue ("the container should have been in Gdańsk last week", "Die Lieferung ist zwei Wochen
// überfällig", "Giao trễ hai tuần rồi", "柜子上周就应该到巴生了") are a complaint, whether or not a damage or anger word
// comes with them. When the buyer also asks when ("wann kommt sie jetzt?", "kapan datangnya?") or for a date ("give me
// a firm date", "kesin bir tarih istiyorum"), or the goods were due to arrive or be ready ("devia chegar … ninguém diz
// nada"), it is about the lead time too: the labels of every author for a late delivery (late-against-promise.ts says
// the same from two counts of time). A ship that was to leave ("doveva partire il 10") is a shipping date, no lead time:
// only the complaint is added there. Folded text (no accents, lower case).

// an arrival or readiness that was due: "should have arrived", "doveva arrivare", "miał być w Gdańsku"
const DUE_LATIN = String.raw`\b(should have (arrived|been (here|there|delivered|ready|in)|reached|come)|was supposed to (arrive|be (here|there|ready|delivered|in))|were supposed to (arrive|be (here|there|ready|in))|sollte[n]? [^.?!]{0,40}\b(ankommen|da sein|ankommen|eintreffen|fertig sein|geliefert werden|angekommen sein)|hatte[n]? [^.?!]{0,40}\b(moeten (zijn|aankomen|arriveren))|had [^.?!]{0,40}\b(moeten (zijn|aankomen|arriveren))|devait (arriver|etre (la|livre|prete?s?))|devaient (arriver|etre)|doveva(no)? (arrivare|essere (qui|pronta|pronti|consegnata|a))|debia (llegar|estar)|deberia haber llegado|tenia que (llegar|estar)|devia (chegar|estar)|deveria ter chegado|mial(a|y|o)? (byc (w|u|na) |dotrzec|dojsc|przyjsc|przyplynac)|harusnya (sudah )?(sampai|tiba|datang|sampe)|seharusnya (sudah )?(sampai|tiba|datang)|(olmaliydi|gelmeliydi|ulasmaliydi)|le ra [^.?!]{0,30}\b(da )?(ve|toi|den)\b)`;
const DUE_OTHER = String.raw`(应该到|應該到|本来应该|本來應該|早就该到|早該到|(到着|入港|納品)予定[^。？?]{0,12}(まだ|届いて)|(도착|입항|납품)\s?예정이었는데|(كان المفروض|المفروض) (توصل|يوصل|تكون)|(должен|должна|должно|должны) (был[аио]?|были) (прийти|прибыть|быть|доехать))`;
// a delivery said to be late by a span: "two weeks late", "überfällig", "en retard de deux semaines", "telat dua minggu"
const LATE_LATIN = String.raw`\b((is|are|now|already) [^.?!]{0,20}\b(weeks?|days?|months?) (late|overdue|delayed)|(delivery|shipment|order|container|goods) (is|are) (late|overdue|delayed)|(uberfallig|verspatet)|en retard de|(atrasad[oa]s?|retrasad[oa]s?) (en|de|na|\w+ semanas|dos|duas|tres)|in ritardo di|(twee|drie|\w+) weken te laat|spoznion[aey]|opoznion[aey]|(telat|terlambat) (\w+ )?(hari|minggu|bulan|dua|tiga|seminggu)|gecikti|(giao|hang) tre)`;
const LATE_OTHER = String.raw`(延误|延誤|晚了|推迟了|遅れて|遅延|늦어지|지연|متأخر|تأخر|опазд|задерж)`;
// a date or the time of arrival asked
const WHEN = String.raw`\b(when|wann|quand|cuando|quando|wanneer|kiedy|kapan|ne zaman|bao gio|khi nao|date|datum|termin|fecha|data|daty|date|tanggal|tarih|ngay)\b|什么时候|什麼時候|几时|幾時|何时|哪天|いつ|언제|متى|تاريخ|когда|срок|дат[уаы]`;

const DUE = new RegExp(`${DUE_LATIN}|${DUE_OTHER}`);
const LATE = new RegExp(`${LATE_LATIN}|${LATE_OTHER}`);
const ASKS_WHEN = new RegExp(WHEN);
const CUE = /should|suppos|sollte|moeten|devait|doveva|debia|deberia|tenia|devia|deveria|mial|harusnya|seharusnya|olmaliydi|gelmeliydi|ulasmaliydi|le ra|late|overdue|delayed|uberfallig|verspatet|retard|atrasad|retrasad|ritardo|laat|spoznion|opoznion|telat|terlambat|gecik|tre|应该|應該|本来|本來|早就|早該|予定|예정|المفروض|должн|延误|延誤|晚了|推迟|遅れ|遅延|늦어|지연|متأخر|تأخر|опазд|задерж/;
const hasCue = cueTest(CUE);
/** Whether a text may tell an overdue delivery: the cue alone, cheap enough to test before a mask. */
export const overdueDeliveryCue = hasCue;

/** What an overdue delivery in the folded text asks: nothing, the complaint, or the complaint and the lead time. */
export function overdueDelivery(folded: string): 'none' | 'complaint' | 'complaint+lead_time' {
  if (!hasCue(folded)) return 'none';
  const due = DUE.test(folded);
  const late = !due && LATE.test(folded);
  if (!due && !late) return 'none';
  return due || ASKS_WHEN.test(folded) ? 'complaint+lead_time' : 'complaint';
}
