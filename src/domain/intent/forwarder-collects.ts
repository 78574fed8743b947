import { cueTest } from '../text/cue-test';
import { rememberLast } from '../text/remember-last';

// The buyer's own forwarder collecting the goods, said so we book nothing ("FYI goods will be collected by our
// forwarder on 12th March, no need to book", "Unser Spediteur holt am 12.03. ab, Sie müssen nichts buchen", "我们的货代3
// 月12号去提货，你们不用订舱"): news of the carriage, no shipping question. Each clause where the forwarder collects,
// and each that says there is nothing to book, is blanked for shipping (tag-intents.ts); the rest of the message (a
// price, a date asked) reads as before. A question on the forwarder ("can our forwarder collect?") stays one. Folded
// text (the nothing-to-book clause is usually blanked already as a negated ask, negation.ts).
const NOTHING_TO_BOOK = /\b(no need to|don'?t need to|do not need to|needn'?t|you don'?t have to|no need for (a )?) book(ing)?\b|\bnichts (zu )?buchen\b|\bnicht buchen\b|\bkeine buchung\b|\bno (hace falta|es necesario|necesitan|tienen que|hay que) reservar\b|\b(pas besoin de|inutile de|pas la peine de) reserver\b|\b(gak|ga|nggak|tidak|tak|gausah|ngga) (usah|perlu) (booking|book|pesan)\b|\bgausah booking\b|\bnon (serve|c'e bisogno di|dovete|occorre) prenotare\b|\b(hoeven|hoeft) (niets|niks|geen)( te)? (boeken|boeking)\b|\bniet (te )?boeken\b|\bnie (trzeba|musicie|musza panstwo) (niczego )?(rezerwowac|bookowac)\b|бронировать не (надо|нужно)|не (надо|нужно) (ничего )?бронировать|\brezervasyon\w* gerek yok\b|\bbooking\w* gerek yok\b|\bkhong can (book|dat)( tau| cho)?\b|不用订舱|无需订舱|不需要订舱|不用訂艙|ブッキング(は)?不要|予約(は)?不要|手配(は)?不要|부킹\s*(안\s*하셔도|필요\s*없)|(ما يحتاج|ما تحتاج|لا داعي|لا حاجة) (تحجز|للحجز|الحجز)/;
const FORWARDER = /forwarder\w*|\bagent\b|spediteur\w*|\bagente de carga\b|\btransitaire\b|spedizionier\w*|expediteur\w*|spedytor\w*|экспедитор\S*|\bforwarder\b|\bfwd\b|货代|貨代|フォワーダー|포워더|وكيل الشحن/;
// the forwarder collects: a verb of picking the goods up
const COLLECTS = /collect|pick\w*( \w+){0,2} up|\bholt\b|abhol|recog|recuper|ritir|\bhaalt\b|ophal|odbier|забер|забира|\bambil\b|teslim al|lay hang|提货|提貨|引き取|픽업|يستلم|بيستلم/;
const CUE = /book|buch|reserv|prenot|boek|rezerw|бронир|rezervasyon|khong can|订舱|訂艙|ブッキング|予約|手配|부킹|تحجز|الحجز|forwarder|agent|spediteur|transitaire|spedizion|expediteur|spedytor|экспедитор|fwd|货代|貨代|フォワーダー|포워더|وكيل الشحن/;
const hasCue = cueTest(CUE);
const CLAUSE = /[^.!?;\n,，。、،]+/g;

/** The folded text with the buyer's forwarder collecting and nothing to book blanked (same length), or the text itself. */
export const maskForwarderCollects = rememberLast((folded: string): string => {
  if (!hasCue(folded)) return folded;
  // (a clause asked, "can our forwarder collect on the 12th?", is left)
  const told = (clause: string, at: number) => !/[?？؟]/.test(folded.charAt(at + clause.length));
  return folded.replace(CLAUSE, (clause, at: number) =>
    NOTHING_TO_BOOK.test(clause) || (FORWARDER.test(clause) && COLLECTS.test(clause) && told(clause, at)) ? ' '.repeat(clause.length) : clause);
});
