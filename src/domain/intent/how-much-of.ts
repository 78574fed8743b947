import { blankSpans } from './blank-spans';
import { cueTest } from '../text/cue-test';

// "How much is the MOQ?", "MOQ nya berapa?", "ongkirnya berapa?", "运费多少": the question word asks the quantity or the
// freight named beside it, no unit price. It is blanked when price inquiries are read (tag-intents.ts); the MOQ and
// shipping patterns still see the whole message.
const MOQ = String.raw`(moq|m\.o\.q|minimum order( quantity| qty)?|minimum|min(imal)? order|min\.? order|pedido minimo|cantidad minima|quantidade minima|commande minimum|mindestmenge|mindestbestellmenge|ordine minimo|minimale (afname|bestelling)|minimalne zamowienie|minimal( order| beli| pembelian)?|(so luong )?toi thieu|min (beli|pesan|pembelian)|minimum siparis)`;
const FREIGHT = String.raw`(ongkir|ongkr|ongkos kirim( laut| udara)?|biaya kirim|ship+ing( cost)?|freight|flete|frete|fret|fracht|seefracht|luftfracht|vrachtkosten|vracht|zeevracht|luchtvracht|nolo|fracht morski|navlun\w*|nakliye\w*|cuoc( van chuyen| tau| bien| air)?|phi (ship|van chuyen)|transpor\w*)`;
// the deposit asked: "Cuánto es el depósito?", "Peşinat ne kadar?" (payment terms, no price)
const DEPOSIT = String.raw`(deposit|down payment|deposito|anticipo|sinal|acompte|anzahlung|acconto|aanbetaling|zaliczk[ai]|uang muka|dp|pesinat|coc|tien coc)`;
// what may stand between the freight and the question: the destination, the container ("ke Belawan", "về cảng Cát Lái
// cont 40HC"), never the goods' price
const BETWEEN = String.raw`(?: (?!(?:price|prices|harga|gia|fiyat\w*|precio|preco|prix|preis|prezzo|prijs|cen[ay]|and|y|e|et|und|en|i|dan|va)\b)[\w'/-]+){0,6}`;
const QUESTION = String.raw`(how much|how many|what'?s|what is|berapa|brp|bao nhieu|kac( dolar)?|ne kadar|quanto|quanta|cuanto|cuanta|combien|wie viel|wie hoch|hoeveel|ile)`;
// the question word and what it asks of: "how much is the MOQ", "cuánto es el anticipo", "ile wyniesie twoj fracht"
const ASKED_OF = String.raw`\b${QUESTION} (is |are |es |est |e |ist |is het |jest |sera |esta |sale |wyniesie |pour |for )?(the |your |ur |el |la |le |o |a |il |l'|der |die |de |het |twoj |wasz )?`;
const CARRIAGE = String.raw`(${FREIGHT}|envio|transporte?|spedizione|verzending|wysylka|livraison|lieferung|versand|sea freight|air freight|delivery)`;
const COSTS = String.raw`(how much (does|is|will|would)|what (does|will|would)|was kostet|wie ?viel kostet|combien (coute|coutera|ca coute)|cuanto (cuesta|costaria|sale|cobran)|quanto (custa|fica|costa|costerebbe|viene)|wat kost|ile kosztuje|berapa biaya)`;
// how long it takes: "quanto ci vuole", "cuánto tarda", "lead time ne kadar", "сколько времени"
const DURATION = String.raw`\b${QUESTION} (de |di |d'|of )?(tempo|tiempo|temps|time|days|dias|giorni|jours|tage|dagen|dni|czasu|hari|ngay|gun|zaman|lama|weeks|semanas|settimane|semaines|wochen|weken|tygodni|minggu|tuan|hafta|years|months|anos|meses|annees|ans|mois|anni|mesi|jahre|monate|jaar|maanden|lat|miesiecy|tahun|bulan|nam|thang|yil|ay)\b|\bquanto ci (vuole|mettete|mette)\b|\bcuanto (tarda|tardan|demora|demoran)\b|\b(lead ?time|uretim|teslim)( suresi)? ne kadar\b|\bne kadar (surer|zaman)\b|\bile (plynie|jedzie|idzie) (statek|kontener|pociag|ciezarowka|samochod)\b`
  // the lead time named, the question after it: "delai de prod combien ?", "brp lma produksinya?", "selesai tanggal berapa?"
  + String.raw`|\b(lead ?time|delai|plazo|prazo|lieferzeit|levertijd|(lama|lma) produksi\w*)${BETWEEN} (is |es |e |est |ist )?${QUESTION}\b|\b${QUESTION} (lama|lma) (produksi|pengiriman|kirim)\w*\b|\btanggal (berapa|brp)\b|\bab wie ?viel(en)?\b`;
const OF_OTHER = new RegExp([
  DURATION,
  String.raw`\b${COSTS} (the |el |la |le |o |a |il |der |die |das |de |het )?${CARRIAGE}\b`,
  String.raw`${ASKED_OF}(${MOQ}|${FREIGHT}|${DEPOSIT})\b`,
  // (not when the price is asked with it: "harga dan ongkir ke Medan berapa?")
  String.raw`\b(?<!\b(price|prices|harga|gia|fiyat\w*|precio|preco|prix|preis|prezzo|prijs|cen[ay])( (and|dan|y|e|et|und|en|i|va|ve|&|\+))? )(${MOQ}|${FREIGHT})( ?nya)?${BETWEEN} (is |es |e |ist |est |jest )?${QUESTION}\b`,
  String.raw`\b${DEPOSIT}( ?nya| ?-nya)?( (is|es|e|ist|est|jest|la))? ${QUESTION}\b`,
].join('|'), 'g');
// The deposit asked, with what it is for ("¿Cuánto es el anticipo para este pedido?"): one payment question, neither a
// price nor a time (the model reads "para este pedido?" alone as a lead time).
const DEPOSIT_ASKED = new RegExp(String.raw`${ASKED_OF}${DEPOSIT}\b[^.?!]{0,40}`, 'g');
// "сколько по срокам займёт партия 3000 шт?": the whole clause asks the time of the lot it names
const OF_OTHER_CJK = /сколько (времени|днеи|недель|по времени|по срокам|рабочих днеи|можно ждать)( (займ[её]т|заимет|уид[её]т|потребуется|нужно|надо|ждать)[^.?!]{0,30})?|كم (هو )?الحد الادن[يي]|сколько (стоит |будет стоить )?(морскои |авиа )?(фрахт|freight|доставка|перевозка)|сколько (идет|идет|плывет|едет) (судно|машина|поезд|контеинер|фура)|(运费|運費|海运费|空运费)(怎么算|怎么收)|(선금|계약금)(은|는)?\s*얼마|(定金|订金|前金)(是)?(多少|いくら)|(起订量|最小起订量|最低起订量|运费|運費|海运费|空运费|最小ロット|最低ロット|送料|運賃|최소\s*(주문\s*)?(수량|량)?|MOQ|moq|배송비|운임)(이|은|는)?\s*(是|大概|大约)?(多少|幾多|いくら|얼마)/g;

const CUE = /years|months|anos|meses|annees|mois|anni|mesi|jahre|monate|jaar|maanden|miesiecy|tahun|bulan|thang|yil|transpor|toi thieu|min |lead|delai|plazo|prazo|lieferzeit|levertijd|lama|lma|tanggal|сколько|최소|الحد|ab wie|deposit|down payment|anticipo|sinal|acompte|anzahlung|acconto|aanbetaling|zaliczk|uang muka|dp|pesinat|coc|선금|계약금|定金|订金|前金|plynie|jedzie|idzie|ongkr|shiping|cuoc|phi |tempo|tiempo|temps|time|days|dias|giorni|jours|tage|dagen|dni|czasu|hari|ngay|gun|zaman|lama|weeks|semanas|settimane|semaines|wochen|weken|tygodni|minggu|tuan|hafta|vuole|mettete|mette|tarda|demora|ne kadar|сколько|envio|transport|spedizione|verzending|wysylka|livraison|lieferung|versand|delivery|moq|minim|min\.? order|mindest|ongkir|ongkos|biaya kirim|shipping|freight|flete|frete|fret|fracht|vracht|nolo|navlun|cuoc|phi ship|起订|运费|運費|ロット|送料|運賃|최소|배송비|운임/;
const hasCue = cueTest(CUE);

// A message about how the goods travel ("by sea is fine, what's the cost?", "Geht Luftfracht? Was würde das kosten?"):
// a cost asked without naming the goods is the carriage's.
const BY_AIR_OR_SEA = /\b(by (air|sea|ship|boat|plane|courier)|air ?freight|sea ?freight|luftfracht|seefracht|per (luftfracht|schiff|flugzeug)|luchtvracht|zeevracht|per (vliegtuig|boot|schip)|(por|via) (avion|aire|mar|barco)|aereo|maritimo|aviao|navio|par (avion|bateau|mer)|per (aereo|nave|mare)|via (aerea|mare)|statkiem|samolotem|lotniczo|morsk\w*|(via |lewat )?(udara|laut)|havayolu|deniz ?yolu|ucak\w*|gemi(yle|le)?|duong (bien|hang khong)|di (air|bien|tau)|may bay|aerien|en avion)\b|авиа|морем|самол[ее]т|جوي|بحري|航空|船便|海运|空运|항공|해상|배로/;
const CARRIAGE_COST = new RegExp([
  String.raw`\b(how much|what)('s| is| would| does| will)? (that|it|the cost|the price)( (cost|be))?\b|\bwhat'?s the cost\b`,
  String.raw`\bcuanto (costaria|cuesta|sale|cobran)\b|\bquanto (custa|custaria|fica|ficaria|costa|costerebbe)\b|\bcombien (ca coute|ca couterait|pour|le kilo)\b|\b(ca )?(coute|couterait)( combien)?\b`,
  String.raw`\bwas (wurde|kostet) (das|es)( (kosten|kilo))?\b|\bwat kost (dat|het)\b|\bile (by )?(to )?(kosztuje|kosztowaloby|kosztowalo)\b|\b(berapa|brp) biaya(nya)?\b|\bbiaya(nya)? (berapa|brp)\b|\bmaliyeti ne\b|\bphi (bao nhieu|bn)\b`,
  // a rate per kilo: "C'est combien le kilo jusqu'à Alger ?", "Per kilo ke Soekarno-Hatta berapa?", "kilosu ne kadar?"
  String.raw`\b(how much|combien|quanto|cuanto|ile|berapa|brp|bao nhieu|ne kadar)( sai| est| is| es| e)?( o| le| el| the| za| per| por| un)? (kilo|kg|quilo|kilogram\w*)\b|\b(per|por|za|le|o) (kilo|kg|quilo|kilogram\w*)${BETWEEN} (how much|combien|quanto|cuanto|ile|berapa|brp|bao nhieu)\b|\bkilosu ne kadar\b|\bbao nhieu (mot|1) (ky|kg|kilo)\b`,
].join('|'), 'g');
const CARRIAGE_COST_OTHER = /сколько (это )?(стоит|будет стоить|будет)|сколько за (кило|кг)|(1kg|1キロ|キロ)あたりいくら|비용은요|大概多少钱|كم (يكلف|تكلف|التكلفة)|費用はいくら|(kg|킬로)당\s*얼마|얼마예요|多少钱一公斤|要多少钱/g;

/** The folded text with a deposit asked blanked, with what it is for (same length), or the text itself. */
export function maskDepositAsked(folded: string): string {
  return hasCue(folded) ? blankSpans(folded, [DEPOSIT_ASKED]) : folded;
}

/** The folded text with an MOQ, freight, deposit or duration asked blanked, not a carriage's cost (model/blend.ts). */
export function maskHowMuchOfNamed(folded: string): string {
  return hasCue(folded) ? blankSpans(folded, [OF_OTHER, OF_OTHER_CJK]) : folded;
}

/** The folded text with a question word about an MOQ, freight or a duration blanked (same length), or the text itself. */
export function maskHowMuchOfOther(folded: string): string {
  const byAirOrSea = BY_AIR_OR_SEA.test(folded);
  if (!byAirOrSea && !hasCue(folded)) return folded;
  return blankSpans(folded, byAirOrSea ? [OF_OTHER, OF_OTHER_CJK, CARRIAGE_COST, CARRIAGE_COST_OTHER] : [OF_OTHER, OF_OTHER_CJK]);
}
