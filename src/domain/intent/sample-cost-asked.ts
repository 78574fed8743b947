import { spanMask } from './blank-spans';

// "Was kostet ein Muster und wird das bei Bestellung verrechnet?", "Сколько стоит образец?", "Combien coûte
// l'échantillon ?", "كم سعر العينة؟": the price asked is the sample's. The sample patterns read it as a sample request
// with its fee (sample_cost); the goods' price is not asked, and three of our DEV sets (4, 6 and dev) label such messages
// sample_request alone. The question and the sample it asks of are blanked when price inquiries are read (tag-intents.ts)
// and before the model reads them (look-alikes-for-model.ts); whatever else the message prices ("and for 1000 pcs?")
// stays read. Folded text.

// the sample, with the little words before it ("the", "a", "one of your")
const SAMPLE = String.raw`(samples?|sample (fee|cost|charge)|muestras?|amostras?|campion[ei]|echantillons?|muster\w*|monsters?|probk\w*|probek|numune\w*|sampel\w*)`;
const ARTICLE = String.raw`( (the|a|one|your|ur|el|la|las|los|una|un|o|as|os|uma|il|lo|i|l'|le|les|une|du|des|ein|eine|das|die|der|een|het|de|ta|jedna|ten|tylko))?`;
const LATIN = [
  // English, Spanish, Portuguese, Italian, French
  String.raw`\bhow much (is|are|for|does|do|would|will)?${ARTICLE} ?${SAMPLE}\b( cost)?`,
  String.raw`\b(price|cost) (of|for)${ARTICLE} ${SAMPLE}\b`,
  String.raw`\bcuanto (cuesta|cuestan|sale|salen|vale|valen|cobran por)${ARTICLE} ${SAMPLE}\b`,
  String.raw`\bquanto (custa|custam|fica|sai|costa|costano|viene|vengono)${ARTICLE} ?${SAMPLE}\b`,
  String.raw`\bcombien (coute|coutent|coutera|est|pour)${ARTICLE} ?${SAMPLE}\b`,
  // German, Dutch, Polish
  String.raw`\b(was|wie ?viel) (kostet|kosten|kostete)${ARTICLE} ${SAMPLE}\b`,
  String.raw`\bwat (kost|kosten)${ARTICLE} ${SAMPLE}\b`,
  String.raw`\bile (kosztuje|kosztuja|kosztowalaby|kosztowalyby|za)${ARTICLE} ${SAMPLE}\b`,
  // the sample first: "la muestra cuánto cuesta?", "numune ne kadar?", "sampelnya berapa?"
  String.raw`\b${SAMPLE} (cuanto (cuesta|sale|vale)|quanto (custa|costa|fica)|combien|ne kadar|kac para|ucreti ne kadar|(nya )?berapa|harga\w* berapa|how much)\b`,
  String.raw`\b(harga|biaya) ${SAMPLE}\b`,
];
const OTHER_SCRIPTS = [
  String.raw`сколько (стоит|стоят|будет стоить|стоить будет)( один| ваш| пробный)? образ\S*|образ\S* сколько стоит|(цена|стоимость) образц\S*`,
  String.raw`كم (سعر|تكلفة|تكلفه|ثمن) (ال)?عين(ة|ه|ات)|(ال)?عين(ة|ه) (بكم|كم سعرها)`,
  String.raw`(样品|樣品|样板)(费|費)?(是)?(多少钱|多少錢|多少|怎么收)|サンプル(代|費用|料金|の(価格|値段|費用))(は)?(いくら)|샘플\s*(비용|비|가격)?(은|는)?\s*얼마`,
];
// (not when the carriage is priced with it, "Was kosten die Muster inkl. Versand nach Hamburg?": that prices a delivery
// too, and every set labels it a price inquiry)
const CARRIAGE_LATIN = String.raw`(?![^?.!]{0,60}\b(incl|inkl|inclus|includ|inclu|compris|shipping|envio|frete|versand|verzending|spedizione|livraison|dhl|fedex|ups|delivery|wysylk|dostaw|ongkir|kargo|ship)\w*)`;
const CARRIAGE_OTHER = String.raw`(?![^?.!？。]{0,40}(доставк|шипинг|شحن|توصيل|运费|運費|快递|快遞|寄到|送料|配送|배송|택배))`;
const CUE = /sample|muestr|amostr|campion|echantil|muster|monster|probk|probek|numune|sampel|образ|عين|样品|樣品|样板|サンプル|샘플/;

/** The folded text with a sample's price asked blanked (same length); else the text. */
export const maskSampleCostAsked = spanMask(CUE, [
  new RegExp(`(?:${LATIN.join('|')})${CARRIAGE_LATIN}`, 'g'),
  new RegExp(`(?:${OTHER_SCRIPTS.join('|')})${CARRIAGE_OTHER}`, 'gu'),
]);
