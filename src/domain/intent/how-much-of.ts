import { blankSpans } from './blank-spans';

// "How much is the MOQ?", "MOQ nya berapa?", "ongkirnya berapa?", "运费多少": the question word asks the quantity or the
// freight named beside it, no unit price. It is blanked when price inquiries are read (tag-intents.ts); the MOQ and
// shipping patterns still see the whole message.
const MOQ = String.raw`(moq|m\.o\.q|minimum order( quantity| qty)?|minimum|min(imal)? order|min\.? order|pedido minimo|cantidad minima|quantidade minima|commande minimum|mindestmenge|mindestbestellmenge|ordine minimo|minimale (afname|bestelling)|minimalne zamowienie|minimal( order| beli| pembelian)?|so luong toi thieu|minimum siparis)`;
const FREIGHT = String.raw`(ongkir|ongkos kirim|biaya kirim|shipping( cost)?|freight|flete|frete|fret|fracht|seefracht|luftfracht|vrachtkosten|vracht|zeevracht|luchtvracht|nolo|fracht morski|navlun|cuoc van chuyen|phi ship|transpor\w*)`;
const QUESTION = String.raw`(how much|how many|what'?s|what is|berapa|brp|bao nhieu|kac|ne kadar|quanto|quanta|cuanto|cuanta|combien|wie viel|wie hoch|hoeveel|ile)`;
const CARRIAGE = String.raw`(${FREIGHT}|envio|transporte?|spedizione|verzending|wysylka|livraison|lieferung|versand|sea freight|air freight|delivery)`;
const COSTS = String.raw`(how much (does|is|will|would)|what (does|will|would)|was kostet|wie ?viel kostet|combien (coute|coutera|ca coute)|cuanto (cuesta|costaria|sale|cobran)|quanto (custa|fica|costa|costerebbe|viene)|wat kost|ile kosztuje|berapa biaya)`;
// how long it takes: "quanto ci vuole", "cuánto tarda", "lead time ne kadar", "сколько времени"
const DURATION = String.raw`\b${QUESTION} (de |di |d'|of )?(tempo|tiempo|temps|time|days|dias|giorni|jours|tage|dagen|dni|czasu|hari|ngay|gun|zaman|lama|weeks|semanas|settimane|semaines|wochen|weken|tygodni|minggu|tuan|hafta)\b|\bquanto ci (vuole|mettete|mette)\b|\bcuanto (tarda|tardan|demora|demoran)\b|\b(lead ?time|uretim|teslim)( suresi)? ne kadar\b|\bne kadar (surer|zaman)\b`;
const OF_OTHER = new RegExp([
  DURATION,
  String.raw`\b${COSTS} (the |el |la |le |o |a |il |der |die |das |de |het )?${CARRIAGE}\b`,
  String.raw`\b${QUESTION} (is |are |es |est |e |ist |is het |jest |sera )?(the |your |ur |el |la |le |o |a |il |der |die |de |het |twoj |wasz )?(${MOQ}|${FREIGHT})\b`,
  String.raw`\b(${MOQ}|${FREIGHT})( ?nya)?( (untuk|utk|per|para|pour|fur|voor|dla|cho|for) [\w-]+( [\w-]+)?)? (is |es |e |ist |est |jest )?${QUESTION}\b`,
].join('|'), 'g');
const OF_OTHER_CJK = /сколько (времени|дней|недель)|(起订量|最小起订量|最低起订量|运费|運費|海运费|空运费|最小ロット|最低ロット|送料|運賃|최소\s*주문\s*(수량|량)?|MOQ|moq|배송비|운임)(是|大概|大约)?(多少|幾多|いくら|얼마)/g;

const CUE = /transpor|tempo|tiempo|temps|time|days|dias|giorni|jours|tage|dagen|dni|czasu|hari|ngay|gun|zaman|lama|weeks|semanas|settimane|semaines|wochen|weken|tygodni|minggu|tuan|hafta|vuole|mettete|mette|tarda|demora|ne kadar|сколько|envio|transport|spedizione|verzending|wysylka|livraison|lieferung|versand|delivery|moq|minim|min\.? order|mindest|ongkir|ongkos|biaya kirim|shipping|freight|flete|frete|fret|fracht|vracht|nolo|navlun|cuoc|phi ship|起订|运费|運費|ロット|送料|運賃|최소|배송비|운임/;

// A message about how the goods travel ("by sea is fine, what's the cost?", "Geht Luftfracht? Was würde das kosten?"):
// a cost asked without naming the goods is the carriage's.
const BY_AIR_OR_SEA = /\b(by (air|sea|ship|boat|plane|courier)|air ?freight|sea ?freight|luftfracht|seefracht|per (luftfracht|schiff|flugzeug)|luchtvracht|zeevracht|per (vliegtuig|boot|schip)|(por|via) (avion|aire|mar|barco)|aereo|maritimo|aviao|navio|par (avion|bateau|mer)|per (aereo|nave|mare)|via (aerea|mare)|statkiem|samolotem|lotniczo|morsk\w*|(via |lewat )?(udara|laut)|havayolu|deniz ?yolu|duong (bien|hang khong)|di (air|bien))\b|авиа|морем|самол[её]т|جوي|بحري|航空|船便|海运|空运|항공|해상|배로/;
const CARRIAGE_COST = new RegExp([
  String.raw`\b(how much|what)('s| is| would| does| will)? (that|it|the cost|the price)( (cost|be))?\b|\bwhat'?s the cost\b`,
  String.raw`\bcuanto (costaria|cuesta|sale|cobran)\b|\bquanto (custa|custaria|fica|costa|costerebbe)\b|\bcombien (ca coute|ca couterait|pour|le kilo)\b`,
  String.raw`\bwas (wurde|kostet) (das|es)( (kosten|kilo))?\b|\bwat kost (dat|het)\b|\bile (to )?(kosztuje|kosztowaloby)\b|\b(berapa|brp) biaya(nya)?\b|\bbiaya(nya)? (berapa|brp)\b`,
].join('|'), 'g');
const CARRIAGE_COST_OTHER = /сколько (это )?(стоит|будет стоить)|كم (يكلف|تكلف|التكلفة)|費用はいくら|(kg|킬로)당\s*얼마|얼마예요|多少钱一公斤|要多少钱/g;

/** The folded text with a question word about an MOQ, freight or a duration blanked (same length), or the text itself. */
export function maskHowMuchOfOther(folded: string): string {
  const byAirOrSea = BY_AIR_OR_SEA.test(folded);
  if (!byAirOrSea && !CUE.test(folded)) return folded;
  return blankSpans(folded, byAirOrSea ? [OF_OTHER, OF_OTHER_CJK, CARRIAGE_COST, CARRIAGE_COST_OTHER] : [OF_OTHER, OF_OTHER_CJK]);
}
