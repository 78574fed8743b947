import { spanMask } from './blank-spans';

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

const CUE = /halfte|تقسيم|نقسم|تقسم|قسم|betal|voldoen|begleich|pay|settle|pag|divid|regl|zahl|saldar|betal|zaplac|splac|bayar|cicil|odem|odey|chia|taksit|나눠|分|разбить|разби|разбе|разде|تقسيط|قسط/;

/** The folded text with a payment split into parts blanked (same length), or the text itself. */
export const maskPaymentSplit = spanMask(CUE, [SPLIT_PAYMENT, SPLIT_PAYMENT_VERB_LAST, SPLIT_PAYMENT_OTHER]);
