import { cueTest } from '../text/cue-test';

// The size and weight of a carton, how many go in a carton, on a pallet or in a container asked: "what are the carton
// dimensions and gross weight?", "¿cuántas cajas por pallet?", "combien de cartons par palette ?", "wie viele Kartons
// passen auf eine Palette?", "ile palet wyjdzie z zamówienia?", "kaç takım 40HC'ye sığar?", "ukuran dus dan berat per
// dus?", "сколько коробок на паллете?", "箱规多少", "1カートンの入数と重量", "박스 사이즈랑 중량", "كم كرتون في
// الطبلية؟". The buyer plans the load and the freight: every author labels it shipping, and no price is asked by
// "how many" (nor a custom carton by its size). Folded text.

const ASKED = new RegExp([
  // the carton's size or weight
  String.raw`\b(carton|cartons|box|boxes|package|packaging|packing|case|master carton|outer carton)('s)? (size|sizes|dimension|dimensions|measurement|measurements|weight|weights|gross weight|cbm|volume)\b|\b(size|dimensions?|measurements?|weight|gross weight|cbm|volume) (of|per) (the |one |each |a )?(carton|box|package|case|pallet)\b`,
  String.raw`\b(medidas?|dimensiones|dimensoes|tamanho|tamano|peso|pesos|volumen|volume) (de la|del|de cada|da|do|de cada|por|de uma|de una|de un) ?(caja|carton|bulto|caixa|volume|palete|pallet|tarima)\b|\b(dimensions|taille|poids|volume) (du|des|d'un|par|de chaque) (carton|colis|palette)\b|\b(misure|dimensioni|peso|volume) (del|dei|di un|per|di ogni) (cartone|collo|pallet|bancale)\b`,
  String.raw`\b(karton|kartons|paket|umkarton)(masse|mass|grosse|gewicht|abmessung\w*)\b|\b(masse|abmessungen|gewicht|grosse) (des|der|pro|je|eines) (karton\w*|paket\w*|palette)\b|\b(afmeting|afmetingen|gewicht|maat) (van (de|een|het)|per) (doos|karton|pallet|omdoos)\b|\b(wymiar|wymiary|waga|wage|rozmiar) (\w+ )?(kartonu|paczki|palety|opakowania)\b`,
  String.raw`\b(koli|karton|kutu)(nun)? (olcu\w*|boyut\w*|agirli\w*)\b|\b(ukuran|berat|dimensi) (per )?(dus|karton|kardus|box|koli|kemasan)\b|\b(kich thuoc|trong luong|can nang) (\w+ )?(thung|carton|kien)\b`,
  // how many in a carton, on a pallet, in a container, or how many pallets
  String.raw`\bhow many (\w+ )?(cartons|boxes|pcs|pieces|units|sets|pallets)\b[^.?!\n]{0,30}\b(per|in a|in one|on a|on one|fit|go|load)\b|\b(pcs|pieces|units|qty|quantity) (per|in a|in one) (carton|box|pallet)\b|\bhow many pallets\b`,
  String.raw`\b(cuant[oa]s|quant[oa]s|combien de|quant[ie]|wie ?viele|hoeveel|ile|kac|berapa|bao nhieu) (\w+ )?(cajas|cartones|bultos|pallets|palets|tarimas|caixas|paletes|cartons|colis|palettes|cartoni|colli|bancali|kartons|paletten|dozen|pallets|kartonow|palet|palety|koli|palet|takim|dus|karton|thung)\b[^.?!\n]{0,30}\b(por|en un|caben|cabem|par|per|pro|passen|op|na|w|wyjdzie|sigar|girer|muat|tren|moi|1)\b|\b(cuantos|quantos|combien de|quanti|wie viele|hoeveel|ile|kac|berapa) (pallets|palets|paletes|palettes|bancali|paletten|palet)\b`,
  String.raw`\b(isi|muat) (per |berapa )?(dus|karton|koli|kontainer|cont)\b|\bkoli (basina|ici|icinde) (kac|adet)\b|\bkac (\w+ )?(sigar|girer)\b`,
  String.raw`(размер|габарит|вес)\S* (одной |одного )?(коробки|короба|упаковки|паллеты|места|ящика)|сколько (\S+ )?(коробок|штук|мест|паллет)\S* (на паллет|в коробк|в короб|влез|помест|помещ|в контейнер)|сколько паллет`,
  String.raw`(箱规|外箱尺寸|纸箱尺寸|箱子尺寸|毛重|装箱数|每箱|一箱|每托|一托)[^。？！?!]{0,6}(多少|几)|(能装|装得下|可以装)(多少|几)|多少(托|箱)|(カートン|箱|ケース|外箱)(の|あたりの)?(寸法|サイズ|重量|入数)|(入数|梱包サイズ|梱包重量)|パレット(に|あたり|1枚に)?(何|いくつ)|(박스|카톤|상자|외박스)\s*(사이즈|크기|중량|무게|입수)|박스당|팔레트(당|에)\s*몇|(كم|قديش) (كرتون|كرتونة|قطعة|طبلية)[^.?!؟]{0,20}(في|بال)|(مقاس|وزن|ابعاد|أبعاد) (الكرتون|الكرتونة|الصندوق)`,
].join('|'), 'u');
// a price asked in the same message keeps the price question
const PRICE = /\b(price|prices|cost|how much|precio|preco|prix|prezzo|preis|prijs|cena|fiyat|harga|gia)\b|цен|价|價|値段|価格|가격|سعر/u;

/** Cue: a word of the carton, pallet or load, read on the whole text before the key's mask. */
export const namesACartonOrLoad = cueTest(/carton|box|package|packing|case|pallet|palet|caja|caixa|bulto|colis|palette|cartone|collo|bancal|karton|paket|doos|pallets|paczk|opakowan|koli|kutu|dus|kardus|kemasan|thung|kien|sigar|girer|muat|how many|коробк|короб|упаковк|паллет|мест|ящик|箱|托|装|カートン|ケース|入数|梱包|パレット|박스|카톤|상자|팔레트|كرتون|طبلية|الصندوق/);

/** 'price' when a carton's size, weight or count is asked beside a price, 'alone' when without one, or null. */
export function packingDataAsked(folded: string): 'price' | 'alone' | null {
  if (folded.length > 400 || !ASKED.test(folded)) return null;
  return PRICE.test(folded) ? 'price' : 'alone';
}
