import { spanMask } from './blank-spans';
import { maskOrderLookAlikes } from './action-look-alikes';
import { rememberLast } from '../text/remember-last';

// An order the buyer only supposes is no order: "any discount if we take 3 containers?", "samples before we order",
// "if we approve the sample we'll place a big order", "what is your final price? if it suits, we order today". Blanked
// when order confirmations are read (tag-intents.ts). An order promised on a price the buyer names ("at 2.40 we
// order", "if you can do 1.95 we place the order today") stays: our labels read that as an order and a discount ask.
// All patterns read folded text (clean-text.ts `fold`: lower case, no accents).

// "before we order", "until we approve": the order comes after something the buyer still waits for.
const BEFORE_ORDERING = new RegExp([
  String.raw`\b(before|until|till|prior to) (we |i )?(can )?(order|place|placing|confirm|confirming|approve|approving|commit|go ahead|sign)\w*`,
  String.raw`\b(antes de|hasta que) (hacer|hagamos|confirmar|confirmemos|cerrar|cerremos|aprobar|pedir|fazer|fechar|fecharmos|encomendar|aprovar)\w*( (el|o|la|a) (pedido|orden|encomenda))?`,
  String.raw`\b(avant de|jusqu'?a ce qu'?(on|nous)) (commander|passer|confirmer|valider|valide|validions|commande|signer)\w*`,
  String.raw`\b(bevor|ehe) (wir|ich) \w+( \w+)? (bestellen|ordern|freigeben|bestatigen)\b`,
  String.raw`\bprima (di|che) (ordinare|confermare|fare l'?ordine|approvare|ordiniamo|confermiamo)\w*`,
  String.raw`\bvoor(dat)? (we|wij|ik) (bestellen|bestel|een order|de order|akkoord)\w*`,
  String.raw`\b(zanim|przed) (zamowimy|zamowieniem|zlozymy|potwierdzimy|zatwierdzimy)\w*`,
  String.raw`\bsebelum (kami |kita |saya )?(order|pesan|memesan|konfirmasi|deal)\w*`,
  String.raw`\btruoc khi (ben em |em |minh |anh )?(dat|chot|order|xac nhan)\w*`,
  String.raw`\bsiparis (vermeden|onaylamadan|gecmeden)( once)?\b`,
  String.raw`(перед|до) (заказом|оформлением заказа|подтверждением)|прежде чем (заказать|оформить|подтвердить)\S*`,
  String.raw`قبل (ما |ان )?(نطلب|نعتمد|نأكد|نوكد|نثبت|الطلب|تاكيد|تأكيد|اعتماد)\S*( (الطلبيه|الطلبية|الطلب|الاوردر))?`,
].join('|'), 'g');

// "if we order / take / buy N": the order is the condition of a question, not a decision.
const IF_WE_ORDER = new RegExp([
  String.raw`\b(if|should) (we|i) (were to |decide to |go ahead and )?(order|take|buy|purchase|book|go with|go for|place)\w*`,
  String.raw`\bsi (pedimos|compramos|tomamos|llevamos|hacemos (el|un) pedido|encargamos|on (commande|prend|achete|passe commande)|nous (commandons|prenons|achetons))\b`,
  // "if I confirm today, will it arrive before the fair?": the confirmation is the condition of a question
  String.raw`\b(if (we|i) confirm|si (confirmo|confirmamos|je confirme|on confirme|nous confirmons)|se (confermo|confermiamo|confirmo|confirmamos|confirmarmos)|wenn (wir|ich) (heute )?(bestatigen|bestatige)|als (we|ik) (vandaag )?(bevestigen|bevestig))\b`,
  String.raw`\bse (pedirmos|comprarmos|fecharmos|levarmos|encomendarmos|ordiniamo|prendiamo|compriamo|facciamo (l'?|un )?ordine)\b`,
  String.raw`\bwenn (wir|ich) \w+( \w+)? (bestellen|nehmen|abnehmen|kaufen|ordern)\b`,
  String.raw`\bals (we|wij|ik) \w+( \w+)? (bestellen|nemen|afnemen|kopen)\b`,
  String.raw`\b(jesli|jezeli|gdy) (zamowimy|wezmiemy|kupimy|zamawiamy|bierzemy)\b`,
  String.raw`\b(kalau|jika|kalo|bila|apabila) (kami|kita|saya) (order|ambil|beli|pesan|memesan|membeli|mengambil)\b`,
  String.raw`\bneu (ben em|em|minh|anh|chung toi) (dat|lay|mua|order)\b`,
  // Turkish conditionals, "we" and "I": "alırsak", "sipariş verirsem"
  String.raw`\b\w+(ars|ers|irs|urs)(ak|ek|am|em)\b[^.,;?!]{0,40}`,
  String.raw`(если|когда) (бер[её]м|возьм[её]м|закажем|заказываем|купим)\S*`,
  String.raw`(لو|اذا|إذا) (طلبنا|اخذنا|أخذنا|اشترينا|نطلب|ناخذ)\S*`,
].join('|'), 'g');

// "What's your final price? If it suits, we order today": the order waits on the answer to the question.
const IF_THE_ANSWER_SUITS = new RegExp([
  String.raw`\b(if|when) (it|that|this|the price|the answer)('s| is)? (ok|okay|good|fine|right|works|suits|fits|acceptable)\b[^.;?!]{0,40}`,
  String.raw`\bsi (ca|cela|c'est bon|le prix) (passe|convient|va|colle)\b[^.;?!]{0,40}|\bsi (conviene|cuadra|nos sirve|nos va|esta bien)\b[^.;?!]{0,40}`,
  String.raw`\bse (servir|for bom|estiver bom|va bene|andiamo bene|ci sta)\b[^.;?!]{0,40}|\bwenn (der|das|es|er) passt\b[^.;?!]{0,40}`,
  String.raw`\bals (het|die|dat|de prijs) (past|goed is|klopt)\b[^.;?!]{0,40}|\bjesli (pasuje|bedzie ok)\b[^.;?!]{0,40}`,
  String.raw`\b(kalau|jika) (cocok|oke|ok|pas)\b[^.;?!]{0,40}|\b(ok|duoc|hop ly) thi\b[^.;?!]{0,40}|\buygun(sa|ysa)\b[^.;?!]{0,40}`,
  String.raw`\bесли (подойд[её]т|устроит|нормально)\S*[^.;?!]{0,40}|(اذا|إذا|لو) (ناسب|مناسب|مناسبة|زبط)\S*[^.;?!]{0,40}`,
  String.raw`(合适的话|合适就|可以的话|条件が合えば|問題なければ|合えば|맞으면|괜찮으면)[^。.;？?！!]{0,30}`,
  // "if you confirm the price with those changes, I'll order next week": the order waits on the supplier's answer
  String.raw`\bif you (can )?confirm (the |your )?(price|prices|lead time)\b[^.;?!]{0,60}|\bsi me (confirmas|confirman|confirma) (el|los) (precio|precios|plazo)\b[^.;?!]{0,80}|\bse (me )?confirmar(em)? o (preco|prazo)\b[^.;?!]{0,60}`,
  String.raw`\bse mi confermate (il prezzo|i prezzi|la consegna)\b[^.;?!]{0,60}|\bsi vous (me )?confirmez (le prix|les prix|le delai)\b[^.;?!]{0,60}|\bwenn sie (mir )?(den preis|die preise|die lieferzeit) bestatigen\b[^.;?!]{0,60}`,
].join('|'), 'g');

// the same in scripts without spaces
const BEFORE_ORDERING_CJK = /(下单|订货|确认订单|下订单)(之)?前|(発注|注文)(する)?前|(発注|注文)(したら|すれば|する場合)|(주문|발주)(하기)? ?전|(주문|발주)하면|如果我们(订|下单|拿|要|买)/g;

const CUE = /confirm|bestatigen|until|till|prior|antes|hasta|avant|jusqu|bevor|ehe|prima|voor|zanim|przed|sebelum|truoc|vermeden|onaylamadan|gecmeden|перед|до |прежде|قبل|\bif\b|should|si |se |wenn|als |jesli|jezeli|gdy|kalau|kalo|jika|bila|neu |rs(ak|ek|am|em)\b|если|когда|لو|اذا|إذا|thi\b|uygun|前|如果|したら|すれば|場合|하면|合|맞으면|괜찮으면/;

/** The folded text with supposed orders blanked (same length), or the text itself. */
const maskSupposedOrder = spanMask(CUE, [
  BEFORE_ORDERING,
  IF_WE_ORDER,
  IF_THE_ANSWER_SUITS,
  BEFORE_ORDERING_CJK,
]);

/** The folded text with supposed orders and confirmations of no order blanked (action-look-alikes.ts). */
// (the patterns and the model blank the same text one after the other: the last answer is remembered)
export const maskHypotheticalOrder = rememberLast((folded) => maskOrderLookAlikes(maskSupposedOrder(folded)));
