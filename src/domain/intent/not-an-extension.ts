import { spanMask } from './blank-spans';

// What reads like paying later but asks for no time: a usance L/C ("pay by L/C 60 days instead of T/T") is a way to pay
// (payment_terms, 11 of 11 such rows of ours), "send what's ready and the balance later" is the rest of the goods (an
// order split), and a bare "Zahlungsziel?" asks what the terms are. Blanked when payment extensions are read
// (tag-intents.ts); "60 days credit", "pay the balance later" still read as one. All patterns read folded text.

const LETTER_OF_CREDIT = String.raw`(l/?c|letter of credit|carta de credito|lettre de credit|credit documentaire|akkreditiv|lettera di credito|accreditivo|akredytyw\w*|akreditif|thu tin dung|аккредитив\S*|اعتماد مستندي|خطاب اعتماد)`;
const DAYS = String.raw`\d+ ?(days?|dias|jours|tage[n]?|giorni|dni|gun|hari|ngay|dagen|дн\S*|يوم)`;
const USANCE_LC = new RegExp(
  String.raw`\b${LETTER_OF_CREDIT}( (at|a|per|на|di|de|van|op|with|con|com|par|mit|z|dengan))? ?${DAYS}|\b${DAYS}( (l/?c|lc))\b`,
  'g',
);

// "the balance of the qty later", "ship what's ready and the rest later", "الجاهز والباقي بعدين": the goods' rest.
const GOODS_BALANCE = new RegExp([
  String.raw`\b(balance|rest|remainder) of the (qty|quantity|goods|order|pieces|pcs|cartons|units|shipment)\b.{0,20}\b(later|after)\b`,
  String.raw`\b(ship|send|deliver|dispatch)\w* (what|whatever|what's|the finished|the ready)\b.{0,60}\b(balance|rest|remainder)\b.{0,20}\b(later|after)\b`,
  String.raw`(الجاهز|اللي خلص|اللي جاهز|الموجود)\S*.{0,20}(والباقي|و الباقي) ?(بعدين|لاحقا|بعد)`,
].join('|'), 'g');

// the whole message is the term, asked: what the terms are
const BARE_TERM_ASKED = /^\s*(zahlungsziel|zahlungsbedingungen|payment terms?|credit terms?|plazo de pago|prazo de pagamento|delai de paiement|termini di pagamento|betalingstermijn|termin platnosci|vade|отсрочка)\s*[?？]+\s*$/g;

// A payment already made asks for no time: "we have paid the balance", "die Restzahlung wurde überwiesen", "已付".
const PAID_ALREADY = new RegExp([
  String.raw`\b(we|i)( have| had|'ve)?( already| just)? (paid|sent|transferred|remitted|wired|settled)\b[^.;?!]{0,40}|\b(payment|balance|deposit|transfer|money|tt)( has| have)?( been| was| is)? (sent|made|paid|transferred|done|remitted|wired)\b[^.;?!]{0,30}`,
  String.raw`\b((die )?(rest|an)?zahlung )?(wurde|ist|haben|habe)\b[^.;?!]{0,30}\b(uberwiesen|bezahlt|beglichen)\b|\b(avons|ai)( deja)? (regle|paye|vire|envoye|effectue)\b[^.;?!]{0,30}`,
  String.raw`\b(hebben|heb)\b[^.;?!]{0,30}\b(overgemaakt|betaald|voldaan)\b|\b(ya )?(hicimos|realizamos|enviamos) (la transferencia|el pago)\b[^.;?!]{0,20}|\bya (pagamos|transferimos) (el saldo|el anticipo|el pago)\b`,
  String.raw`\bja (efetuamos|fizemos|pagamos|transferimos|enviamos)\b[^.;?!]{0,30}|\babbiamo (effettuato|fatto|pagato|inviato) (il )?(bonifico|pagamento|saldo)\b[^.;?!]{0,20}`,
  String.raw`\bsudah (kami |saya )?(transfer|bayar|lunas|dibayar|ditransfer)\w*\b[^.;?!]{0,20}|\bda (chuyen|thanh toan|tra)( khoan| tien)?\b[^.;?!]{0,20}|\bodeme(yi)? (yaptik|gonderdik)\b`,
  String.raw`(оплатили|перевели оплату|оплату отправили|отправили оплату)\S*|(已(经)?(付|汇|转|支付)|送金しました|송금했습니다)`,
].join('|'), 'g');

// Someone else pays late: "our customer has not paid us yet", "my client pays me late", "наш клиент задерживает оплату".
// Our decision awaited, not our payment: "can you wait for the PO until next week?"
const DECISION_AWAITED = new RegExp([
  String.raw`\bwait (for |with )?(the |our |my |a )?(po|order|confirmation|decision|answer|reply|approval)\b[^.;?!]{0,40}|\bhold (the |our |my )?(po|order)\b[^.;?!]{0,40}`,
  // "Siparişi gelecek haftaya kadar bekleyebilir misiniz?": the order held, not the money
  String.raw`\bsiparis\w*( \S+){0,4} bekle\w*\b|\b(esperar|segurar) (con |com )?(el |o )?pedido\b[^.;?!]{0,40}|\b(auftrag|bestellung) (zuruckhalten|warten)\b`,
].join('|'), 'g');

const THEIR_CUSTOMER_LATE = new RegExp([
  String.raw`\b(our|my) (customers?|clients?|buyers?)\b[^.;?!]{0,20}\b(not paid|hasn'?t paid|haven'?t paid|pays? (me |us )?late|paying (me |us )?late|delay\w* (the )?payment)\b[^.,;?!]{0,40}(, \d+ days( late)?)?(, (it is|it's|its|that is|which is) (very |so |really )?(hard|tough|difficult) (for us|for me))?`,
  String.raw`наш\S* (клиент|покупател)\S* (задерживает|не оплатил|не заплатил)\S*( \S+)?`,
  String.raw`(我们的|我们|我的|我)?(客户|客人|买家|下游)(还|仍然|一直)?(没|没有|未|迟迟没|拖着不)(付款|付钱|打款|结账|回款|给钱)(给我们|给我)?`,
  String.raw`\b(unser|unsere|mein|meine)[nmrs]? (kunde|kunden|abnehmer)\b[^.;?!]{0,20}\b(nicht|noch nicht) (bezahlt|gezahlt)\b|\b(nasz|moj|nasi|moi) (klient|klienci|odbiorca|kupujacy)\w*\b[^.;?!]{0,20}\bnie (zaplacil|zaplacili|placi|placa)\w*`,
  String.raw`\b(nostro|nostri|mio|miei) (cliente|clienti|compratore|compratori)\b[^.;?!]{0,20}\bnon (ci |mi )?(ha|hanno) (ancora )?pagat\w*|\b(nuestro|nuestros|mi|mis) (cliente|clientes|comprador|compradores)\b[^.;?!]{0,20}\bno (nos |me )?(ha|han) (pagado)\b|\b(nosso|nossos|meu|meus) (cliente|clientes|comprador|compradores)\b[^.;?!]{0,20}\bnao (nos |me )?(pagou|pagaram)\b`,
  String.raw`\b(notre|nos|mon|mes) (client|clients|acheteur|acheteurs)\b[^.;?!]{0,20}\b(ne nous a|ne m'a|n'a|ne nous ont|n'ont) (toujours )?pas (encore )?paye\w*|\b(onze|mijn) (klant|klanten|afnemer|afnemers)\b[^.;?!]{0,20}\b(heeft|hebben) (ons |mij )?(nog )?(steeds )?niet betaald\b|\bmusteri\w*\b[^.;?!]{0,20}\b(odemedi|odemediler|odeme yapmadi|odemiyor)\w*`,
].join('|'), 'g');

// Goods late, not money: "o embarque está atrasado 10 dias", "선적이 2주 늦어졌어요".
const GOODS_LATE = new RegExp([
  String.raw`\b(shipment|delivery|goods|embarque|envio|entrega|livraison|expedition|lieferung|spedizione|consegna|dostawa|wysylka|pengiriman|sevkiyat|levering|zending)\b[^.;?!]{0,20}\b(late|delayed|atrasad[oa]|retrasad[oa]|retraso|atraso|en retard|retard|verspatet|uberfallig|in ritardo|opozniona|terlambat|gecikti|te laat)\b( (de |di |by |o |von )?\d+ \w+)?`,
  String.raw`(отгрузка|поставка|доставка) задерживается[^.;?!]{0,20}|(선적|배송|出荷|出货|发货|货物)[^.;?!。]{0,10}(늦어|遅れ|延迟|晚了)`,
].join('|'), 'g');

// When to pay, and "net 30" proposed as the standard for a new order: the terms asked or offered.
const TERMS_ASKED = new RegExp([
  String.raw`\bwhen (should|do|must|shall) (we|i)( need to| have to)? pay\b[^.;?!]{0,30}`,
  String.raw`\bnet ?\d+\b(?=[^.!]{0,60}\b(first|new|standard|usual|normal)\b)|\bnet ?\d+ ?\?(?=[^.!?]{0,60}\b(standard|usual|normal|first|new)\b)`,
].join('|'), 'g');

const CUE = /客户|客人|买家|下游|cliente|klant|afnemer|compratore|comprador|acheteur|musteri|paid|wait|hold|siparis|pedido|auftrag|bestellung|zaplac|sent|transferr|remit|wired|settled|made|done|uberwiesen|bezahlt|beglichen|regle|paye|vire|overgemaakt|betaald|voldaan|hicimos|realizamos|enviamos|pagamos|transferimos|efetuamos|fizemos|effettuato|pagato|sudah|da (chuyen|thanh|tra)|yaptik|gonderdik|оплатили|перевели|отправили|已|送金しました|송금했습니다|customer|client|buyer|клиент|покупател|late|delay|atras|retras|retard|verspatet|uberfallig|ritardo|opozn|terlambat|gecikti|задерж|늦어|遅れ|延迟|晚了|when|net ?\d|l\/?c|\blc\b|credit|credito|akkredit|accredit|akredyt|akreditif|tin dung|аккредит|اعتماد|balance|rest|remainder|الباقي|zahlungs|terms|plazo|prazo|delai|termini|termijn|termin|vade|отсрочка/;

/** The folded text with look-alikes of a payment extension blanked (same length), or the text itself. */
export const maskNotAnExtension = spanMask(CUE, [USANCE_LC, GOODS_BALANCE, BARE_TERM_ASKED, PAID_ALREADY, THEIR_CUSTOMER_LATE, GOODS_LATE, TERMS_ASKED, DECISION_AWAITED]);
