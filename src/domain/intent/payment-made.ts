import { spanMask } from './blank-spans';

// A payment reported done with the go-ahead it pays for ("Deposit sent via T/T today, 30% as agreed. Please start
// production", "J'ai versé l'acompte par MoneyGram, démarrez", "本日、前金30%を送金いたしました。生産開始をお願いします",
// "balance paid yesterday, please do telex release") asks nothing about how to pay: the authors label the go-ahead
// (order_confirmation, or shipping for a release), no payment terms. The clause that tells the payment is blanked when
// payment terms are read (tag-intents.ts), and for the model (look-alikes-for-model.ts): its "T/T", "30%" and "deposit"
// are the payment's. Told alone ("Deposit paid this morning, swift copy attached") it is left: the authors differ
// there (payment_terms or other). A payment promised for later ("acompte envoyé demain", "l'acompte part lundi") or
// supposed ("dès qu'on a payé le solde", "prima che abbiamo pagato") is left too. Folded text.

// the rest of the clause the payment is told in
const CLAUSE = String.raw`[^.?!;\n。！？]*`;
// (not a payment supposed: "once we have paid", "dès qu'on a payé", "prima che abbiamo pagato")
const NOT_SUPPOSED = String.raw`(?<!\b(once|after|when|before|until|if|des qu'|quand|lorsqu'|apres qu'|avant qu'|si|prima che|dopo che|quando|se|cuando|antes de que|despues de que|sobald|wenn|nachdem|bevor|zodra|als|voordat|nadat|jak|gdy|zanim|kalau|jika|setelah|neu|khi)( \w+){0,2} )`;
// (nor a term said in the passive: "70% paid against the B/L copy", "balance paid before shipment")
const LATER = String.raw`(?! ?(demain|tomorrow|manana|amanha|morgen|domani|besok|yarin|ngay mai|завтра|明天|明日|내일|against|before|after|upon|on (arrival|delivery|receipt)|within|when|once|by l\/?c|in advance|avant|apres|contre|a la|antes|despues|contra|contro|prima|dopo|gegen|vor|nach|bei|voor|tegen|bij|przed|po|sebelum|setelah))`;
const NOUN = String.raw`(deposit|balance|advance|down ?payment|payment|transfer|acompte|solde|virement|anticipo|saldo|transferencia|sinal|ted|pix|bonifico|acconto|anzahlung|restzahlung|zahlung|aanbetaling|betaling|restbedrag|zaliczk[aeiy]|wplat[aey]|przelew|dp|uang muka|pelunasan|pembayaran|kapora|avans|pesinat|odeme|havale|coc|tien coc|\d+ ?%)`;
const DONE_EN = String.raw`\b(i|we)( have| had|'ve)?( just| already)? (paid|sent|transferred|wired|remitted|settled|made)( you)? (the |our |a |my )?(\d+ ?% )?${NOUN}(?!\w)${LATER}${CLAUSE}|\b(deposit|balance|advance|down ?payment|payment|transfer|t\/?t)( of \d+ ?%)?( \d+ ?%)?( has| have| is| was)?( been)?( already| just)? (sent|paid|transferred|wired|remitted|done|made|settled)\b${LATER}${CLAUSE}`;
const DONE_ROMANCE = String.raw`\b(j'ai|nous avons|on a) (verse|envoye|vire|paye|regle|fait le virement|fait un virement)\b${CLAUSE}|\b(l'acompte|le solde|le virement)( de \d+ ?%)? (a ete |est )?(envoye|verse|parti|effectue|fait)\b${LATER}${CLAUSE}|\b(ya )?(pague|hice (la|el) (transferencia|deposito|pago)|transferi|deposite|envie (el|la) (anticipo|transferencia|pago))\b${CLAUSE}|\b(fiz|paguei|transferi|depositei|enviei) (o |a )?(ted|pix|transferencia|sinal|deposito|saldo|pagamento|\d+ ?%)${CLAUSE}|\b(ho|abbiamo) (fatto|pagato|versato|inviato|saldato|effettuato) (il |l'|la |un )?(bonifico|acconto|saldo|anticipo|pagamento)${CLAUSE}`;
const DONE_GERMANIC = String.raw`\b(die |der )?(anzahlung|restzahlung|zahlung|betrag)( von)?( \d+ ?%)? (ist|wurde) (heute |gestern |bereits |schon )*(uberwiesen|bezahlt|gezahlt|angewiesen)${CLAUSE}|\b(de )?(aanbetaling|betaling|restbedrag)( van)?( \d+ ?%)? (is|werd) (vandaag |gisteren |al )*(overgemaakt|betaald|voldaan)${CLAUSE}|\b(\d+ ?% )?(aanbetaling|anzahlung)( \d+ ?%)? (vandaag |heute |vanochtend |heute morgen )?(overgemaakt|uberwiesen)${CLAUSE}`;
const DONE_OTHER_LATIN = String.raw`\b(zaliczk[aeiy]|wplat[aey]|przelew)( \d+ ?%)?( \w+){0,3} (wyslan\w*|zaplacon\w*|zrobion\w*|poszl\w*|poszedl|wykonan\w*|zlecon\w*)${CLAUSE}|\b(zaplacilem|zaplacilismy|przelalem|przelalismy)\b${CLAUSE}|\b(dp|uang muka|pelunasan|pembayaran|\d+ ?%)( \d+ ?%)? (sudah|udah) (saya |kami )?(transfer|bayar|dibayar|lunas|kirim)\w*${CLAUSE}|\b(kapora|avans|pesinat|odeme|havale|\d+ ?%)\w*( \w+){0,3} (gonderdim|gonderdik|yaptim|yaptik|yatirdim|yatirdik|odedim|odedik|yapildi|gonderildi)${CLAUSE}|\b(da )?(chuyen khoan|dat coc|thanh toan)( \w+){0,3} (roi|xong)\b${CLAUSE}`;
const DONE_OTHER = String.raw`(оплатил|перевел|перевели|оплатили|внесли|внес) (предоплат|аванс|оплат|остаток|деньги|\d)\S*[^.?!;\n]*|(предоплата|оплата|платеж|аванс)( \S+){0,2} (отправлен|ушла|ушел|ушёл|произведен|прошла|прошел|переведен)\S*[^.?!;\n]*|(حولت|حولنا|دفعت|دفعنا|ارسلت|أرسلت) (ال)?(عربون|دفعة|مبلغ|تحويل|باقي)[^.؟!\n]*|(定金|订金|預付款|预付款|尾款|货款|貨款|首付)[^。！？，,]{0,6}(已|已经|已經|都)?(付|汇|匯|打|转|轉|交)(了|过去了|過去了|好了)[^。！？]*|(已|已经|已經)(付|汇|匯|打|转|轉)(了)?(定金|订金|預付款|预付款|尾款|货款|貨款)[^。！？]*|(前金|手付金|残金|代金|頭金)[^。、]{0,12}(送金|入金|お支払い|支払い|振込|振り込み)(いたしました|致しました|しました|済み|完了)[^。！？]*|(선금|잔금|계약금|대금)[^.?!]{0,15}(송금|입금|결제|이체)(했습니다|했어요|했음|완료|했고|했으니|했습니다)[^.?!]*`;

const CUE = /paid|sent|transferred|wired|remitted|settled|made|done|verse|envoye|vire|paye|regle|virement|parti|effectue|part|pague|hice|transferi|deposite|envie|fiz|paguei|depositei|enviei|fatto|pagato|versato|inviato|saldato|effettuato|uberwiesen|bezahlt|gezahlt|angewiesen|overgemaakt|betaald|voldaan|wyslan|zaplac|zrobion|poszl|poszedl|wykonan|zlecon|przelal|sudah|udah|gonderdi|yaptim|yaptik|yatirdi|odedi|yapildi|roi|xong|оплатил|перевел|внес|отправлен|ушла|ушел|ушёл|произведен|прошла|прошел|переведен|حولت|حولنا|دفعت|دفعنا|ارسلت|أرسلت|付|汇|匯|打|转|轉|交|送金|入金|支払|振込|振り込み|송금|입금|결제|이체/;

/** The folded text with a payment reported done blanked, to the end of its clause (same length), or the text itself. */
const told = spanMask(CUE, [DONE_EN, DONE_ROMANCE, DONE_GERMANIC, DONE_OTHER_LATIN, DONE_OTHER].map((source) => new RegExp(`${NOT_SUPPOSED}(${source})`, 'g')));

// the go-ahead the payment is for: production started, the order released or shipped
const GO_AHEAD = /\b(start\w*|begin|go ahead|proceed|release|production|produccion|produzione|producao|arranqu\w*|empiecen|comiencen|demarr\w*|lancez|lancer|partite|procedete|procedan|comec\w*|pode seguir|starten|beginnen|produktion|productie|ruszajcie|startujcie|produkcj\w*|mulai|produksi|basla\w*|uretim\w*|san xuat|bat dau|liberar|liberen|libere|telex|surrender)\b|الإنتاج|ابدأ|ابدأوا|تلكس|生产|生產|开工|開工|电放|電放|生産|開始|サレンダー|생산|시작|서렌더|запуска\S*|производств\S*/;

/**
 * The folded text with a payment reported done blanked, to the end of its clause (same length), when the message also
 * gives the go-ahead it pays for; the text itself otherwise.
 */
export const maskPaymentMade = (folded: string): string => {
  const out = told(folded);
  return out !== folded && GO_AHEAD.test(folded) ? out : folded;
};

// the go-ahead to make the goods ("démarrez", "partite pure", "start production"): with a payment told, the order goes
// ahead (a release of goods already made is a shipping matter, not this)
const START = /\b(start\w*|begin|go ahead|proceed|production|produccion|produzione|producao|arranqu\w*|empiecen|comiencen|demarr\w*|lancez|lancer|partite|procedete|procedan|comec\w*|pode seguir|starten|beginnen|produktion|productie|ruszajcie|startujcie|produkcj\w*|mulai|produksi|basla\w*|uretim\w*|san xuat|bat dau)\b|الإنتاج|ابدأ|ابدأوا|生产|生產|开工|開工|生産|開始|생산|시작|запуска\S*|производств\S*/;

/** Whether the folded text tells a payment made and says to start on the goods: the order goes ahead. */
export function paidToStart(folded: string): boolean {
  // (the go-ahead first: a payment's cue words, "part", "made", "done", are in many messages, a start's in few)
  return START.test(folded) && told(folded) !== folded;
}
