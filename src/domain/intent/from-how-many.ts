import { cueTest } from '../text/cue-test';

// "From how many?" after a colour or a print asked ("Possible de faire un coloris Pantone ? À partir de combien ?",
// "Da che quantità?", "kaç adetten itibaren?", "何台から対応可能ですか", "몇 개부터 되나요?", "ومن كم قطعة؟") asks the
// minimum order for it, with no MOQ word the tables know: every author labels it moq. Folded text.
const FROM_HOW_MANY = new RegExp([
  String.raw`\b(from|starting from|starting at) (how many|what (quantity|qty))\b|\ba partir de (combien|quelle quantite)\b|\bdes combien\b`,
  String.raw`\b(da|a partire da) (che quantita|quanti pezzi|quanti|quante)\b|\ba partir de (cuant[ao]s|que cantidad|quant[ao]s|que quantidade)\b|\bdesde cuant[ao]s\b`,
  String.raw`\bab (wie ?viel(en)?|welcher (menge|stuckzahl))\b|\bvanaf hoeveel\b|\bod ilu\b|\bkac (adetten|taneden) (itibaren|baslay\w*)\b|\bmulai (dari )?berapa (pcs|buah|unit)\b|\btu bao nhieu (cai|chiec|bo)\b`,
  String.raw`(от скольк|с какого количества|من كم (قطعة|قطعه|حبة|حبه|وحدة)|何(個|台|枚|点|本|セット|ケース)から|몇\s?(개|대|장|세트|박스|벌)부터|(多少|几)(个|件|套|台|pcs)起(订|訂|做)?)`,
].join('|'));
const CUE = /from|partir|des combien|da che|da quant|desde|ab wie|ab welcher|vanaf|od ilu|kac|berapa|bao nhieu|скольк|количества|من كم|から|부터|起/;
const hasCue = cueTest(CUE);

/** Whether the folded text asks from what quantity something is done (a minimum-order question). */
export const asksFromHowMany = (folded: string): boolean => hasCue(folded) && FROM_HOW_MANY.test(folded);
