import { cueTest } from '../text/cue-test';

// The best or a better price asked on the strength of a big order: "give me your best price, it's a big order",
// "dame tu mejor precio, es un pedido grande", "geef me je beste prijs, wordt een grote order", "best price ver, büyük
// sipariş olacak", "kasih harga terbaik, ordernya besar", "大单，给个最低价", "大口注文なので最安値で". The size of the
// order is the lever: the buyer pushes the price down, a discount request (the thirteenth and fourteenth authors), no
// question of the price list. "Your best price for 500 pcs?" names a quantity, no lever, and stays a price question.
// Folded text.

const PRICE = String.raw`(\b(best|better|lowest|bottom|special|good) (price|prices|rate|offer|deal)\b|\bmejor(es)? precios?\b|\bprecio especial\b|\bmeilleur(s)? prix\b|\bprix (special|serre)\b|\bmiglior(e)? prezz[oi]\b|\bprezzo speciale\b|\bmelhor(es)? prec[oa]s?\b|\bpreco especial\b|\bbeste[rn]? (preis|prijs|prijzen|angebot)\b|\bsonderpreis\b|\bscherpe prijs\b|\bnajlepsz\w* cen\w*|\blepsz\w* cen\w*|\ben iyi fiyat\w*|\bozel fiyat\w*|\bharga (terbaik|spesial|khusus|miring)\b|\bgia tot( nhat)?\b|лучш\S* цен\S*|специальн\S* цен\S*|最低价|最优惠|最好的价|好价|優惠價|最安値|特別価格|최저가|최저 가격|특가|(افضل|أفضل|احسن) سعر)`;
const BIG_ORDER = String.raw`(\b(big|large|huge|bulk|volume|massive|sizeable) (order|orders|quantity|quantities|volume|purchase|project)\b|\bbig order\b|\b(pedido|orden|compra|encomenda) (grande|grandes|enorme|importante|fuerte)\b|\bgran(de)? (pedido|orden|volumen|quantidade|cantidad|encomenda)\b|\b(grosse|grande|importante) (commande|quantite)\b|\bcommande importante\b|\b(ordine|ordinativo) (grosso|grande|importante)\b|\bgrosso ordine\b|\b(gross\w*|umfangreich\w*) (bestellung|auftrag|menge)\b|\bgrote (order|bestelling|hoeveelheid)\b|\bduz\w* (zamowieni\w*|ilosc\w*)\b|\bbuyuk (siparis|miktar)\w*|\b(order|pesanan|orderan)(nya)? (besar|banyak)\b|\b(don|don hang) (lon|so luong lon)\b|крупн\S* (заказ|парти|опт)\S*|больш\S* (заказ|парти|объем)\S*|大单|大订单|大訂單|大量订|大量採購|大口|大量注文|대량 주문|대량 발주|큰 오더|(طلبية|طلب|كمية) (كبيرة|كبيره))`;
const PRICE_RE = new RegExp(PRICE, 'u');
const BIG_RE = new RegExp(BIG_ORDER, 'u');

/** Cue: a word of size, read on the whole text before the key's mask. */
export const namesABigOrder = cueTest(/big|large|huge|bulk|volume|massive|sizeable|grande|gran|enorme|importante|fuerte|grosse|grosso|gross|umfangreich|grote|duz|buyuk|besar|banyak|lon|крупн|больш|大单|大订单|大訂單|大量|大口|대량|큰 오더|كبير/);

/** Whether the folded text asks the best or a better price on the strength of a big order. */
export function asksABigOrdersPrice(folded: string): boolean {
  return folded.length <= 300 && BIG_RE.test(folded) && PRICE_RE.test(folded);
}
