import { spanMask } from './blank-spans';
import { blankPaymentHalves, maskPaymentSplit, NOW } from './payment-split';
import { maskSplitDeclined } from './split-declined';
import { maskSplitOfTheOffer } from './split-of-the-offer';
import { rememberLast } from '../text/remember-last';
import { cueTest } from '../text/cue-test';
import { maskMoreSplitLookAlikes } from './split-look-alikes';

// Words of an order split that split nothing of the goods: two lots compared ("the shade differs between the two
// lots", "the first batch and the second batch don't match": a complaint), a price broken down ("split the price into
// product and tooling"), "split the difference" (a price met halfway), a split air conditioner, Turkish "yer ayırın"
// (reserve space). And what else is split, shared or joined: a payment split in two ("split the payment", "die Zahlung
// aufteilen", "pay half now and half against the B/L": payment terms), a cost shared ("split the mould cost 50/50",
// "podzielimy się kosztem formy"), partial shipments named in the L/C (a clause of the credit, no ask), goods packed
// into cartons, a product that comes in two parts, lots already delivered ("the last two shipments were late"), an
// order split between suppliers, and two orders joined into one shipment (consolidation, the opposite of a split).
// Blanked when order splits are read (tag-intents.ts) and before the model reads them for one (model/blend.ts). All
// patterns read folded text.

const LOTS = String.raw`(lots?|lotti|lotes?|batch(es)?|partij(en)?|chargen?|partie[ns]?|parti|partiler|lo hang|lo|партии|партиями|دفعتين|الدفعتين|partidas)`;
const TWO_LOTS_COMPARED = new RegExp([
  String.raw`\b(between|entre|tra|fra|zwischen|tussen|miedzy|antara|giua) (the |les |los |as |os |i |le |die |de |dwiema |kedua |hai )?(two|deux|dos|duas|due|zwei|twee|dwiema|dua|hai|2) ${LOTS}`,
  String.raw`\b(iki|2) (parti|lot)\w* arasinda\b|между (двумя|2) парти\S*|بين (الدفعتين|الشحنتين|دفعتين)`,
].join('|'), 'g');

// "the first batch and the second batch don't match / have different colours", "the first container was damaged, the
// second one is fine"
const FIRST_AND_SECOND_LOT = new RegExp(String.raw`\b(the )?first (batch|lot|shipment|container|order|delivery) (was|were|had|came|arrived)\b(?! (ready|finished|done|produced|completed|packed|loaded))[^.?!]{0,40}\b(the )?second\b|\b(the )?(first|1st|previous|last|old|earlier|new|latest|this) (batch|lot|shipment|container|order)( and| vs\.?| versus| compared (to|with)) (the )?(second|2nd|new|latest|last|previous|this|first|other) (batch|lot|shipment|container|order|one)\b(?=[^.?!]{0,40}\b(differ\w*|not the same|inconsistent|(do|does)(n'?t| not) match|mismatch\w*|vary|varies)\b)`, 'g');

const NOT_THE_GOODS = new RegExp([
  String.raw`\bsplit\w* (out )?(the )?(price|prices|cost|costs|amount|total)\b( \w+){0,5} (into|by|per|between)\b`,
  String.raw`\bsplit\w* the (difference|gap)\b|\b(partir|partimos|partamos) la diferencia\b|\bcoup\w* la poire en deux\b|\b(dividir|dividimos) a diferenca\b|\bfark\w* (ortadan |ikiye |yari yariya )?bol\w*`,
  String.raw`\b(condicionado|acondicionado|conditioner|conditioners|climatiseur|klimaanlage|condizionatore|klima|airco|dieu hoa|кондиционер\S*) split\b|\bsplit (inverter|\d+ ?btu)\b`,
  String.raw`\byer ayir\w*`,
].join('|'), 'g');

// A payment split, not the goods: "split the payment", "Zahlung aufteilen", "podzielić płatność na raty", "ödemeyi
// ikiye bölmek", "결제를 두 번에 나눠서", "pay half now and half against the B/L" (no ship word between; the parts
// between may be blanked already: "die Zahlung [in drei Raten] aufteilen")
const PAYMENT_SPLIT = new RegExp([
  String.raw`\bsplit\w* (up )?(the |our |this |my |your )?(\w+ )?(payment|payments|deposit|balance|remittance|transfer|tt|t\/t)\b`,
  String.raw`\b(zahlung|bezahlung|restzahlung|betrag|betaling|platnosc\w*|zaplat\w*|odeme\w*|pago|pagos|pagamento|paiement|reglement)(\s+\w+){0,3}\s+(auf)?(teil(?!lief|send|versch|verlad)|splits|verdel|podziel|bol|divid|fraccion|parcel|fraction|echelon|rateizz)\w*`,
  String.raw`\b(auf)?(teil(?!lief|send|versch|verlad)|splits|verdel|podziel|bol|divid|fraccion|parcel|fraction|echelon|rateizz|scind)\w* (\w+ ){0,2}(zahlung|bezahlung|betaling|platnosc\w*|zaplat\w*|odeme\w*|pago|pagos|pagamento|paiement|reglement)\b`,
  String.raw`\bbetaling (\w+ ){0,2}(in|op) (twee|2|drie|3) (delen|termijnen|keer)\b`,
  String.raw`(결제|지불|대금|잔금|송금|입금)(을|를|은|는|도)?\s*(\S+\s*){0,2}?나눠`,
].join('|'), 'g');

// "pay half now and half against the B/L copy", "pay 5,000 USD now and 5,000 next month"
const PAID_NOW_AND_LATER = new RegExp([
  String.raw`\b(pay|paying|paid|payment|remit|wire|transfer|tt|t\/t)\w*\b(?:(?!\b(ship|send|deliver|load|dispatch)\w*)[^.?!]){0,40}?\b(half|\d+ ?%|\d[\d,.]* ?(usd|us\$|\$|rmb|eur|euros?|dollars?)) now\b[^.?!]{0,12}\b(the other half|half|the rest|the balance|\d+ ?%|\d[\d,.]* ?(usd|us\$|\$|rmb|eur|euros?|dollars?))`,
  String.raw`\b(half|\d+ ?%) now\b[^.?!]{0,12}\b(the other half|half|the rest|the balance|\d+ ?%) (against|on|upon|after|before|at) (the )?(b\/?l|bl|copy|documents|docs|delivery|arrival|receipt|inspection|loading)\b`,
].join('|'), 'g');

// the same in the other languages: "pagamos la mitad ahora y la otra mitad antes del embarque"
const PAY = String.raw`(pag|paie|payon|zahl|betal|plac|zaplac|wplac|ode|bayar|bonific|overmak|uberweis|thanh toan|оплат|плат)`;
const SHIP = String.raw`(mand|envi|embarc|despach|spedi|exped|livr|verschick|versend|liefer|verzend|stuur|lever|wysl|gonder|kirim|gui|giao|отгруз|отправ)`;
const PAID_NOW_ELSEWHERE = new RegExp(String.raw`(^|[^\p{L}])${PAY}\S*(?:(?!${SHIP})[^.?!]){0,40}?[^\p{L}]${NOW}(?![\p{L}])[^.?!]{0,25}`, 'gu');

// A cost or fee shared: "split the mould cost 50/50", "share the freight cost", "стоимость пресс-формы разделим пополам"
const COST_SHARED = new RegExp([
  String.raw`\b(split|share|splitting|sharing|divide|dividing)\w* (up )?(the |this |that |our |your )?(\w+ ){0,2}(cost|costs|fee|fees|charge|charges|expense|expenses|bill|commission)\b`,
  String.raw`(стоимост|расход|затрат|издержк|разниц)\S*( \S+){0,3} (раздел|подел)\S*|(раздел|подел)\S* (\S+ )?(стоимост|расход|затрат|издержк|разниц)\S*`,
  String.raw`\bpodziel\w* (sie )?(\w+ ){0,2}(koszt\w*|oplat\w*|roznic\w*)`,
  String.raw`\b(masraf|maliyet|ucret)\w*( \S+){0,2} (yari yariya |ikiye )?bol\w*|\bbiaya( \w+){0,2} (di)?bagi\w*`,
].join('|'), 'g');

// Partial shipments named with the L/C: a clause of the credit ("is partial shipment allowed under the L/C?")
const LC = String.raw`(l\/?c|lc|letter of credit|carta de credito|credit documentaire|credoc|lettre de credit|akkreditiv\w*|lettera di credito|akredytyw\w*|akreditif\w*|аккредитив\S*|الاعتماد|اعتماد|信用证|信用狀|信用證|신용장)`;
const PARTIAL = String.raw`(partial (shipments?|deliver(y|ies))|(embarques?|envios?|entregas?) parcia\w*|(expeditions?|livraisons?|envois?) partiel\w*|teil(lieferung|verschiffung|sendung)\w*|(spedizion[ei]|consegne?) parzial\w*|(wysylk|dostaw)\w* czesciow\w*|kismi (sevkiyat|yukleme|teslimat)\w*|частичн\S* (отгрузк|поставк)\S*|الشحن الجزئي|分批(装运|出运|发货|出货|裝運|出運|發貨|出貨)|分割(船積み?|出荷)|분할\s*(선적|배송|출고))`;
const LC_CLAUSE = new RegExp(`${PARTIAL}[^.?!。？]{0,40}${LC}|${LC}[^.?!。？]{0,40}${PARTIAL}`, 'g');

// Goods packed into cartons, a product in two parts, lots already delivered, an order split between suppliers
const INTO_CARTONS = new RegExp(String.raw`\b(split|divide|pack|packed|put)\w*\b[^.?!]{0,25}\binto (\d+|two|three|four|five|several|\w+) (cartons?|ctns|boxes|bags|polybags|inner boxes|master cartons|pallets|packs)\b`, 'g');
const IN_PARTS_ASSEMBLED = new RegExp(String.raw`\b(has|have|consists? of|made of|made in|comes? in|with) (two|2|three|3|several|multiple) (parts|pieces|halves|sections|components)\b|\bin (two|2|three|3|several|multiple) (parts|pieces)\b(?=[^.?!]{0,25}\b(assembled|assembly|knock(ed)?[- ]down|kd|flat[- ]pack\w*|to assemble)\b)|\b(assembled|assembly)\b[^.?!]{0,25}\bin (two|2|three|3) (parts|pieces)\b`, 'g');
const PAST_LOTS = new RegExp(String.raw`\b(last|previous|past|prior|earlier|recent|these|those|both|all|after|from|with)( \w+)? (two|2|three|3|four|4|several|multiple) (shipments|deliveries|batches|lots|orders|containers)\b`, 'g');
const PAST_LOTS_2 = new RegExp(String.raw`\b(two|2|three|3|four|4|several|multiple) (shipments|deliveries|batches|lots|containers) (were|was|have|had|arrived|came|both|already|from you|last|ago|so far)\b`, 'g');
const PAST_LOTS_3 = new RegExp(String.raw`\b(received|had|got|made|did|done|placed|bought)( \w+){0,2} (two|2|three|3|four|4|several|multiple) (shipments|deliveries|batches|lots|containers)\b`, 'g');
const BETWEEN_SUPPLIERS = new RegExp(String.raw`\bsplit\w*( \w+){0,3} (between|among) (\w+ ){0,3}(suppliers|factories|vendors|manufacturers|you and)\b`, 'g');

// Two orders or models joined into one shipment: consolidation, the opposite of a split
const JOINED = new RegExp([
  String.raw`\b(combine|consolidat|merge|join|put together|group)\w*\b[^.?!]{0,40}\b(in|into|as|on) (one|a single|1|the same|a) (shipment|container|cont|consignment|b\/?l|delivery|lot)\b`,
  String.raw`\b(consolid|junt|combin|agrup|regroup|group|unir|unan|unite|accorp)\w*\b[^.?!]{0,40}\b(en|em|num|numa|dans|in) (un|una|um|uma|une|un')? ?(solo |sola |unico |unica |unic[oa] |mismo |misma |seul |seule |meme |so )?(embarque|envio|contenedor|conteneur|conteiner|container|entrega|despacho|expedition|envoi|livraison|spedizione)\b`,
  String.raw`\b(zusammen(fass|leg|pack)|kombinier|samenvoeg|combiner|bundel)\w*\b[^.?!]{0,40}\b(in|zu|tot) (einen|eine|einer|een|een enkele|1|één|een) (container|sendung|lieferung|zending|levering)\b|\b(zu|in) (einer|eine|einen|een|één|1) (sendung|lieferung|zending)\b[^.?!]{0,15}\b(zusammen\w*|samen\w*)`,
  String.raw`\bpolacz\w*\b[^.?!]{0,40}\bw (jedna|jeden|jednym|jednej) (wysylk\w*|kontener\w*|dostaw\w*)|\b((iki|2|uc|3|her iki|bu) \w+ )?tek (sevkiyat|konteyner|gonderi)\w* (\w+ )?birlestir\w*|\bbirlestir\w*\b[^.?!]{0,30}\btek (sevkiyat|konteyner)\w*`,
  String.raw`объедин\S*( \S+){0,5} в (одну|один|одной|одном) (отгрузк|контейнер|поставк|партию)\S*`,
  String.raw`\bgabung\w*\b[^.?!]{0,40}\b(jadi|dalam|ke|di) (satu|1) (pengiriman|kontainer|kiriman)\b|\bgop\b[^.?!]{0,40}\b(vao|thanh|chung) (mot|1) (container|cont|chuyen|lo|don)\b`,
  String.raw`(合并|拼)[^。！？]{0,8}(一个柜|一柜|一票|一起)|(1|一|ひと)(回|つ|本)の?(出荷|コンテナ|発送)に?まとめ|(\S+\s){0,2}(합쳐|합치|묶어)\S*(\s\S+){0,2}`,
  String.raw`(تجمع|جمع|دمج|ادمج)\S*( \S+){0,3} (في|ب)\s?(شحنه|شحنة|حاويه|حاوية|كونتينر) واحد`,
].join('|'), 'g');

// No split asked, the opposite: "ship everything in one go, no partial shipments", "this time please ship all together",
// "keine Teillieferungen", "sin embarques parciales"
const ALL_TOGETHER = new RegExp([
  String.raw`\b(no|without|not|don'?t|do not|never) (any |more )?(partial|split) (shipments?|deliver(y|ies)|loading)\b|\b(ship|send|deliver|load)\w* (it |them )?(all|everything|the whole (order|lot)) (together|at once|in one go|in one (shipment|container|lot))\b`,
  // a split of the past, this time all at once: "last time you shipped in two lots, this time…"
  String.raw`\b(last time|previously|the last order|the previous order)\b[^.?!]{0,40}\b(in|into) (two|2|three|3|several) (lots|shipments|batches|deliveries|containers|parts)\b`,
  // every model in one container: "Pongan los dos modelos en un mismo contenedor", "mettete tutto nello stesso container"
  String.raw`\b(en|in|no|nel|nello|dans|im) (un |el |o |le |lo |den |dem )?(mismo|mesmo|same|stesso|meme|gleichen|selben|one) (contenedor|container|conteneur|contenitore|shipment|envio|embarque|envoi)\b`,
  String.raw`\b(sin|nada de|no (queremos|aceptamos)) (embarques?|envios?|entregas?) parcia\w*\b|\b(sem|nada de|nao (queremos|aceitamos)) (embarques?|envios?|entregas?) parcia\w*\b|\b(pas de|aucune?) (expeditions?|livraisons?|envois?) partiel\w*\b|\b(keine|ohne) teil(lieferung|sendung|verschiffung)\w*\b|\b(niente|nessuna|senza) (spedizion[ei]|consegne?) parzial\w*\b|\bgeen deelleveringen\b|\bbez (wysylek|dostaw) czesciowych\b`,
].join('|'), 'g');
// The rest of a shipment missing: "we received only the first part, where is the rest?", "die zweite Hälfte der
// Lieferung ist noch nicht da" (a complaint or a shipping question, no split asked)
const REST_MISSING = new RegExp([
  String.raw`\b(received|got|arrived)( only)? (only )?(the first (part|half|lot|batch)|half|part)( of (the|our|my) (order|goods|shipment))?\b[^.?!]{0,40}|\bwhere (is|are) the (rest|remaining|second (part|half|lot|batch))\b`,
  String.raw`\b(die )?(zweite|andere) (halfte|teil(lieferung)?)( der (lieferung|bestellung|ware))? (ist |sind )?(noch )?(nicht|immer noch nicht)( da| angekommen| geliefert)?\b`,
].join('|'), 'g');

// Two lots that came or went, told: "Le due spedizioni sono arrivate insieme", "De twee zendingen kwamen samen aan"
const LOTS_ARRIVED = new RegExp([
  String.raw`\b(le |i |gli )?(due|2|tre|3|entrambe le|entrambi gli) (spedizioni|consegne|lotti|ordini|container) (sono|erano) (arrivat|partit|giunt|uscit)\w*`,
  String.raw`\b(de )?(twee|2|drie|3|beide) (zendingen|leveringen|partijen|bestellingen|containers) (kwamen|zijn|waren)( \w+)? (aan|aangekomen|vertrokken|binnen|samen)\b`,
  String.raw`\b(die )?(zwei|2|drei|3|beiden) (lieferungen|sendungen|bestellungen|container|partien) (kamen|sind|waren)( \w+)? (an|angekommen|eingetroffen|zusammen)\b`,
  String.raw`\b(los )?(dos|2|tres|3|ambos) (envios|pedidos|embarques|lotes|contenedores) (llegaron|salieron|han llegado)\b|\b(os )?(dois|2|tres|3|ambos os) (envios|pedidos|embarques|lotes|conteineres) (chegaram|sairam)\b`,
  String.raw`\b(les )?(deux|2|trois|3) (envois|commandes|expeditions|livraisons|lots|conteneurs) (sont|etaient) (arrive|parti)\w*|\b(obie|dwie|2) (dostawy|przesylki|partie|zamowienia) (przyszly|dotarly|doszly)\b`,
].join('|'), 'g');
// Several buyers of one group ordering each for itself: "our two branches will order separately"
const ORDER_SEPARATELY = /\b(branches|stores|shops|companies|offices|subsidiaries|warehouses|departments)\b[^.?!]{0,20}\b(will |would |are going to |)(order|buy|pay|purchase|place (their )?(own )?orders?) separately\b/g;

// Each pattern runs only when a word it needs is in the text: most messages have none of them.
const MASKS: Array<[RegExp, RegExp]> = [
  [/between|entre|\btra\b|\bfra\b|zwischen|tussen|miedzy|antara|giua|arasinda|между|بين/, TWO_LOTS_COMPARED],
  [/differ|not the same|inconsistent|match|vary|varies|first/, FIRST_AND_SECOND_LOT],
  [/split|diferen|poire|fark|yer ayir/, NOT_THE_GOODS],
  [/split|teil|verdel|podziel|bol|divid|fraccion|parcel|fraction|echelon|rateizz|scind|betaling|결제|지불|대금|잔금|송금|입금/, PAYMENT_SPLIT],
  [/ now\b/, PAID_NOW_AND_LATER],
  [/\b(ahora|agora|ora|adesso|maintenant|jetzt|nu|teraz|sekarang|simdi|bay gio)\b|се[йи]час/, PAID_NOW_ELSEWHERE],
  [/split|shar|divid|раздел|подел|podziel|masraf|maliyet|ucret|biaya/, COST_SHARED],
  [/l\/?c|lc\b|credit|credoc|akkreditiv|akredytyw|akreditif|аккредитив|اعتماد|信用|신용장/, LC_CLAUSE],
  [/into /, INTO_CARTONS],
  [/assembl|parts|pieces|halves|sections|components/, IN_PARTS_ASSEMBLED],
  [/shipments|deliveries|batches|lots|orders|containers/, PAST_LOTS],
  [/shipments|deliveries|batches|lots|containers/, PAST_LOTS_2],
  [/shipments|deliveries|batches|lots|containers/, PAST_LOTS_3],
  [/suppliers|factories|vendors|manufacturers|you and/, BETWEEN_SUPPLIERS],
  [/combin|consolid|merge|join|together|group|junt|agrup|unir|unan|unite|accorp|zusammen|samen|bundel|polacz|birlestir|объедин|gabung|gop|合并|拼|まとめ|합쳐|합치|묶어|جمع|دمج/, JOINED],
  [/no |without|not |don'?t|never|together|at once|one go|in one|last time|previous|sin |nada de|sem |nao |pas de|aucun|keine|ohne|niente|nessun|senza|geen|bez |mismo|mesmo|same|stesso|meme|gleichen|selben/, ALL_TOGETHER],
  [/received|got|arrived|where (is|are)|halfte|teil/, REST_MISSING],
  [/arrivat|partit|giunt|uscit|kwamen|zijn |waren|kamen|sind |llegaron|salieron|han llegado|chegaram|sairam|arrive|parti|przyszly|dotarly|doszly/, LOTS_ARRIVED],
  [/separately/, ORDER_SEPARATELY],
];
const hasCue = cueTest(new RegExp(MASKS.map(([cue]) => cue.source).join('|')));
// (once the payment is found split, its halves are the payment's too: "dividere il pagamento: metà ora e metà alla
// consegna", "bisa bayar dua kali, setengah sekarang setengah nanti")
const RUN = MASKS.map(([cue, re]) => {
  const mask = spanMask(cue, [re]);
  if (re !== PAYMENT_SPLIT) return mask;
  return (text: string) => {
    const out = mask(text);
    return out === text ? out : blankPaymentHalves(out);
  };
});

/**
 * The folded text with look-alikes of an order split blanked (same length), or the text itself: the payment split
 * into parts (payment-split.ts), a split refused or already made (split-declined.ts) and a split of the offer's lines
 * or minimum (split-of-the-offer.ts) first, then the rest above. One mask for the patterns and the model alike.
 */
export function maskNotASplit(text: string): string {
  return notASplitBlanked(text);
}
// (the patterns and the model blank the same text one after the other: the last answer is remembered)
const notASplitBlanked = rememberLast((text) => {
  const folded = maskSplitOfTheOffer(maskSplitDeclined(maskPaymentSplit(maskMoreSplitLookAlikes(text))));
  if (!hasCue(folded)) return folded;
  let out = folded;
  for (const mask of RUN) out = mask(out);
  return out;
});
