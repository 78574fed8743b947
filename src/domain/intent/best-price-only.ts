import { spanMask } from './blank-spans';

// "Just your best price" asked as the one thing needed ("We already have CE on our side, just need your best price",
// "wir brauchen nur Ihren besten Preis", "нужна только ваша лучшая цена", "chỉ cần giá tốt nhất thôi"): a price asked,
// with nothing pushed down (no quote yet to beat). Blanked for discount_request (tag-intents.ts), so the price words
// read as a price question; "too expensive, your best price?" still pushes the price down by its other words. Folded.
const BEST = String.raw`(best price|best offer|besten? preis|mejor precio|meilleur prix|miglior prezzo|melhor preco|beste prijs|najlepsz\w* cen\w*|en iyi fiyat\w*|harga terbaik|gia tot nhat)`;
const ONLY = new RegExp([
  String.raw`\b(just|only|nur|solo|juste|seulement|so|apenas|alleen|tylko|sadece|cuma|hanya|chi)\b[^.?!\n]{0,25}\b${BEST}\b`,
  String.raw`(только|лишь)[^.?!\n]{0,20}лучш\S* цен\S*`,
  String.raw`(بس|فقط)[^.?!؟\n]{0,12}افضل سعر`,
].join('|'), 'g');
const CUE = /just|only|nur|solo|juste|seulement|so |apenas|alleen|tylko|sadece|cuma|hanya|chi |только|лишь|بس|فقط/;

/** The folded text with a best price asked as the only thing needed blanked (same length), or the text itself. */
export const maskBestPriceOnly = spanMask(CUE, [ONLY]);
