import { blankSpans, spanMask } from './blank-spans';
import { rememberLast } from '../text/remember-last';

// "Can we pay the balance in two parts?", "dá pra dividir os 70% em duas parcelas?", "尾款能分两次付吗": the payment is
// split, not the goods (a later payment, payment_extension). Blanked when order splits are read (tag-intents.ts); a
// split of the goods said beside it ("ship half now, pay the rest in 2 instalments") still reads as one.
const PARTS = String.raw`(two|three|four|2|3|4|dos|tres|duas|deux|trois|zwei|drei|due|tre|twee|drie|dwie|trzy|dua|tiga|hai|ba|iki|uc)`;
const SPLIT_PAYMENT = new RegExp([
  String.raw`\b(pay|settle|paying|settling|pagar|pagamos|pago|dividir|payer|regler|zahlen|pagare|saldare|betalen|zaplacic|splacic|bayar|odemek|odeyebilir)\w*( (the|el|la|o|os|a|le|la|den|die|il|de|het))? ?(balance|invoice|rest|remainder|amount|payment|resto|saldo|restante|factura|fatura|solde|reste|facture|rest|restbetrag|rechnung|rimanente|fattura|saldo|restant|factuur|reszte|faktur\w*|sisa\w*|kalan\w*|\d+ ?%)?( \w+){0,3} (in|en|em|a|au|dans|auf|ad|op|w|na|dalam) ${PARTS} (parts|instalments|installments|payments|tranches|partes|cuotas|pagos|parcelas|vezes|fois|versements|raten|teilen|rate|parti|delen|termijnen|raty|ratach|czesci|tahap|kali|cicilan|taksit\w*)\b`,
  String.raw`\b(dicicil|dibayar|bayar|cicil)\w*( \w+){0,2} ${PARTS} (kali|tahap)\b|\bchia ${PARTS} (dot|lan) (tra|thanh toan)\b|\b(con lai|phan con lai|\d+ ?%( con lai)?)( \w+){0,3} chia ${PARTS} dot\b|\b${PARTS} (taksitte|taksit halinde) (odeme|odeyebilir)\w*`,
].join('|'), 'g');
// Dutch and German put the verb last: "het saldo in twee delen betalen", "den Rest in zwei Raten zahlen"
const SPLIT_PAYMENT_VERB_LAST = new RegExp(String.raw`\b(die )?halfte (zahlen|bezahlen|uberweisen|uberweise|zahle|bezahle)n? (wir|ich)\b[^.;?!]{0,60}|\b(saldo|rest|restbedrag|restbetrag|bedrag|betrag|factuur|rechnung)( \w+){0,2} (in|op) ${PARTS} (delen|termijnen|keer|raten|teilen|tranchen) (betalen|voldoen|zahlen|begleichen)\b`, 'g');
const SPLIT_PAYMENT_OTHER = /(تقسيم|نقسم|تقسم|قسم) (ال)?(دفع|الدفع|المبلغ|السداد|الباقي|المتبقي)\S*( \S+)?( على| ع)? (دفعتين|قسطين|ثلاث دفعات|دفعات)|(잔금|잔액)?(을|은|를)?\s*(\d+%\s*)?(두|세|2|3)\s*(번|차례)에\s*나눠서\s*(내|드려|결제|지불|입금|송금)|(尾款|余款|货款)?(能|可以|能不能|可不可以)?分(两|三|2|3)(次|期)(付|支付|结|还)|(разби|разбе|разде)\S* (оплату|платеж|остаток|оставшиеся|сумму)\S*(( \S+){0,2} на (два|три|2|3|несколько) (платеж\S*|част\S*))?|(تقسيط|قسط) (المبلغ|الباقي|الدفعه|الدفعة)/g;

// A sum sent in several transfers or payments, whatever the verb: "el pago lo voy a dividir en dos transferencias",
// "разбить на 2 платежа", "订金我分两次汇", "前金を2回に分けて送金", "계약금을 두 번 나눠서 보낼게요", "trả phần còn lại làm 2 đợt"
const UNITS = String.raw`(transfers|wires|remittances|payments|instalments|installments|transferencias|pagos|parcelas|pagamentos|virements|paiements|versements|uberweisungen|zahlungen|raten|overboekingen|betalingen|termijnen|bonifici|pagamenti|rate|przelew\w*|platnosc\w*|wplat\w*|raty|havale\w*|odeme\w*|taksit\w*|transfer|kali (transfer|bayar|pembayaran)|платеж\S*|перевод\S*|транш\S*)`;
const IN_TRANSFERS = new RegExp([
  String.raw`\b(in|en|em|into|auf|op|w|na|dalam|на|a) (two|three|four|2|3|4|dos|tres|duas|deux|trois|zwei|drei|due|tre|twee|drie|dwa|dwie|trzy|dua|tiga|iki|uc|два|две|три|несколько|several|multiple|varias|varios|plusieurs|mehrere|meerdere|kilka) ${UNITS}\b`,
  String.raw`\b(tra|thanh toan|chuyen khoan)( gop)?( \S+){0,4} (lam|thanh|chia) (hai|ba|2|3) (dot|lan)\b|\btra gop\b`,
  String.raw`\b(restbedrag|restbetrag|saldo|rest|aanbetaling|anzahlung)( \w+){0,2} (in|op) (twee|drie|zwei|drei|2|3) (delen|termijnen|keer|raten|teilen|tranchen)\b`,
  String.raw`\bpay (half|\d+ ?%)( of it| of the (total|amount|order))? now\b`,
  String.raw`(订金|定金|尾款|余款|货款|预付款|首付|付款|支付|款项|款項)[^。，,！？]{0,4}分(两|二|2|三|3)(次|期|笔|筆)(付|支付|结|结清|还|汇|匯|打|转|轉|交)?|(前金|残金|代金|支払い?|送金|入金|手付金|頭金)[^。、]{0,12}(2|3|二|三|２|３)回に分け`,
  String.raw`(계약금|선금|잔금|대금|송금|입금|결제|착수금)[^.?!。]{0,40}?(두|세|2|3)\s*(번|차례)(에|으로)?\s*나눠`,
  String.raw`(предоплат|оплат|платеж|остаток|сумм)\S*( \S+){0,3} (разби|разбе|разде|подели)\S*`,
].join('|'), 'g');

const CUE = /transfer|wire|remittance|instal|parcela|virement|paiement|versement|uberweis|overboek|termijn|bonific|rate|przelew|platnosc|wplat|raty|havale|taksit|kali|платеж|перевод|транш|tra |thanh toan|chuyen khoan|restbe|saldo|pay \d|订金|定金|尾款|余款|货款|预付|首付|前金|残金|代金|支払|送金|入金|手付|頭金|계약금|선금|잔금|대금|송금|입금|결제|착수금|оплат|остаток|сумм|halfte|تقسيم|قسم|betal|voldoen|begleich|pay|settle|pag|divid|regl|zahl|saldar|zaplac|splac|bayar|cicil|odem|odey|chia|나눠|分|разби|разбе|разде|تقسيط|قسط/;

/** "Now" in the other languages, folded (й folds to и); not-a-split.ts reads it too. */
export const NOW = String.raw`(ahora|agora|ora|adesso|maintenant|jetzt|nu|teraz|sekarang|simdi|bay gio|се[йи]час)`;

// Once a payment is split in the message, its halves are the payment's too: "…in due bonifici, metà adesso e metà
// all'arrivo", "split the balance into two payments, half now half end of month" (no goods named: "ship half now and
// the rest next month, and pay in 2 instalments" still splits the goods)
const HALVES_NOW = new RegExp(String.raw`(^|[^\p{L}])(?<!(ship|send|deliver|load|dispatch|envi|mand|embarc|spedi|exped|livr|liefer|versch|versend|verzend|stuur|lever|wysl|gonder|kirim|giao|gui|отгруз|отправ)\S* )(half|the first half|la mitad|metade|la moitie|meta|die halfte|de helft|polowa|polowe|yarisi|separuh|setengah|mot nua|половин\S*) (now|${NOW})(?![\p{L}])[^.?!]{0,40}`, 'gu');

// (and in Chinese, Japanese and Korean: "付款分两次，一半现在…", "半分を今、残りを納品時に", "절반은 지금, 나머지는…")
const HALVES_NOW_CJK = /(半分|一半|절반)\S{0,2}\s?(今|现在|現在|先|지금|먼저)[^。？！?!]{0,20}/g;

/** The text with the halves of a payment said to be split blanked ("…metà adesso e metà all'arrivo"): not-a-split.ts
 * reads them once it has found the payment split itself ("dividere il pagamento"). */
export const blankPaymentHalves = (text: string): string => blankSpans(text, [HALVES_NOW, HALVES_NOW_CJK]);

const paymentSplitSpans = spanMask(CUE, [SPLIT_PAYMENT, SPLIT_PAYMENT_VERB_LAST, SPLIT_PAYMENT_OTHER, IN_TRANSFERS]);

/** The folded text with a payment split into parts blanked (same length), or the text itself. */
export const maskPaymentSplit = rememberLast((folded: string) => {
  const out = paymentSplitSpans(folded);
  return out === folded ? out : blankPaymentHalves(out);
});
