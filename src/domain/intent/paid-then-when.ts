import { cueTest } from '../text/cue-test';

// A payment supposed, and when the goods would be ready or arrive asked: "if we pay the deposit this week, when would
// the goods be in Duisburg?", "si pago el anticipo el lunes, ¿para cuándo las tendría en Lima?", "si je verse l'avance
// aujourd'hui, ils seront à Abidjan quand ?", "wenn wir diese Woche anzahlen, wann wären sie da?", "kalau bayar minggu
// ini, sebelum Lebaran sudah sampai?", "если оплатим на этой неделе, когда будут в Алматы?", "如果今天付定金，什么时候能
// 到", "اذا حولت العربون اليوم متى توصل". The payment is the condition, no question on the terms (a share named, "if I
// pay 50% instead of 30%", still sets terms): the date asked is a lead time, and the arrival at a place the carriage
// too (the fifteenth author). Folded text.

// the payment supposed: "if we pay", "once I transfer", "si pago", "se eu pagar", "wenn wir zahlen", "если оплатим"
const IF_PAID = String.raw`(\b(if|once) (we|i) (pay|paid|transfer|wire|send the (deposit|payment|money)|place the order|order)\b|\bsi (je |nous |on |te |les |le |lo )?(pago|pagamos|transfiero|transferimos|deposito|hago el pago|verse|paie|payons|verse|virons|pedimos|hago el pedido|commande)\b|\bse (eu )?(pagar|pagarmos|transferir|depositar|pago|paghiamo|ordino|ordiniamo|fizer o pedido)\b|\bwenn (wir|ich) [^.?!\n]{0,20}(zahlen|anzahlen|uberweisen|bestellen)\b|\bals (we|ik) [^.?!\n]{0,20}(betalen|overmaken|bestellen)\b|\bjesli (zaplacimy|zaplace|przelejemy|zamowimy)\b|\b(eger )?[^.?!\n]{0,20}(odersek|odeme yaparsak|siparis verirsek)\b|\b(kalau|kalo|klo|jika|kl) (bayar|transfer|tf|dp|pesen|pesan|order)\b|\bneu (em |anh |minh )?(chuyen tien|thanh toan|coc|dat hang)\b|(если|как только) (мы )?(оплатим|заплатим|переведем|внесем|закажем)|(如果|要是|假如)[^。？！?!]{0,10}(付款|付定金|打款|下单|转账)|(払えば|支払えば|入金すれば|発注すれば|振り込めば)|(입금하면|결제하면|송금하면|발주하면|주문하면)|(اذا|إذا|لو) (حولت|حولنا|دفعت|دفعنا|طلبت|طلبنا))`;
// when, how soon; or before a date, with the goods shipped or at a place ("if we pay today, can you ship before the
// holiday?"; "if we pay before shipment, any discount?" asks none)
const WHEN = String.raw`(\b(when|how soon|how fast|by when|para cuando|cuando|quando|quand|wann|bis wann|wanneer|kiedy|ne zaman|kapan|khi nao|bao gio)\b|когда|к какому|什么时候|何时|幾時|いつ|언제|متى|متي)`;
const BEFORE = String.raw`(\b(before|antes d[eo]|antes da|avant|vor|voor|przed|sebelum|truoc)\b|(^|\s)до\s|之前|前に|전에|قبل)`;
const SHIPPED = String.raw`(\b(ship|shipped|load|dispatch|embarcar|enviar|despachar|mandar|expedier|envoyer|spedire|verschiffen|versenden|verladen|verschepen|wyslac|gonder\w*|yukle\w*|kirim|gui|xuat)\b|отгруз|отправ|发货|出货|出荷|선적|출고|شحن)`;
// the goods at a place: "be in Lima", "arrive", "seront à", "nyampe Jakarta", "будут в", "توصل"
const AT_PLACE = String.raw`(\b(arrive|reach|land|get (to|there)|be (in|at)|would be in|will be in)\b|\b(tendria|tendriamos|estarian|llegan|llegarian|llegaria)\b[^.?!\n]{0,30}\ben\b|\b(seront|serait|arriveront|arriverait) (a|au|en|chez)\b|\b(waren|sind|waere|ist) [^.?!\n]{0,25}\b(in|da|bei uns)\b|\b(nyampe|sampai|sampe|tiba)\b|\b(toi|den|ve) (\w+ )?(cang|kho)\b|будут в|придут в|прибуд|дойдут|(توصل|يوصل|تصل|يصل)|(到港|到达|到貨|到货|能到)|(到着|届く|入港)|(도착|들어오))`;
const IF_PAID_RE = new RegExp(IF_PAID, 'u');
const WHEN_RE = new RegExp(WHEN, 'u');
const BEFORE_RE = new RegExp(BEFORE, 'u');
const SHIPPED_RE = new RegExp(SHIPPED, 'u');
const AT_PLACE_RE = new RegExp(AT_PLACE, 'u');

/** Cue: a word of paying or ordering, read on the whole text before the key's mask. */
export const supposesAPayment = cueTest(/pay|paid|transfer|wire|deposit|order|pago|pagamos|transfier|deposit|verse|paie|payons|virons|pedi|commande|pagar|paghiamo|ordin|fizer|zahlen|uberweisen|bestellen|betalen|overmaken|zaplac|przelej|zamow|odersek|odeme|siparis|bayar|transfer|tf|dp|pesen|pesan|chuyen tien|thanh toan|coc|dat hang|оплат|заплат|перевед|внес|закаж|付款|付定金|打款|下单|转账|払えば|入金|発注|振り込|입금|결제|송금|발주|주문|حول|دفع|طلب/);

/** 'arrival' when a payment is supposed and the goods' arrival at a place asked, 'when' when their date, or null. */
export function paidThenWhen(folded: string): 'arrival' | 'when' | null {
  if (folded.length > 300 || !IF_PAID_RE.test(folded)) return null;
  const atPlace = AT_PLACE_RE.test(folded);
  if (!WHEN_RE.test(folded) && !(BEFORE_RE.test(folded) && (atPlace || SHIPPED_RE.test(folded)))) return null;
  return atPlace ? 'arrival' : 'when';
}
