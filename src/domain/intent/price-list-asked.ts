import { cueTest } from '../text/cue-test';
import { spanMask } from './blank-spans';

// A price list asked for alone ("Kindly share your latest price list", "Mi giri price list e MOQ, thanks", "Fiyat
// listesi rica edebilir miyim?", "Hebben jullie een prijslijst?"): a question on prices, not a catalogue asked (the
// labels of most authors: dev 6, dev 5, dev opt-out and the training sets tag it price_inquiry). With a catalogue, a
// product list or photos asked beside it the tables' reading stands (the authors disagree there). Read where the tables
// found a catalogue asked, on the same (negation-blanked) text. Folded text.
const PRICE_LIST = String.raw`(\bprice ?lists?\b|\bpricelists?\b|\bpreisliste\w*|\blistas? de precios\b|\blistas? de precos\b|\btabelas? de (precos|atacado)\b|\blistin[oi]\b|\blistes? (de|des) prix\b|\bprijslijst\w*|\bcennik\w*|праис|\bfiyat listesi\w*|\bdaftar harga\b|\bbang gia\b|价格表|价目表|報價表|价格单|価格表|料金表|가격표|단가표|قائمه الاسعار|قائمة الاسعار|ليسته الاسعار|ليستة الاسعار)`;
const CATALOGUE = String.raw`(catalog|katalog|catalogo|catalogus|каталог|brochure|brosur|folleto|prospekt|folder|product ?list|productlijst|productoverzicht|produktliste|lista de productos|lista de produtos|liste (de|des) produits|daftar produk|urun listesi|danh muc|photo|foto|picture|image|zdjec|фото|sortiment|assortiment|\brange\b|gamme|\bgama\b|产品清单|产品目录|目录|目錄|图片|圖片|製品リスト|商品リスト|カタログ|写真|제품 리스트|제품리스트|카탈로그|사진|كتالوج|كاتالوج|صور)`;
const PRICE_LIST_RE = new RegExp(PRICE_LIST);
const CATALOGUE_RE = new RegExp(CATALOGUE);
const CUE = /price|preis|precio|preco|atacado|listin|prix|prijs|cennik|праис|fiyat|harga|bang gia|价|報價|価格|料金|가격|단가|الاسعار/;
const hasCue = cueTest(CUE);

/** What a catalogue asked (folded text) also asks of a price list: nothing, the prices alone, or the prices beside it. */
export function priceListAsked(folded: string): 'none' | 'alone' | 'with-catalogue' {
  if (!hasCue(folded) || !PRICE_LIST_RE.test(folded)) return 'none';
  return CATALOGUE_RE.test(folded) ? 'with-catalogue' : 'alone';
}

// The catalogue told as seen or liked, before the real ask ("The catalogue you sent is great. Now what's the price for
// item 12?", "Der Katalog ist super. Was kostet jetzt Artikel 12?", "カタログ拝見しました。12番の価格を教えてください"):
// no catalogue asked. Blanked for catalog_request (tag-intents.ts). Folded text.
const GOOD = String.raw`(great|good|nice|super|excellent|perfect|beautiful|awesome|top|gut|toll|schon|prima|klasse|bueno|buenisimo|genial|excelente|bonito|lindo|bom|otimo|tres bien|magnifique|bello|bellissimo|ottimo|mooi|prachtig|goed|fijn|swietny|super|dobry|piekny|bagus|mantap|keren|guzel|harika|super|dep|tot|hay|ok|okay)`;
const SEEN = new RegExp([
  String.raw`\b(the |your |ur )?(catalog|catalogue|catalogs|catalogues)( you sent| you shared)? (is|was|looks|are) (very |really |so )?${GOOD}\b|\b(i|we)( have|'ve)? (saw|seen|checked|went through|gone through|liked|loved|received|got|reviewed) (the |your |ur )?(catalog|catalogue)\b`,
  String.raw`\b(der |ihr |den )?katalog (ist|war|sieht) (sehr |wirklich )?${GOOD}\b|\bkatalog\w* (gesehen|erhalten|bekommen|durchgesehen|angeschaut)\b|\bmooie catalogus\b|\b(de )?catalogus (is|ziet er) (erg |heel )?${GOOD}\b`,
  String.raw`\b(el |tu |su )?catalogo (esta|es|quedo) (muy )?${GOOD}\b|\b(me )?gusto (mucho )?(el|su|tu) catalogo\b|\b(vi|revise|recibi|recibimos) (el |su |tu )?catalogo\b`,
  String.raw`\b(o )?catalogo (esta|e|ficou) (muito )?${GOOD}\b|\bgostei (muito )?do catalogo\b|\b(vi|recebi|recebemos) o catalogo\b`,
  String.raw`\b(le |votre )?catalogue (est|etait) (tres |vraiment )?${GOOD}\b|\b(j'ai|nous avons|on a) (bien )?(vu|recu|regarde|parcouru) (le |votre )?catalogue\b`,
  String.raw`\b(il )?catalogo (e|era) (molto )?${GOOD}\b|\b(ho|abbiamo) (visto|ricevuto|guardato) (il )?(vostro )?catalogo\b`,
  String.raw`\bkatalog\w* (jest |byl |bardzo )?(super|swietny|fajny|dobry|piekny)\b|\bkatalog\w* (sangat |bagus banget |keren )?(bagus|mantap|keren|oke)\b|\bkatalog (cok |gercekten )?(guzel|harika|super|iyi)\b|\bcatalogue (dep|tot|hay|ok) (lam|qua)?\b`,
].join('|'), 'g');
const SEEN_OTHER = /каталог\S* (\S+ )?(отличн|хорош|классн|супер|получил|посмотрел)\S*|(カタログ)(を)?(拝見|見|受け取り|いただき)|카탈로그\s*(잘\s*)?(봤|받았)|(目录|目錄|产品册)(我们)?(看了|收到了|很好|不错|挺好)|الكتالوج (ممتاز|حلو|جميل|وصل|شفته)/g;
const SEEN_CUE = /catalog|katalog|catalogus|каталог|カタログ|카탈로그|目录|目錄|产品册|الكتالوج/;

/** The folded text with the catalogue told as seen or liked blanked (same length), or the text itself. */
export const maskCatalogueSeen = spanMask(SEEN_CUE, [SEEN, SEEN_OTHER]);
