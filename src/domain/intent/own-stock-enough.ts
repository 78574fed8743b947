import { spanMask } from './blank-spans';

// The buyer's own stock is enough, said to turn an offer down ("No thanks, we still have plenty of stock", "stok masih
// banyak", "今は在庫が十分なので結構です", "재고가 아직 많아서요"): no question of stock or lead time. Blanked for lead
// time by the patterns (tag-intents.ts) and the model (look-alikes-for-model.ts). The buyer is the one who has it:
// "do you have enough stock?" stays a question. Folded text.
const OWN_STOCK = new RegExp([
  String.raw`\b(we|i) (still )?(have|got) (enough|plenty of|a lot of|lots of|too much|sufficient) (stock|inventory)\b|\b(our|my) (stock|inventory) is (still )?(enough|sufficient|full|high)\b`,
  String.raw`\b(todavia |aun )?(tenemos|tengo) (suficiente|bastante|mucho) (stock|inventario)\b|\b(ainda )?(temos|tenho) (muito |bastante )?estoque\b|\b(nous avons|on a|j'ai) (encore )?(assez de |beaucoup de |du )stock\b`,
  String.raw`\b(wir haben|ich habe) (noch )?(genug |genugend |viel )?(lagerbestand|bestand|ware auf lager)\b|\b(we hebben|ik heb) (nog )?(genoeg |veel )?voorraad\b|\babbiamo (ancora )?(molt[ae] |abbastanza )?(scorte|magazzino|merce in magazzino)\b`,
  String.raw`\bmamy (jeszcze )?(duzo |wystarczajaco )?(towaru|zapasu|zapasow)\b|\bstok(umuz|larimiz) (hala |daha )?(var|yeterli|dolu)\b|\bstok(nya)? (masih|udah|sudah|msh) (banyak|cukup|penuh)\b|\b(hang|kho) (ben (em|minh) )?(van |con )?(con )?(nhieu|du)\b`,
  String.raw`у нас (еще |ещё )?(много|достаточно|полно) (товара|запасов|на складе)`,
  String.raw`在庫(が|は)(まだ)?(十分|たくさん|いっぱい)|재고(가|는)\s*(아직\s*)?(많|충분)|(库存|存货|庫存)(还|還)?(很多|够|夠|充足|足够)|(还|還)有(很多)?(库存|存货|庫存)`,
  String.raw`(عندنا|لدينا) (بضاعة|مخزون|ستوك) (كثير|كافي|كافية)|المخزون (كافي|كثير)`,
].join('|'), 'g');
// (a cue of the stock words only, and in Vietnamese of "still plenty": "hàng" alone is in most Vietnamese messages)
const CUE = /stock|inventar|inventory|estoque|bestand|ware auf|voorraad|scorte|magazzino|towaru|zapas|stok|con nhieu|con du|van con|у нас|在庫|재고|库存|存货|庫存|مخزون|بضاعة|ستوك/;

/** The folded text with the buyer's own stock said to be enough blanked (same length), or the text itself. */
export const maskOwnStockEnough = spanMask(CUE, [OWN_STOCK]);
