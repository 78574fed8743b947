import { spanMask } from './blank-spans';

// Look-alikes of the two intents that act (an order moves the deal, a payment extension raises a risk alert), found by
// probes (tests/domain/intent/action-precision.probes.test.ts). Blanked for the patterns (hypothetical-order.ts,
// not-an-extension.ts) and for the model (model/blend.ts), which otherwise reads "confirm" or "pay" as the act itself.
// All patterns read folded text (clean-text.ts `fold`: lower case, no accents).

// "if the price is right we'll order", "fiyat uygun olursa", "kalau harganya cocok", "如果价格合适": the price the
// buyer waits on, not one he names. Also a hedged order: "we might / may order".
const IF_THE_PRICE_SUITS = new RegExp([
  String.raw`\b(if|when) (the )?(price|prices|offer|quote|quotation|sample|samples)( is| are)? (right|ok|okay|good|fine|competitive|acceptable|approved)\b[^.;?!]{0,60}`,
  String.raw`\b(we|i) (might|may|could possibly) (order|place|buy|take|go ahead)\w*[^.;?!]{0,40}|\bmay order\b[^.;?!]{0,40}`,
  String.raw`\bwenn (der preis|das angebot|die qualitat|das muster) (passt|stimmt|gut ist|ok ist)\b[^.;?!]{0,40}`,
  String.raw`\bfiyat(lar)? (uygun|iyi|makul) (olursa|olur ise)\b[^.;?!]{0,40}`,
  String.raw`\b(kalau|jika|kalo|bila|apabila) harga(nya)? (cocok|oke|ok|pas|bagus|masuk)\b[^.;?!]{0,40}`,
  // the condition already blanked as an aside by negation.ts ("wenn [der Preis passt], bestellen wir"), or Turkish "-sa"
  String.raw`\b(if|when|wenn|falls|als|si|se|kalau|jika|neu|jesli|если)\b {2,}[^.;?!]{0,40}`,
  String.raw` {2,}(olursa|ise|ysa|yse)\b[^.;?!]{0,40}`,
  String.raw`\bneu gia (tot|hop ly|ok|on|duoc)\b[^.;?!]{0,40}`,
  String.raw`\bsi (el|le) (precio|prix) (es|est|nos) (bueno|bon|correcto|interesante|conviene|convient)\b[^.;?!]{0,40}`,
  String.raw`\bse (o|il) (preco|prezzo) (for|e) (bom|boa|giusto|buono)\b[^.;?!]{0,40}`,
].join('|'), 'g');

// A confirmation that is not yet given, or of something else than an order: "we will confirm next week", "not
// confirmed yet", "we confirm receipt of the goods", "I confirm the meeting", "can you confirm the order shipped?",
// "please confirm the lead time / the colour". Those confirm no order of the buyer's.
// "the order is" before a "not confirmed" in any of the Latin languages
const ORDER_IS = String.raw`((the |our |this |l'|il |o |el |la |le |die |de |het )?(order|ordine|pedido|encomenda|commande|bestellung|auftrag|bestelling|zamowienie|po)( is| e| esta| ist| jest| est| has)? )?`;
const NOT_AN_ORDER_CONFIRMED = new RegExp([
  // later: "we will confirm (the order) next week / after talking to my boss"
  String.raw`\b(we|i)('ll| will| shall| are going to| need to| have to| must) (confirm|finalize|finalise|decide)\w*\b[^.;?!]{0,60}`,
  String.raw`\b(confirmaremos|confirmare|confirmarei|confirmaremos|vamos confirmar|vamos a confirmar|nous confirmerons|je confirmerai|on confirmera|wir bestatigen (nachste|kommende|spater|morgen)|ich bestatige (nachste|spater|morgen)|confermeremo|confermero|potwierdzimy|potwierdze|we bevestigen (volgende|later|morgen)|ik bevestig (volgende|later|morgen)|(kami|saya) akan (konfirmasi|mengonfirmasi|konfirm)|onaylayacagiz|teyit edecegiz)\b[^.;?!]{0,40}`,
  String.raw`\b(tuan sau|ngay mai|mai|sau) (ben em |em |minh |anh )?(xac nhan|chot)\b[^.;?!]{0,30}|подтвердим\S*[^.;?!]{0,40}`,
  // not yet: "not (yet) confirmed", "todavía no está confirmado"
  String.raw`\b${ORDER_IS}(not|never) (been )?(yet )?(confirmed|finalized|finalised|decided)\b|\bnot yet\b[^.;?!]{0,20}\bconfirm\w*`,
  String.raw`\b${ORDER_IS}(todavia|aun|ainda|pas encore|noch nicht|non (e )?ancora|jeszcze nie|nog niet|belum)\b[^.;?!]{0,30}\b(confirmad[oa]|confirmee?|bestatigt|confermat[oa]|potwierdzon\w*|bevestigd|dikonfirmasi|konfirmasi)\b`,
  String.raw`\b${ORDER_IS}(no|nao|n'est pas|non e|nie jest) (esta |foi |encore |ancora |jeszcze )?(confirmad[oa]|confirmee?|confermat[oa]|potwierdzon\w*)\b( (todavia|ainda|encore))?|\b${ORDER_IS}(ist|is) (noch nicht|not) (bestatigt|confirmed)\b`,
  String.raw`(заказ\S* )?(ещ[её] )?не (подтвержд[её]н\S*|подтвердил\S*)|henuz (kesinlesmedi|onaylanmadi)|还没(确定|确认)|まだ確定していません|아직 확정(되지|안)`,
  // of something else: receipt, a meeting, an address, the lead time, a colour or logo before production
  String.raw`\b(we |wir |ich |i |nous |noi |my |kami |wij |ik )?(confirm\w*|bestatig\w*|confirmo|confirmamos|confirmons|confermiamo|potwierdzamy|onayliyorum|onayliyoruz)\b( (for|fur|pour|para|per))?( (you|that|the|la|el|a|o|den|die|das|la|il|que|вашу|нашу))?( \S+)?( )?(receipt|received|recepcion|recebimento|reception|erhalt|ricezione|odbior|получени\S*|meeting|call|reunion|rendez-vous|termin|встреч\S*|address|direccion|adresse|lead ?time|delivery time|etd|eta|plazo|lieferzeit|срок\S*|colou?r|logo|color|farbe|цвет\S*)\b[^.;?!]{0,40}`,
  String.raw`подтвержда\S* (получени|встреч|адрес|срок|цвет)\S*[^.;?!]{0,40}|подтвердите\S*[^.;?!]{0,60}`,
  String.raw`\btoplantiyi onayl\w*[^.;?!]{0,30}`,
  // a request that WE confirm something: "can you confirm the order was shipped", "please confirm you received our PO"
  String.raw`\b(can|could|would|will) you (please )?confirm\b[^.;?!]{0,60}|\bplease confirm (you|that|if|whether|the (lead|delivery|shipping|ship|colou?r|logo|address|etd|eta|packing|production time|departure|arrival)|receipt)\b[^.;?!]{0,60}`,
  String.raw`\b(puede|podria|pode|poderia|pouvez-vous|pourriez-vous|konnen sie|konnten sie|puo|potete|czy moze \w+|czy mozecie|kunt u|kunnen jullie|bisa) (confirmar|confirmer|bestatigen|confermare|potwierdzic|bevestigen|konfirmasi)\b[^.;?!]{0,60}`,
  // send the PI / proforma so we can review or discuss it
  String.raw`\b(pi|proforma|proforma invoice|quotation|quote|offer)\b[^.;?!]{0,30}\b(so (we|i) can|to) (review|check|consider|discuss|study|evaluate)\b[^.;?!]{0,40}|\b(pi|proforma)\b[^.;?!]{0,10}, (we|i) (need|have) to (discuss|check|review)\b[^.;?!]{0,40}`,
].join('|'), 'g');

const CANCELLED = new RegExp([
  // cancelling an order (and not "don't cancel the order, carry on"): the verb beside the order it cancels
  String.raw`(?<!(\bnot|\bnicht|\bno|\bnao|\bnon|\bnie|\bniet|n't|\bdung|\bjangan)\s(\S+\s){0,3})\b(cancel|cancell?ing|cancelamos|cancelar|annulons|annuler|annulliamo|annullare|anulujemy|anulowac|annuleren|membatalkan|batalkan|huy)\w*\b (the |our |my |this |el |o |la |l'|il |de |het |nasze |to |don )?(whole |entire )?(order|po|pedido|encomenda|commande|ordine|zamowienie|bestelling|pesanan|hang)\b[^.;?!]{0,30}`,
  String.raw`(?<!(\bnot|\bnicht|\bno|\bnon|\bnie|\bniet|n't|\bdung|\bjangan)\s(\S+\s){0,3})\b(the |our |die |den |la |el |o |l')?(order|po|bestellung|auftrag|pedido|commande|ordine|siparis\w*|zamowienie|bestelling|pesanan)\b( \w+)?( \w+)? (cancel\w*|stornier\w*|iptal\w*|annul\w*|anulowane|geannuleerd|dibatalkan)\b[^.;?!]{0,30}`,
  String.raw`(отменя\S*|отмен\S*) заказ\S*|заказ\S* (отмен\S*)`,
].join('|'), 'g');

// the same in scripts without spaces
const NOT_AN_ORDER_CJK = /如果(\s+|价格|价钱|报价|样品|质量)[^。.;？?！!]{0,30}|(我们)?(下周|明天|过几天|以后|之后)(再)?确认[^。.;？?！!]{0,20}|(形式发票|报价|报个价)[^。.;？?！!]{0,12}(看看|考虑一下|研究一下)|(看看|考虑一下|研究一下)|(订单|合同|注文|주문)?\s*(?<!不要|别|不)(取消|撤销|キャンセル|취소(?!하지))[^。.;？?！!]{0,20}|(收到|已收到)(了)?|確認してもらえますか|확인해 주실 수 있나요/g;

// each group read only when its cue is in the text
const IF_CUE = /\b(if|when|wenn|falls|als|si|se|kalau|jika|kalo|bila|apabila|neu|jesli|fiyat|might|may|could) |если| {2}(olursa|ise|ysa|yse)\b/;
const CONFIRM_CUE = /confirm|bestatig|conferm|potwierd|bevestig|konfirm|onay|teyit|xac nhan|chot|подтв|kesinles|\bpi\b|proforma|quot|offer/;
const CANCEL_CUE = /cancel|annul|storn|anul|iptal|batal|huy|отмен/;
const CJK_CUE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

const MASKS = [
  spanMask(IF_CUE, [IF_THE_PRICE_SUITS]),
  spanMask(CONFIRM_CUE, [NOT_AN_ORDER_CONFIRMED]),
  spanMask(CANCEL_CUE, [CANCELLED]),
  spanMask(CJK_CUE, [NOT_AN_ORDER_CJK]),
];

/** The folded text with orders hedged, confirmations of no order and cancellations blanked (same length). */
export const maskOrderLookAlikes = (folded: string): string => MASKS.reduce((text, mask) => mask(text), folded);
