import { cueTest } from '../text/cue-test';

// The goods sent no more to an old warehouse, address or forwarder, a new one given ("Bitte keine Lieferung mehr an das
// alte Lager, ab sofort nach Düsseldorf", "旧住所への送付は停止してください。今後は新倉庫宛に", "이전 포워더로는 더 이상
// 보내지 마세요", "Больше не отправляйте через Казахстан, теперь только через Забайкальск"): where the goods go is a
// shipping matter, and the stop words are no opt-out: the buyer moves the delivery, not the contact. Every author who
// wrote one labels it shipping (a carrier dropped is read by opt-out.new-contact.patterns.ts the same way); invoices or
// mail sent to an old address are another matter (other), so a message naming them is left alone. Folded text (lower
// case, no accents; Cyrillic й → и).

// stop, no more: then an old place of delivery
const LATIN = String.raw`\b(no more|no longer|stop|stopp\w*|don'?t|do not|keine|nicht mehr|non|plus|no|nao|niet meer|geen|nie|jangan|dung|artik)\b.{0,40}\b(old|alte[nmsr]?|bisherige[nmsr]?|vecchi[oa]|ancien(ne)?|antig[oa]|viej[oa]|oude|star(y|ego|ym)|lama|eski|cu|previous|former)\b (\w+ )?(warehouse|lager|magazzino|entrepot|depot|armazem|almacen|magazijn|magazyn\w*|gudang|depot|depoya|deposuna|forwarder|spediteur|spedizioniere|transitaire|expedidor|agente de carga|spedytor\w*)\b`;
const OTHER = String.raw`больше не (отправля|вез|шл|груз)\S*[^.!?]{0,40}(теперь|впредь|с этого)|(旧|以前の|前の)(住所|倉庫|フォワーダー)(へ|に|宛)の?(送付|発送|配送|出荷)|(이전|예전|기존)\s*(포워더|창고|주소)(로|으로)?(는|은)?\s*더\s*이상\s*(보내|발송|출고)|(不要|别|別)再?(发|發|寄|送)(到|去)?(旧|舊|以前的|原来的|原來的)(仓库|倉庫|地址|货代|貨代)`;
// invoices, mail or statements to an old address: no goods moved
const PAPERS = /invoice|factur|rechnung|fattur|faktur|fatura|hoa don|счет|счёт|請求書|发票|發票|세금계산서|فاتور|e-?mail|correo|@/;

const REDIRECTED = new RegExp(`${LATIN}|${OTHER}`);
/** The same as an opt-out look-alike (opt-out.ts): the stop words move the delivery, they end no contact. */
export const DELIVERY_REDIRECTED_NOT_AN_OPT_OUT: RegExp[] = [REDIRECTED];
// (the cue: a place of delivery or a forwarder named, rarer than the stop words or "old")
const CUE = /warehouse|lager|magazzino|entrepot|depot|armazem|almacen|magazijn|magazyn|gudang|depoya|deposuna|forwarder|spediteur|spedizioniere|transitaire|expedidor|agente de carga|spedytor|больше не|住所|倉庫|フォワーダー|포워더|창고|주소|仓库|地址|货代|貨代/;
const hasCue = cueTest(CUE);

/** Does the folded text move the goods' delivery from an old place or forwarder to a new one? */
export function redirectsTheDelivery(folded: string): boolean {
  return hasCue(folded) && REDIRECTED.test(folded) && !PAPERS.test(folded);
}
