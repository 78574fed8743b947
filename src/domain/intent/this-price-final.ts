import { spanMask } from './blank-spans';

// "Is this your best price?", "Ist das Ihr bester Preis?", "C'est votre meilleur prix ?", "To jest ostateczna cena?",
// "Это окончательная цена?", "이게 최저가인가요?", "这是最低价吗？": the price is the one already quoted (this, that, it),
// asked whether it is the last word: a push for less, which the tables read as the discount ask it comes with. No new
// price is asked, so the span is blanked when price questions are read (tag-intents.ts) and by the model
// (look-alikes-for-model.ts). "What is your best price?" (no demonstrative) still asks a price: every author labels it
// so ("ما أفضل سعر؟", "harga terbaik berapa?", "¿cuál es su mejor precio?"). Folded text (lower case, no accents; ı → i).

const LATIN = new RegExp([
  String.raw`\b(is|was) (this|that|it) (really )?(your|the) (very )?(best|final|last|lowest|bottom|rock bottom|top) (price|offer|rate)\b`,
  String.raw`\b(this|that) is (really )?(your|the) (best|final|last|lowest) (price|offer)\b(?= ?\?)`,
  String.raw`\bist (das|dies) (wirklich )?(ihr|euer|dein|der|das) (bester|beste|letzter|letzte|finaler|niedrigster|allerletzter) (preis|angebot)\b`,
  String.raw`(?<!\b(cual|cuál|qual) )\b(es|este es|ese es|eso es) (realmente )?(su|tu|el|vuestro) (mejor|ultimo) precio( final)?\b`,
  String.raw`\b(esse|este|isso|esse ai) (e|eh) (o )?(seu |teu )?(melhor|ultimo) preco\b`,
  String.raw`\b(c'est|est-ce|c est) (vraiment )?(votre|ton|le|vot) (meilleur|dernier) prix\b`,
  String.raw`(?<!\bqual )\b(e|questo e|e questo) (davvero )?(il )?(vostro|tuo|suo|il) (miglior|ultimo) prezzo\b`,
  String.raw`\bis (dit|dat) (echt )?(jullie|uw|je|de|het) (scherpste|beste|laatste|laagste) (prijs|bod)\b`,
  String.raw`\b(to jest|czy to jest|czy to) (wasza |twoja |pana )?(ostateczna|najlepsza|najnizsza) cena\b`,
  String.raw`\bbu (sizin )?(en iyi|son|en dusuk) fiyat(iniz|in)? mi\b|\b(en iyi|son) fiyatiniz bu mu\b`,
  String.raw`\b(ini|itu) (sudah )?(harga )?(terbaik|final|paling murah)\b(?=\s*\?)`,
  String.raw`\b(day|do) (la |da la )?gia (tot nhat|cuoi( cung)?)\b`,
].join('|'), 'g');
const OTHER = /(это|эта) (ваша |твоя )?(окончательная|последняя|лучшая|минимальная) цена|(ده|هذا|هاذا|هذي) (اخر|افضل|اقل) سعر|(これ|この(価格|値段|金額))(が|は|で)?(最終|最安|ベスト|一番安い)|이게 (최저가|최종\s*(가격|단가))|(这|這)(是|就是)(你们|你們)?(的)?(最低价|最低價|最好的价格|最好的價格|最终价|最終價|底价|底價)|(这个|這個)(价格|價格|价钱|價錢)(是|就是)?(最低|最终|最終)/g;
// (the cue: a price word; most messages have none)
const CUE = /price|offer|rate|preis|angebot|precio|preco|prix|prezzo|prijs|bod|cena|fiyat|harga|gia|цена|سعر|価格|値段|最安|最終|一番安い|ベスト|최저가|최종|价|價/;

/** The folded text with "is this your best price?" blanked (same length); else the text. */
export const maskThisPriceFinal = spanMask(CUE, [LATIN, OTHER]);
