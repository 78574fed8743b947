import { spanMask } from './blank-spans';

// A payment paid in parts, said with words payment-split.ts does not read: "séparer le paiement en deux", "payer en
// plusieurs fois", "pembayaran bisa dipisah 2 kali", "разбить оставшуюся сумму на 3 платежа", "первую часть суммы
// отправили", "in two parts: deposit and balance". The money is split, not the goods: payment terms or a later
// payment, no order split. Folded text.
const PAYMENT = String.raw`(payment|payments|paiement|paiements|reglement|pago|pagos|pagamento|pagamentos|zahlung|betaling|pagamento|platnosc|platnosci|zaplata|pembayaran|bayar|odeme|odemeyi|thanh toan|сумм|оплат|платеж|долг)\S*`;
const PAYMENT_IN_PARTS = new RegExp([
  // "séparer / diviser / échelonner le paiement", "pembayaran bisa dipisah", "разбить сумму"
  String.raw`\b(separ|diviser|echelonn|dipisah|pisah|dibagi|bagi)\S*( \S+){0,2} ${PAYMENT}|${PAYMENT}( \S+){0,2} (separ|dipisah|pisah|dibagi|разби|раздел)\S*`,
  // (Cyrillic has no \b in a regex without the u flag)
  String.raw`(разби|раздел|раздроб)\S*( \S+){0,2} (сумм|оплат|платеж|долг)\S*`,
  // "payer en plusieurs fois", "pagar en varias veces / cuotas", "pagare in più rate", "bayar 2 kali"
  String.raw`\b(pay\w*|pag\w*|bayar|zahl\w*|betal\w*)\b( \S+){0,4} (en|in|em|w|dalam) (plusieurs|deux|trois|varias|dos|tres|vari[ea]|piu|mehreren|meerdere|kilku|\d+) (fois|veces|vezes|cuotas|parcelas|rate|raten|termijnen|ratach|kali|tranches?)\b`,
  // "на 3 платежа", "первую часть суммы", "вторую часть оплаты"
  String.raw`на (два|три|\d+) (платеж|транш|част)\S*|(перв|втор|последн|оставш)\S* част\S* (суммы|оплаты|платежа|денег|долга)`,
  // the parts named: "in two parts: deposit and balance", "na dwie czesci: zaliczka i reszta", "en deux : acompte et solde"
  String.raw`\b(in|en|na|em|jadi|dalam) (two|deux|dwie|duas|zwei|due|dos|dua|2) (parts|parties|czesci|partes|teile|parti|bagian)?\s?[:,-]? (\w+ )?(deposit|acompte|zaliczka|anzahlung|entrada|sinal|anticipo|acconto|dp|uang muka|aanbetaling)\b[^.?!]{0,30}`,
  String.raw`\b(deposit|acompte|zaliczka|anzahlung|entrada|sinal|anticipo|acconto|dp|aanbetaling) (and|et|i|und|y|e|dan|en) (the )?(balance|solde|reszta|rest|saldo|resto|pelunasan)\b`,
].join('|'), 'g');
const CUE = /separ|diviser|echelonn|pisah|bagi|разби|раздел|раздроб|fois|veces|vezes|cuotas|parcelas|rate|termijnen|ratach|kali|tranche|на (два|три|\d)|част|deposit|acompte|zaliczk|anzahlung|entrada|sinal|anticipo|acconto|\bdp\b|aanbetaling/;

/** The folded text with a payment paid in parts blanked (same length), or the text itself. */
export const maskPaymentInParts = spanMask(CUE, [PAYMENT_IN_PARTS]);
