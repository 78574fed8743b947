import { spanMask } from './blank-spans';
import { cueTest } from '../text/cue-test';

// A colour, a design or a logo said to be wrong is a fault reported, not a custom spec asked: "Arrêtez la production, la
// couleur de l'échantillon n'est pas bonne !", "생산 멈춰주세요! 샘플 색상이 틀렸어요.", "Paren la producción del pedido
// 332, hay un error en el diseño", "El logo salió borroso en la última tanda", "先停產！產前樣的顏色完全不對". DEV 4, 5 and 6
// label these complaint or other, never customization (across a dozen languages); what the buyer then asks the colour
// to be ("…, it must be navy") is read as before. The thing and its fault are blanked when customization is read
// (tag-intents.ts) and before the model reads it (look-alikes-for-model.ts). Folded text.

// the custom thing
const THING = String.raw`(colou?rs?|couleurs?|colore|colori|cor|cores|farben?|kleur(en)?|kolory?|koloru|renk\w*|warna\w*|mau sac|designs?|diseno|desenho|disegno|grafica|artwork|arte|visuel|logos?|logotipo|printing|print|impression|druck|stampa|nadruk|tasarim\w*|thiet ke|pantone)`;
// its fault, said after it ("the colour is wrong", "thiết kế sai", "salió borroso") within a few words
const FAULT = String.raw`(wrong|incorrect|not right|(is |are |looks |way )off|blurry|blurred|faded|peeling|mal|errad[oa]|equivocad[oa]|borros[oa]|desbotad[oa]|sbagliat[oa]|sfocat[oa]|faux|fausse|pas bonn?e?|floue?|falsch|stimmt nicht|verkeerd|klopt niet|wazig|zl[ya]|zle|bledn\w*|rozmazan\w*|salah|luntur|sai(?! gon)|bong|yanlis|hatali|hata var|bozuk)`;
const LATIN = [
  String.raw`\b${THING}\b( [\w']+){0,5} (is |are |was |were |e |esta |estan |es |est |ist |sind |is het |jest |sa |la |bi |da |salio |saiu |vino |veio |ha |)(totally |completely |all |tout a fait |completamente |totalmente |ganz |helemaal |zupelnie |hoan toan |tamamen )?${FAULT}\b`,
  // the fault first: "an error in the artwork", "hay un error en el diseño", "c'è un errore nella grafica"
  String.raw`\b(error|errors|mistake|erreur|errore|fehler|fout|blad|hata|kesalahan|loi)( \w+){0,2} (in|on|en|el|na|no|nella|nel|dans|sur|im|in der|w|di|pada|trong|de|do|da)( the| el| la| le| il| o| a| het| de| der| dem)? ${THING}\b`,
];
const OTHER_SCRIPTS = [
  String.raw`(цвет\S*|дизайн\S*|макет\S*|логотип\S*|печат\S*)( \S+){0,3} (неправильн\S*|не тот|не такой|не та|ошибочн\S*)|ошибк\S* в (цвете|дизайне|макете|логотипе)`,
  String.raw`(اللون|لون|التصميم|الشعار|اللوجو|اللوغو)( \S+){0,3} (غلط|خطا|خطأ|مو صحيح|مش صح)|(خطا|خطأ|غلط) في (اللون|التصميم|الشعار)`,
  String.raw`(颜色|顏色|设计|設計|图稿|圖稿|印刷|logo)[^，,。.!！?？]{0,6}(不对|不對|错了|錯了|有误|有問題|有问题|不一样|不一樣)|(色|デザイン|ロゴ|印刷)(が|に)[^、。！？!?]{0,6}(違います|違う|違って|誤り|間違)|(색상|색깔|디자인|로고|인쇄)(이|가|에)?\s*\S{0,6}\s*(틀렸|틀려|틀린|잘못|오류)`,
];
const CUE = /wrong|incorrect|not right|off|blur|faded|peeling|mal|errad|equivocad|borros|desbotad|sbagliat|sfocat|faux|fausse|pas bon|flou|falsch|stimmt nicht|verkeerd|klopt niet|wazig|zl|bledn|rozmazan|salah|luntur|sai|bong|yanlis|hatali|bozuk|error|mistake|erreur|errore|fehler|fout|blad|hata|kesalahan|loi|неправ|не т|ошиб|غلط|خط|صح|不对|不對|错|錯|有误|问题|問題|不一|違|誤|間違|틀|잘못|오류/;

const FAULTS = [new RegExp(LATIN.join('|'), 'g'), new RegExp(OTHER_SCRIPTS.join('|'), 'gu')];

/** The folded text with a custom thing said to be wrong blanked (same length); else the text. */
export const maskFaultNotASpec = spanMask(CUE, FAULTS);

// Of those, a colour, a logo or a print that came out wrong is a fault of the goods or the sample made, a complaint
// ("la couleur de l'échantillon n'est pas bonne", "Logo in lô vừa rồi bị bong", "產前樣的顏色完全不對"); an error in the
// design or the artwork is most often the buyer's own, which DEV and DEV 6 label other ("hay un error en el diseño").
const MADE = /colou?r|couleur|cor\b|cores|farbe|kleur|kolor|renk|warna|mau sac|logo|print|impress|druck|stampa|nadruk|цвет|логотип|печат|لون|شعار|لوجو|لوغو|颜色|顏色|色|ロゴ|印刷|색|로고|인쇄/;
const MADE_CUE = cueTest(MADE);
/** Whether a text may say a colour, logo or print came out wrong: the cue alone, cheap enough to test before a mask. */
export const faultOfTheMadeCue = MADE_CUE;

/** Whether the folded text says a colour, a logo or a print came out wrong (a complaint said without a complaint word). */
export function faultOfTheMade(folded: string): boolean {
  if (!MADE_CUE(folded)) return false;
  const masked = maskFaultNotASpec(folded);
  if (masked === folded) return false;
  let span = '';
  for (let i = 0; i < folded.length; i++) span += masked[i] === folded[i] ? ' ' : folded[i];
  return MADE.test(span);
}
