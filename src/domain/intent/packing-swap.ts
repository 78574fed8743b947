import { cueTest } from '../text/cue-test';

// The packing changed from one material to another, said without a customisation word: "Cancel the wooden crates,
// cartons are fine", "木箱はやめて、段ボールでお願いします", "唔好用木箱，用紙箱得啦", "Nggak usah pakai palet, kardus aja",
// "Ahşap palet kullanmayın, plastik palet istiyoruz", "Geen piepschuim meer in de dozen, liever karton", "Bitte die
// Plastiktüte weglassen und stattdessen jede Einheit in einen Kraftkarton packen". The buyer specifies how the goods are
// packed: DEV 4 and DEV opt-out label it customization in every language. Two different packing materials are named and
// one is dropped or swapped; "how many cartons go on a pallet?" (a question of loading) and a material named twice
// ("no untreated wooden pallets, only stamped pallets": a rule of the importing country) are not read. Folded text.

const PACK = new RegExp([
  String.raw`\b(wooden (crates?|cases?|boxe?s)|crates?|cartons?|carton boxe?s|cardboard( boxe?s)?|kraft\w*|plastic bags?|poly ?bags?|(styro)?foam|bubble wrap|pallets?|paper bags?)\b`,
  String.raw`\b(cajas? de (madera|carton)|huacal\w*|palets?|tarimas?|bolsas? de plastico|icopor|unicel|caixas? de (madeira|papelao)|papelao|paletes?|sacos? plasticos?|isopor)\b`,
  String.raw`\b(caisses? en bois|palettes?|sachets? plastiques?|polystyrene|cass[ae] di legno|cartoni|scatol[ae] di cartone|bancali|sacchetti di plastica|polistirolo)\b`,
  String.raw`\b(holzkiste\w*|kraftkarton\w*|karton\w*|palette\w*|plastiktute\w*|folienbeutel\w*|styropor|houten kist\w*|dozen|plastic zak\w*|piepschuim)\b`,
  String.raw`\b(skrzyn\w*|palet\w*|woreczk\w*|foliow\w*|styropian\w*|papierow\w*|peti kayu|kardus|thung go|thung carton|tui nilon|xop|ahsap (sandik|palet)|sandik|koli|plastik (palet|poset))\b`,
  String.raw`(деревянн\S* ящик\S*|ящик\S*|коробк\S*|картон\S*|паллет\S*|поддон\S*|пенопласт\S*|صناديق خشب|صندوق خشب|كرتون|كراتين|طبالي|اكياس بلاستيك|فلين)`,
  String.raw`(木箱|纸箱|紙箱|托盘|卡板|胶袋|膠袋|泡沫|纸盒|紙盒|木枠|段ボール|パレット|ポリ袋|発泡スチロール|나무\s?(상자|박스)|목상자|종이\s?상자|카톤|팔레트|비닐|스티로폼)`,
].join('|'), 'gu');
// a swap or a material dropped: "instead", "not", "cancel", "liever", "statt", "zamiast", "yerine", "вместо", "别", "やめ", "말고"
const SWAP = /\b(instead|rather|replace|cancel|skip|without|no|not|don'?t|dont|only|just|fine|liever|stattdessen|statt|anstatt|weglassen|kein\w*|geen|zamiast|nie|bez|nggak|gak|tidak|jangan|ga|aja|khoi|khong|dung|la duoc|kullanmayin|yerine|istemiyoruz|istiyoruz|en vez|en lugar|sin|em vez|sem|nao|au lieu|pas de|plutot|invece|senza|non)\b|вместо|не |без|بدل|بدال|مش |بدون|不要|别|唔好|唔使|不用|改用|换成|換成|やめ|ではなく|じゃなく|代わりに|말고|대신|빼/;
// how many go in or on one: a question of loading, not of packing
const HOW_MANY = /\b(how many|hoeveel|cuant[oa]s|quant[oa]s|combien|wie viele|quanti|quante|ile|berapa|bao nhieu|kac)\b|сколько|كم |多少|几|幾|いくつ|何個|몇/;
const CUE = cueTest(/crate|carton|cardboard|kraft|bag|foam|bubble|pallet|caja|huacal|palet|tarima|bolsa|icopor|unicel|caixa|papelao|isopor|caisse|sachet|polystyren|cass|scatol|bancal|sacchett|polistirol|kiste|karton|tute|beutel|styropor|kist|dozen|zak|piepschuim|skrzyn|woreczk|foli|styropian|papier|peti|kardus|thung|nilon|xop|sandik|koli|poset|ящик|коробк|картон|паллет|поддон|пенопласт|صندوق|صناديق|كرتون|كراتين|طبالي|اكياس|فلين|木箱|纸箱|紙箱|托盘|卡板|胶袋|膠袋|泡沫|纸盒|紙盒|木枠|段ボール|パレット|ポリ袋|発泡|상자|박스|카톤|팔레트|비닐|스티로폼/);

/** Whether the folded text swaps one packing material for another (a custom packing asked). */
export function swapsThePacking(folded: string): boolean {
  if (folded.length > 200 || !CUE(folded)) return false;
  const named = new Set((folded.match(PACK) ?? []).map((m) => m.replace(/\s+/g, ' ')));
  return named.size >= 2 && SWAP.test(folded) && !HOW_MANY.test(folded);
}
