import { cueTest } from '../text/cue-test';

// When the goods reach the buyer's port asked: "When does the vessel get to Tema?", "¿Cuándo llega el contenedor a
// Callao?", "Wann kommt der Container in Hamburg an?", "Когда придёт контейнер?", "船什么时候到港", "入港日はいつですか",
// "kapalnya sampai kapan". Every author labels the date asked a lead time; when it is asked as the expected arrival
// ("ETA Felixstowe?", "Date d'arrivée prévue ?", "Tahmini varış tarihi?", "到港预计哪天", "도착 예정일"), the carriage
// is asked about too (two authors: lead time and shipping). A payment dated by the arrival ("can we pay when the goods
// arrive?") asks no date: a message that names a payment is not read. Folded text.

// the expected arrival named: "ETA", "estimated arrival", "arrivo previsto", "voraussichtliche Ankunft", "到港预计"
const EXPECTED_ARRIVAL = new RegExp([
  String.raw`\b(eta|(expected|estimated|planned|scheduled) (date of )?arrival( date)?|arrival date|date of arrival)\b`,
  String.raw`\b(fecha (estimada |prevista )?de llegada|llegada (prevista|estimada)|data (prevista |estimada )?de chegada|previsao de chegada|chegada prevista)\b`,
  String.raw`\b(date d'arrivee( prevue| estimee)?|arrivee (prevue|estimee)|data (prevista |stimata )?di arrivo|arrivo (previsto|stimato))\b`,
  String.raw`\b(voraussichtliche(n)? ankunft|ankunftsdatum|ankunftstermin|verwachte aankomst(datum)?|aankomstdatum|geschatte aankomst)\b`,
  String.raw`\b((przewidywana |planowana )?data (przyplyniecia|przybycia|dostarczenia do portu)|przewidywany termin (przyplyniecia|przybycia)|tahmini varis( tarihi)?|varis tarihi|(perkiraan|estimasi) (tiba|sampai|kedatangan)|tanggal (tiba|kedatangan)|(ngay )?du kien (ngay nao )?(hang |tau |cont )?(toi|den|ve|cap cang))\b`,
  String.raw`((ориентировочн|ожидаем|планируем)\p{L}* (дат\p{L}* )?(прибыти|приход)|дат\p{L}* (прибыти|прихода)|到港(预计|預計|时间|時間|日期)|预计(到港|到达|到货)|預計(到港|到達|到貨)|(到着|入港)予定|도착\s*예정|입항\s*예정|موعد الوصول|تاريخ الوصول|الوصول المتوقع)`,
].join('|'), 'u');
// the arrival asked by when: "when will it arrive", "cuándo llega", "wann kommt … an", "kiedy dotrze", "ne zaman varır"
// ("cuando/quando" is also "when" joining two clauses, "quando arriva la merce vi mando le foto": asked only with a
// question mark on, an "about" or "and" after, or at the end)
const WHEN_ARRIVES = new RegExp([
  String.raw`\bwhen (will|does|do|would|is|are|can)\b[^.?!\n]{0,40}\b(arrive|reach|land|get (to|there|here)|come in|due)\b|\b(cuando|quando) (llega|llegan|llegara|llegaran|chega|chegam|chegara|arriva|arrivano|arrivera)\b(?=[^.!\n]{0,40}\?| (mas o menos|mais ou menos|piu o meno|aproximadamente|circa|mas|ou|o|e|y)\b|\s*$)|\b(llega|chega|arriva)\w* (a \w+ )?(cuando|quando)\b`,
  String.raw`\bquand (arrive|arrivera|arriveront|est-ce que)\b[^.?!\n]{0,30}\b(arriv\w*)|\barrive(ra|nt)? quand\b|\bwann (kommt|kommen|ist|sind|erreicht|trifft)\b[^.?!\n]{0,40}\b(an|da|ein|hier|im hafen)\b|\bwanneer (komt|komen|is|arriveert)\b[^.?!\n]{0,40}\b(aan|binnen)\b`,
  String.raw`\bkiedy\b[^.?!\n]{0,30}\b(dotrze|dotra|dojdzie|dojda|przyplynie|przyjdzie|bedzie w)\w*|\bne zaman (varir|gelir|ulasir)\w*|\b(kapan|kapal\w* sampai kapan)\b[^.?!\n]{0,20}\b(sampai|tiba|datang)\b|\b(sampai|tiba|datang) kapan\b|\bkhi nao\b[^.?!\n]{0,20}\b(toi|den|ve|cap cang)\b|\b(toi|den|ve|cap cang) khi nao\b`,
  String.raw`когда[^.?!\n]{0,30}(придет|придут|прибудет|прибудут|дойдет|дойдут|приедет)|(придет|прибудет|дойдет|пойдет)[^.?!\n]{0,30}когда|(什么时候|什麼時候|几时|幾時|哪天)(能)?(到港|到货|到貨|到达|到達|到)|(到港|到货|到貨)(是)?(什么时候|什麼時候|哪天|几号)|(入港日|到着日|入港|到着)(は|って)?(いつ)|いつ(頃|ごろ)?(に)?(入港|到着|着き)|(입항일?|도착일?)(이|은|는)?\s*언제|언제\s*(입항|도착)|متى (توصل|يوصل|تصل|يصل)`,
].join('|'), 'u');
const PAYMENT = /\b(pay|paid|payment|balance|pago|pagar|pagamento|saldo|paiement|payer|pagare|zahl\w*|betal\w*|plat\w*|odeme|bayar|tra tien|thanh toan)\b|плат|оплат|付款|支付|払|지불|결제|الدفع|ادفع/u;
const CUE = cueTest(/eta|arriv|llega|chega|ankunft|aankomst|przyplyn|przybyc|varis|tiba|kedatangan|du kien|прибыт|приход|到港|到达|到達|到货|到貨|到着|入港|도착|입항|الوصول|when|cuando|quando|quand|wann|wanneer|kiedy|ne zaman|kapan|khi nao|когда|什么时候|什麼時候|几时|幾時|哪天|いつ|언제|متى/);

/** 'expected' when the expected arrival is asked (lead time and shipping), 'when' when the arrival date is asked, or null. */
export function arrivalAsked(folded: string): 'expected' | 'when' | null {
  if (folded.length > 400 || !CUE(folded) || PAYMENT.test(folded)) return null;
  if (EXPECTED_ARRIVAL.test(folded)) return 'expected';
  return WHEN_ARRIVES.test(folded) ? 'when' : null;
}
