import { cueTest } from '../text/cue-test';

// A special colour named with its minimum asked: "what is the minimum for a special colour?", "à partir de combien vous
// faites une couleur spéciale ?", "ab wie vielen Stück gibt es eine Sonderfarbe?", "özel renk için minimum kaç adet?",
// "特殊颜色起订量多少". A colour made to order is a custom spec (every author: customization beside the minimum); the
// tables read "special colour" as a bare word the minimum silences. A stock colour asked ("do you have it in grey?")
// is read by colour-available.ts. Folded text.

const SPECIAL = new RegExp([
  String.raw`\b(special|custom|customi[sz]ed|own|bespoke|specific|non-standard|house|brand|corporate) (colou?r|colou?rs|shade|pantone)\b|\b(pantone|ral)\s*\d|\bpantone\b`,
  String.raw`\b(colou?r|colores|couleur|colore|cor) (especial|especiales|personalizad[oa]s?|a medida|speciale|speciali|personnalisee?|sur mesure|propre|propria|personalizzat[oa])\b|\b(cores|colores|coloris|colori) (especiais|especiales|speciaux|speciali)\b`,
  String.raw`\b(couleur|teinte) speciale\b|\bsonderfarbe\w*|\beigene[nr]? farbe\b|\b(eigen|afwijkende|speciale) kleur\b|\b(kolor|kolorze) (specjalny|specjalnym|niestandardowy|niestandardowym|wlasny|wlasnym)\b|\bspecjaln\w* kolor\w*|\bozel renk\w*|\b(warna) (khusus|custom|sendiri|request)\b|\bmau (rieng|dac biet|theo yeu cau)\b`,
  String.raw`(особ\S*|специальн\S*|сво\S*|нестандартн\S*) цвет|цвет\S* (на заказ|по пантону)|(特殊|定制|订制|專屬|专属|指定)(颜色|顏色|色)|特注色|指定色|별색|특수 ?색|(لون|الوان) (خاص|مخصص)`,
].join('|'), 'u');

// the minimum asked: "the minimum", "MOQ", "from how many", "ab wie vielen", "à partir de combien", "kaç adetten"
const MINIMUM = /\b(minimum|minimal|minimo|minima|mindest\w*|moq|min order|from how many|starting from how many|ab wie viel\w*|ab welcher (menge|stuckzahl)|a partir de (combien|cuant[oa]s|quant[oa]s|que cantidad|qual quantidade)|desde cuant[oa]s|vanaf hoeveel|vanaf welke|od ilu|od jakiej ilosci|kac (adet|tane)(ten|dan)|en az|minimal berapa|mulai berapa|toi thieu|tu bao nhieu)\b|минимал|от скольк|起订|最低|最小|何(個|台|枚|着|点)から|최소|몇 ?(개|장|대)부터|الحد الادنى|الحد الأدنى|اقل كمية|أقل كمية/u;

/** Cue: a word of colour, read on the whole text before the key's mask. */
export const namesAColourWord = cueTest(/colo|shade|pantone|ral|couleur|teinte|cor|cores|farbe|kleur|kolor|renk|warna|mau|цвет|颜色|顏色|色|별색|특수|لون|الوان/);

/** Whether the folded text names a colour made to order and asks its minimum. */
export function asksASpecialColoursMinimum(folded: string): boolean {
  return folded.length <= 400 && SPECIAL.test(folded) && MINIMUM.test(folded);
}
