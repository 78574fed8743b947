import { cueTest } from '../text/cue-test';
import { letterEdged } from '../text/letter-edge';

// Splits of one order said without a split word, by time or by count, which the tables and split-ready-now.ts miss:
// - a part now and the next at a later date: "send 2 containers now and the rest next month", "одну фуру сейчас, вторую
//   в сентябре", "ikisini şimdi, ikisini eylülde", "حاوية الحين والثانية بعد العيد", "60 % Anfang Mai und den Rest Mitte
//   Juni", "지금 2대, 9월에 2대";
// - the goods in so many lots, ships or call-offs: "in drei Abrufen liefern", "тремя партиями", "na dwa statki",
//   "分两船走", "expédier en deux fois", "2回に分けて出荷", "두 번에 나눠서 보내".
// Read on the folded text with a split's look-alikes blanked (not-a-split.ts: a payment in two parts stays a payment),
// one sentence at a time. A count of lots needs a word of the goods moving (ship, deliver, order) unless the lot word
// says it ("Abrufe", "партиями", "船"): "in two parts" alone may be anything.

// a part: a number, one, half, some (each language)
const PART = String.raw`(\d[\d,.]*\s?%?|one|half|some|part|uno|una|un|metade|la mitad|une|la moitie|einen|eine|die halfte|een|de helft|jeden|jedna|polowe|birini|ikisini|bir kismini|yarisini|satu|separuh|setengah|mot|nua|одну|один|одно|половину|часть|حاوية|شحنة|نص|نصف|جزء)`;
const NOW = String.raw`(now|right away|immediately|today|ahora|ya|de inmediato|agora|ja|maintenant|tout de suite|ora|adesso|subito|jetzt|sofort|nu|meteen|teraz|od razu|simdi|hemen|sekarang|duluan|bay gio|ngay|сеичас|сразу|الحين|الان|حالا)`;
// the next part: the rest, the second, the other, another number
const NEXT = String.raw`(the rest|the remaining|the remainder|the other|the second|another|el resto|los demas|la otra|el otro|el segundo|la segunda|o resto|a outra|o outro|o segundo|a segunda|le reste|l'autre|le deuxieme|la deuxieme|le second|la seconde|den rest|die restlichen|die andere|den zweiten|die zweite|het restant|de rest|de andere|de tweede|il resto|l'altro|l'altra|il secondo|la seconda|reszte|reszta|pozostale|druga|drugi|drugie|kalani|kalanini|digerini|ikincisini|ikisini|birini|sisanya|sisa|cai con lai|con lai|остальное|остальные|вторую|второи|второе|другую|و?الباقي|و?الثانية|و?الثاني|\d[\d,.]*\s?%?)`;
const MONTHS_LATIN = String.raw`(january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|decembre|januar|februar|marz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|stycz\w*|lut\w*|marc\w*|kwie\w*|maj\w*|czerw\w*|lip\w*|sierp\w*|wrzes\w*|pazdz\w*|listop\w*|grud\w*|ocak\w*|subat\w*|mart\w*|nisan\w*|mayis\w*|haziran\w*|temmuz\w*|agustos\w*|eylul\w*|ekim\w*|kasim\w*|aralik\w*|maret|agustus|desember|thang \d+)`;
const MONTHS_CYRILLIC = String.raw`(январ\S*|феврал\S*|март\S*|апрел\S*|ма[яе]|июн\S*|июл\S*|август\S*|сентябр\S*|октябр\S*|ноябр\S*|декабр\S*)`;
const MONTHS = `(${MONTHS_LATIN}|${MONTHS_CYRILLIC})`;
const LATER = String.raw`(${MONTHS}|(in|end of|mid|early) may|next (month|week)|the month after|later|after (the )?\w+|el mes que viene|el proximo mes|mas tarde|despues de \S+|o mes que vem|o proximo mes|depois d\S* \S+|mais tarde|le mois prochain|le mois suivant|plus tard|apres \S+|le mois d'apres|il mese prossimo|il mese dopo|piu tardi|dopo \S+|nachsten monat|im folgemonat|spater|nach \S+|volgende maand|de maand erna|later|na \S+|w przyszlym miesiacu|pozniej|po \S+|gelecek ay|sonraki ay|sonra|bulan depan|nanti|setelah \S+|thang sau|sau do|в следующем месяце|через \S+ (недел|месяц)\S*|позже|после \S+|بعد \S+|الشهر الجاي|الشهر القادم)`;
// (the next part within 50 characters of the part sent now, the date within 25 of the next part, in one sentence)
const PART_NOW_NEXT_LATER = letterEdged(String.raw`\b${PART}\b[^.?!;]{0,25}\b${NOW}\b[^.?!;]{0,50}\b${NEXT}\b[^.?!;]{0,25}\b${LATER}\b`, '');
// or a part at one month and the next at another ("60 % Anfang Mai und den Rest Mitte Juni", "2 conteneurs en mars…, 1
// conteneur en mai")
// (a number that is a day of the month, "van 21 juli t/m 8 augustus", is a date, no part)
const NO_DATE = String.raw`(?!\.?\s?(de |of )?${MONTHS})`;
const PART_MONTH_NEXT_MONTH = letterEdged(String.raw`\b${PART}\b${NO_DATE}[^.?!;]{0,30}\b${MONTHS}\b[^.?!;]{0,40}\b${NEXT}\b${NO_DATE}[^.?!;]{0,30}\b${MONTHS}\b`, '');
// Korean, Chinese, Japanese: now so many, in (month) so many ("지금 2대, 9월에 2대", "现在发2柜，9月再发2柜")
const NOW_CJK = /(지금|바로|우선|今すぐ|まず|现在|現在|马上|馬上)\s*\d+\s*\S{0,3}[^.?!。？！]{0,20}(\d+\s*(월|月)|다음\s*달|来月|下个?月|下個月)[^.?!。？！]{0,6}\d+/u;
// (or so many first and the rest after: "まず10パレットを航空便で、残りを船便で", "먼저 2대, 나머지는 다음 달")
const FIRST_THEN_REST_CJK = /(まず|先に|먼저|우선)\s*\d+[^.?!。？！]{0,30}(残り|나머지)\s*(を|は|는|은|も)/u;

// the goods in so many lots: the count and the lot word (each language), the lot word saying the goods move or not
const COUNT = String.raw`(two|three|four|several|2|3|4|dos|tres|varios|duas|dois|deux|trois|plusieurs|zwei|drei|vier|mehrere\w*|due|tre|twee|drie|dwa|dwie|trzy|dwoch|trzech|kilka|iki|uc|dua|tiga|hai|ba|двумя|тремя|несколькими|два|две|три)`;
const LOTS_OF_GOODS = String.raw`(ships|vessels|call[- ]offs|abruf\w*|partien|schiffe\w*|bateaux|barcos|navios|navi|schepen|statki|statkach|transporty|transportach|gemiye|gemide|kapal|tau|партиями|судами|рейсами|фурами|отгрузками|поставками)`;
const LOTS = String.raw`(fois|veces|vezes|volte|keer|razy|parts|partes|parties|teile\w*|delen|czesci|lots?|lotes|lotti|loten|dostaw\w*|leveringen|lieferungen|entregas|consegne|livraisons|envios|remessas|envois|spedizioni|expeditions|embarques|parti\w*|sevkiyat\w*|pengiriman|tahap|dot)`;
const MOVES = String.raw`(ship|send|deliver|dispatch|load|order|goods|envi|mand|embarc|entreg|pedido|encomenda|expedi|livr|commande|liefer|versand|versend|schick|bestellung|auftrag|spedi|consegn|ordine|lever|verzend|stuur|bestelling|wysl|dostarcz|zamowien|gonder|sevk|siparis|kirim|pesanan|giao|gui|don hang)\w*`;
// (a count of times or parts after a preposition and a verb of moving goods, "expédier en deux fois", "verdelen over twee
// leveringen": "I told you three times to stop sending" counts no lots)
const INTO = String.raw`(in|into|en|em|im|over|na|w|op|dalam|jadi|lam|thanh|в|на|po)`;
const IN_LOTS = letterEdged(String.raw`\b${COUNT} ${LOTS_OF_GOODS}\b|\b${MOVES}\b[^.?!;]{0,40}\b${INTO} ${COUNT} (\w+ )?${LOTS}\b|\b${COUNT} (parti|sevkiyat)\w* (halinde|olarak)\b`, '');
// a payment in parts is no split of the goods (not-a-split.ts blanks most; these constructions skip a sentence that pays)
const PAYS = /\b(pay\w*|paga\w*|pago|pagu\w*|zahl\w*|bezahl\w*|betal\w*|plac\w*|platn\w*|platnosc|odem\w*|oderim|bayar\w*|thanh toan|deposit|balance|saldo|anticipo|acompte|anzahlung|aanbetaling|zaliczk\w*|kapora|avans\w*|dp|coc)\b|плат|оплат|аванс|دفع|付款|支付|払|결제|지불/u;
const IN_LOTS_CJK = /分(两|二|2|三|3|几)(船|条船|趟|次走|次发|次出)|(2|3|二|三|２|３)(回|便)に分けて(出荷|発送|送|納品|船積)|分納(?!せず|しない|なし|不可|はしない)|分割(出荷|納品|発送)|(두|세|2|3)\s?(번|차례|회)에?\s?나눠서?\s?(보내|출고|선적|발송|배송|납품)|분할\s?(선적|출고|배송|납품)|الشحن على (دفعتين|ثلاث دفعات|مرحلتين)/u;

// the cues, a word each construction needs (most messages have none). Latin words at a word's start: bare, "ya", "nu",
// "ma", "lot" and a digit sit inside most messages, and the constructions behind them cost a few percent of the
// classifier when they ran on every one. (Plain \b: on folded text it bounds a Latin word at least wherever the
// constructions' letter edges do.)
const NOW_CUE = cueTest(/\b(now|right away|immediately|today|ahora|ya|inmediato|agora|ja|maintenant|tout de suite|ora|adesso|subito|jetzt|sofort|nu|meteen|teraz|od razu|simdi|hemen|sekarang|duluan|bay gio|ngay)\b|сеичас|сразу|الحين|الان|حالا/);
const NEXT_CUE = cueTest(/\b(rest|remain|other|second|another|resto|demas|otr|segund|outr|reste|autre|deuxieme|zweite|andere|restant|tweede|altr|reszt|pozostal|drug|kalan|diger|iki|birini|sisa|con lai)|\d|остальн|втор|друг|الباقي|الثاني/);
// (two months named: the part-by-month construction names one for each part)
const MONTH_WORDS = new RegExp(String.raw`\b${MONTHS_LATIN}\b|${MONTHS_CYRILLIC}`, 'g');
const MONTH_CUE = (folded: string): boolean => (folded.match(MONTH_WORDS)?.length ?? 0) >= 2;
const CJK_CUE = cueTest(/지금|바로|우선|今すぐ|まず|现在|現在|马上|馬上|分|に分け|分納|分割|나눠|분할|الشحن على/);
// (every lots construction counts them: COUNT)
const COUNT_CUE = cueTest(/\b(two|three|four|several|2|3|4|dos|tres|varios|duas|dois|deux|trois|plusieurs|zwei|drei|vier|mehrere|due|tre|twee|drie|dwa|dwie|trzy|dwoch|trzech|kilka|iki|uc|dua|tiga|hai|ba)\b|\bmehrere|двумя|тремя|несколькими|два|две|три/);
const LOTS_CUE = cueTest(/ship|vessel|call|abruf|partie|schiff|bateau|barco|navi|schepen|statk|transport|gemi|kapal|tau|парти|суда|рейс|фур|отгрузк|поставк|fois|veces|vezes|volte|keer|razy|part|teile|delen|czesci|lot|dostaw|levering|lieferung|entrega|consegne|livraison|envio|remessa|envoi|spedizion|expedition|embarque|sevkiyat|pengiriman|tahap|dot/);

/** Whether the folded text has the cue words of a construction below: cheap enough to test before the split's mask. */
export function maySplitOverTime(folded: string): boolean {
  if (folded.length > 1500) return false;
  return CJK_CUE(folded) || (NEXT_CUE(folded) && (NOW_CUE(folded) || MONTH_CUE(folded))) || (COUNT_CUE(folded) && LOTS_CUE(folded));
}

/** Whether the folded text (a split's look-alikes blanked) splits the goods over time or into lots, without a split word. */
export function splitsOverTime(folded: string): boolean {
  if (folded.length > 1500) return false;
  if (CJK_CUE(folded) && (NOW_CJK.test(folded) || FIRST_THEN_REST_CJK.test(folded) || IN_LOTS_CJK.test(folded))) return true;
  const latin = (NEXT_CUE(folded) && ((NOW_CUE(folded) && PART_NOW_NEXT_LATER.test(folded)) || (MONTH_CUE(folded) && PART_MONTH_NEXT_MONTH.test(folded))))
    || (COUNT_CUE(folded) && LOTS_CUE(folded) && IN_LOTS.test(folded));
  return latin && !splitIsAPayment(folded);
}

// shares due so many days on ("50% now and 50% after 30 days"): a credit's terms, though the payment word was blanked
const SHARES_BY_DAYS = /\d\s?%[^.?!;]{0,60}\d\s?%[^.?!;]{0,20}\b(after|within|in|a|en|em|nach|na|dopo|po|sonra|setelah|sau|через) \d+ ?(days?|dias|jours|tage\w*|giorni|dagen|dni|gun\w*|hari|ngay|дн\S*)/;

/**
 * Whether the split is a payment's: a sentence that splits (by the constructions above) also pays, or the message pays
 * and the parts are shares ("Can we pay the balance in two parts? 50% now and 50% after 30 days").
 */
function splitIsAPayment(folded: string): boolean {
  const splits = (s: string) => PART_NOW_NEXT_LATER.test(s) || PART_MONTH_NEXT_MONTH.test(s) || IN_LOTS.test(s);
  if ((PAYS.test(folded) || SHARES_BY_DAYS.test(folded)) && /\d\s?%[^.?!;]{0,60}\d\s?%/.test(folded) && splits(folded)) return true;
  return folded.split(/[.?!;\n]/).some((sentence) => PAYS.test(sentence) && splits(sentence));
}
