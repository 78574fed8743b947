import { spanMask } from './blank-spans';

// "The transfer will be delayed until Friday": the buyer's own payment running late asks for time (payment_extension);
// it is no complaint about the supplier, so the span is blanked when complaints are read (tag-intents.ts).
const OWN_PAYMENT_LATE = new RegExp([
  String.raw`\b(my |our |the )?(payment|transfer|bank transfer|remittance|balance|tt)( will| would|'ll| is going to)? (be )?(delay(ed)?|late)\b|\bpayment will delay\b`,
  String.raw`\b(de )?(overboeking|betaling) (wordt|zal) (vertraagd|later)\b|\bprzelew opozni sie\b|\bplatnosc (sie )?opozni\b`,
  String.raw`\b(a )?paye en retard\b|\bpaiement (sera|va etre) (retarde|en retard)\b|\bel pago (se )?(va a )?(retrasar|atrasar)\w*\b|\bo pagamento (vai )?atras\w*\b`,
  String.raw`\b(die )?zahlung (wird sich verzogern|verzogert sich|kommt spater)\b|\bil (pagamento|bonifico) (sara in ritardo|slitta|tardera)\b`,
  String.raw`\b(delay|postpone|push back|defer)( the| my| our)? (payment|transfer|balance|remittance|tt)\b|\b(die )?uberweisung (verzogert sich|wird sich verzogern|kommt spater)\b|\b(le )?virement (sera|va etre) (retarde|en retard)\b|\bban (cham|e) (qua|lam)\b`,
  // the buyer's own customer or bank paying late: "our customer paid late", "o banco está demorando"
  String.raw`\b(our |my )?(customers?|clients?|buyers?)( has| have)? (paid|pays|paying|is paying|are paying)( us)? late\b|\b(customer|klien|pelanggan)( kami| saya| sy)? (telat|terlambat) (bayar|transfer)\b|\b(o|el) banco (esta|ta) (demorando|tardando)\b|\bkhach( hang)?( (em|anh|minh|toi))? chua (tra|thanh toan)( tien)?\b`,
  // the same in more words: "unser Kunde hat verspätet bezahlt", "mamy opóźnienie od klienta", "tiền hàng chưa về kịp"
  String.raw`\b(unser |mein )?(kunde|endkunde|abnehmer)( hat| hatte)? (verspatet|zu spat|spat) (bezahlt|gezahlt|uberwiesen)\b|\b(unser |mein )?(kunde|endkunde|abnehmer) (zahlt|bezahlt|uberweist) (leider |noch |auch |diesmal )?(verspatet|zu spat|spat|nicht rechtzeitig)\b|\b(verspatete|spate) zahlung (unseres|des|vom) (kunden|endkunden)\b`,
  String.raw`\bopoznieni\w* (od|u|ze strony) (klienta|klientow|odbiorcy)\b|\bklient\w* (sie )?(spoznia|opoznia)\w*( sie)? z (platnoscia|zaplata|przelewem)\b`,
  String.raw`\b(nuestro |mi )?(cliente|comprador)( final)? (nos )?(pago|ha pagado|esta pagando|paga) (tarde|con retraso)\b|\b(o nosso |nosso |o meu )?cliente (pagou|esta pagando|atrasou o pagamento)( com)? ?(atrasado|atraso)?\b`,
  String.raw`\b(notre |mon )?client (a paye|paie|nous a paye) en retard\b|\bil (nostro |mio )?cliente (ha pagato|paga|ci ha pagato) in ritardo\b|\b(onze |mijn )?klant (heeft|is) (te )?laat (betaald|met betalen)\b`,
  String.raw`\bmusteri\w* (odeme\w* )?(gec (odedi|odiyor|kaldi)|gecikti|geciktirdi|geciktiriyor)\b|\btien (hang )?(ben \w+ )?chua ve( kip)?\b|\b(uang|dana|pembayaran) (dari )?(customer|klien|pelanggan)( kami| saya)? (belum masuk|telat|terlambat)\b`,
  String.raw`\b(transfer|bayar)(nya)? (telat|terlambat)\b|\btien (chuyen|tra) (tre|cham)\b|\b(chuyen|tra) (tien )?(tre|cham)\b|\bodeme(yi|miz)? (gecikecek|gecikiyor)\b`,
].join('|'), 'g');
const OWN_PAYMENT_LATE_OTHER = /(деньги|оплата|платеж\S*|перевод\S*) (от|у) (клиент\S*|покупател\S*|заказчик\S*) задержива\S*|(платеж|платеж|оплата|перевод) задерживается|(банк|клиент\S*|покупател\S*) задерживает (платеж|оплату|перевод)|задержк\S* (оплаты|платежа) (от|у|со стороны) (клиента|покупателя)|(尾款|余款|货款|付款)(能不能|可以|能否)?(晚|推迟|延后)|оплата задержится|платеж задержится|платеж задержится|(платят|платим) с задержкои|клиент\S* задержал\S* оплат\S*|(送金|入金|振込|支払い)が.{0,12}遅れ|(송금|입금|결제)이\s*.{0,14}늦어|客户的钱还没到|客户(还)?没(付|给)(钱|款)|支付(会)?(晚|延迟|推迟)|付款(会)?(晚|延迟|推迟)|支払いが遅れ|송금이 늦어|결제가 늦어|الدفع (رح|راح|سوف) (يتاخر|يتاخر)|(현금|자금|돈|잔고)(이|가)?\s*부족/g;

const CUE = /customer|client|buyer|kunde|abnehmer|klient|cliente|musteri|tien hang|chua ve|uang|dana|pembayaran|покупател|klien|pelanggan|banco|khach|клиент|客户|送金|入金|振込|입금|delay|postpone|push back|defer|uberweisung|virement|ban cham|ban e|задерж|尾款|余款|货款|현금|자금|돈|잔고|pay|transfer|remit|balance|tt|overboek|betal|przelew|platn|paie|pago|pagamento|zahlung|bonific|bayar|chuyen|tra |odeme|оплат|плат|支付|付款|支払|송금|결제|الدفع/;

/** The folded text with the buyer's own late payment blanked (same length), or the text itself. */
export const maskOwnLatePayment = spanMask(CUE, [OWN_PAYMENT_LATE, OWN_PAYMENT_LATE_OTHER]);
