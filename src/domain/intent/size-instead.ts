import { cueTest } from '../text/cue-test';

// A size, a rating or a type asked in place of the standard one: "the hose in 15 m instead of 10", "Stecker Typ J statt
// Typ F", "les pieds à 75 cm au lieu de 72", "cable 2m not 1m", "케이블 1m 말고 2m로", "ابي الطول 210 بدل 200", or made
// longer by a measure ("make the shaft 50 mm longer", "вал длиннее на 50 мм", "dài thêm 5cm"). The goods made to
// another spec: every author labels it customization. Only a measure with its unit (a length, a weight, a volume, a
// rating) or a type is read: "12 USD instead of 14" is a price, "500 pcs instead of 300" a quantity. Folded text.

// a measure with its unit, or a type ("typ J", "tipo G")
const MEASURE = String.raw`(\d+([.,]\d+)?\s*(mm|cm|m|meters?|metres?|metros?|metri|meter|mtr|inch|inches|ft|kg|g|gr|ml|l|lt|v|volt|volts|w|watt|watts|kw|mah|amp|мм|см|м|кг|мл|в|вт)(?![\p{L}\d])|\b(type|typ|tipo|tip|tipe)\s+[a-z0-9]{1,3}\b|тип\s+[a-z0-9]{1,3}(?![\p{L}\d]))`;
// in place of: "instead of", "statt", "au lieu de", "en vez de", "invece di", "in plaats van", "zamiast", "вместо"
const SWAP = String.raw`(\b(instead of|rather than|not|statt|anstatt|anstelle von|nicht|au lieu de|plutot que|et non|pas|en vez de|en lugar de|y no|no|invece di|anziche|e non|non|em vez de|ao inves de|e nao|nao|in plaats van|niet|zamiast|a nie|nie|yerine|degil|bukan|ganti|thay vi|chu khong phai|khong phai)\b|вместо|а не|而不是|不是|不要|ではなく|じゃなく|代わりに|말고|대신|아니라|بدل|بدلا من|مو|مش|وليس)`;
// made bigger or smaller by a measure
const BY = String.raw`(\b(longer|shorter|wider|narrower|taller|higher|thicker|thinner|deeper|mas largo|mas corta?|mas ancho|plus long(ue)?|plus court(e)?|plus large|piu lung[oa]|piu cort[oa]|piu larg[oa]|langer|kurzer|breiter|hoher|mais comprid[oa]|mais curt[oa]|langer|korter|breder|dluzsz\w*|krotsz\w*|szersz\w*|daha (uzun|kisa|genis)|lebih (panjang|pendek|lebar)|dai them|ngan (hon|bot)|rong them)\b|длиннее|короче|шире|уже на|выше на|толще|тоньше|加长|长一点|短一点|加宽|長く|短く|길게|짧게|넓게|أطول|اقصر|أقصر|اعرض)`;
const SWAPPED = new RegExp(String.raw`${MEASURE}[^.?!\n]{0,25}?${SWAP}[^.?!\n\d]{0,12}(\d|\b(type|typ|tipo|tip|tipe)\b|тип)|${MEASURE}\s*(말고|대신)\s*\d`, 'u');
const BY_A_MEASURE = new RegExp(String.raw`${BY}[^.?!\n]{0,15}${MEASURE}|${MEASURE}[^.?!\n]{0,10}${BY}`, 'u');

/** Cue: a word of the swap or of the change, read on the whole text before the key's mask (a measure is checked next). */
export const namesAMeasure = cueTest(/instead|rather|not|statt|anstelle|nicht|au lieu|plutot|et non|pas|en vez|en lugar|y no|no|invece|anziche|non|em vez|ao inves|nao|in plaats|niet|zamiast|nie|yerine|degil|bukan|ganti|thay vi|khong phai|вместо|а не|而不是|不是|不要|ではなく|じゃなく|代わりに|말고|대신|아니라|بدل|مو|مش|وليس|longer|shorter|wider|narrower|taller|higher|thicker|thinner|deeper|mas larg|mas cort|mas anch|plus long|plus court|plus large|piu lung|piu cort|piu larg|langer|kurzer|breiter|hoher|mais compri|mais curt|korter|breder|dluzsz|krotsz|szersz|daha|lebih|dai them|ngan|rong them|длиннее|короче|шире|уже на|выше на|толще|тоньше|加长|长一点|短一点|加宽|長く|短く|길게|짧게|넓게|أطول|اقصر|أقصر|اعرض/);
const MEASURE_CUE = /\d|typ|tip|тип/u;

/** Whether the folded text asks a size, a rating or a type in place of another, or a size changed by a measure. */
export function asksAnotherSize(folded: string): boolean {
  return folded.length <= 300 && MEASURE_CUE.test(folded) && (SWAPPED.test(folded) || BY_A_MEASURE.test(folded));
}
