import { spanMask } from './blank-spans';
import { cueTest } from '../text/cue-test';

// A quantity per colour ("can I start with 20 pcs per colour?", "boleh ambil 24 pcs per warna?", "各色30個ずつ",
// "her renkten 30 adet alabilir miyim?") asks how little the buyer may order of each: a minimum-order question, the
// colours an assortment of the range, not colours made to order (the labels of every author: "min qty per colour?",
// "is 2000 per colour ok" are moq). Its span is blanked when customisation is read (tag-intents.ts); a colour of the
// buyer's own beside it ("our Pantone", "with our logo") still reads. Folded text.
const PER_COLOUR = new RegExp([
  String.raw`\b\d+ ?(pcs|pieces|units|sets|pz|pezzi|piezas|pzs|unidades|pecas|pieces|unites|stuck|stk|stuks|sztuk|szt|buah|adet|cai|chiec)?( \w+)? (per|each|of each|for each|por|de cada|di ogni|par|de chaque|pro|je|van elke|z kazdego|na kazdy) (colou?r|colore|cor|couleur|coloris|farbe|kleur|koloru|kolor|warna)\b`,
  String.raw`\bper warna \d+|\bher renkten \d+|\brenk basina \d+|\bmoi mau \d+|\b\d+ ?(cai|chiec)? moi mau\b`,
  String.raw`各色\s?\d+|色ごとに\s?\d+|색상(별|마다)\s?\d+|每(个|個|種|种)?(颜色|顏色|色)\s?\d+`,
].join('|'), 'g');
const CUE = /colou?r|colore|cor\b|couleur|coloris|farbe|kleur|kolor|warna|renk|mau|各色|色ごと|색상|颜色|顏色|每色/;
const hasCue = cueTest(CUE);

/** The folded text with a quantity per colour blanked (same length), or the text itself. */
export const maskPerColourQuantity = spanMask(CUE, [PER_COLOUR]);

// (not samples of each colour, nor colours mixed in a carton: "2 samples per colour", "6 per colour in each box";
// Vietnamese folds màu and mẫu alike, so a second "mau" is a sample)
const NOT_AN_ORDER = /sampl|muestra|amostra|echantillon|campion|muster|probk|numune|\bmau\b.*\bmau\b|サンプル|샘플|样品|樣品|عين|образ|carton|karton|doos|\bbox|caja|caixa|scatol|mix|gemischt|gemengd|misti|mezcl|mistur|箱|박스|报价|報價|quot|cotiz|cotac|offert|angebot|oferta/;

/** Whether the folded text names a quantity per colour (a minimum-order question), no samples nor a carton's mix. */
export function quantityPerColour(folded: string): boolean {
  if (!hasCue(folded) || NOT_AN_ORDER.test(folded)) return false;
  PER_COLOUR.lastIndex = 0;
  return PER_COLOUR.test(folded);
}
