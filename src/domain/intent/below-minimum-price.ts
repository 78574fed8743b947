import { cueTest } from '../text/cue-test';

// An order below the minimum with a larger quantity's price asked for it: "I only need 100, below your minimum, can I
// have the 500 price?", "200 only, under your MOQ I know, but can you still give the 1000 pcs price?", "solo 150,
// menos que su mínimo, ¿me deja el precio de 500?", "nur 80 Stück, unter Ihrer Mindestmenge, aber zum Preis für 300?",
// "低于起订量，能按1000个的价格给吗". The buyer asks the minimum waived and the price of a bigger order: the minimum and
// a discount request (the thirteenth author), no question of the price (it is named). Folded text.

// the order said to fall below the minimum
const BELOW = String.raw`(\b(below|under|less than|short of|lower than)( the| your)? (minimum|moq|min order|minimum order)\b|\b(por debajo del?|menos (que|del?)|inferior al?|abaixo d[oa]|menos que o|en dessous d[ue]|sous (le|votre)|inferieur (au|a votre)|sotto (il|al) (vostro )?|meno del|unter (der|ihrer|eurer|dem|ihrem|eurem)|weniger als (die|ihre|eure)|onder (de|jullie|uw|het)|minder dan (de|jullie|uw|het)|ponizej|mniej niz)( su| el| o| la| tu| vostro| nostro)? ?(minimo|moq|minimum|mindestmenge|mindestbestellmenge|mindestabnahme|minimale? (bestel)?hoeveelheid|minimalne\w*|minimum order)\b|\b(moq|minimum|asgari (siparis|miktar)\w*)(nun|un|in)? altinda\b|\b(di bawah|kurang dari) (moq|minimum|minimal)\b|\b(duoi|it hon) (moq|muc toi thieu|so luong toi thieu)\b|(ниже|меньше) (вашего )?(минимал\S*|moq|минимум\S*)|(低于|不到|少于|未达到|没到)(你们的)?(起订量|moq|最低起订|最小起订)|(最低ロット|最小ロット|moq)(以下|未満|に満たない|を下回)|(moq|최소 ?주문(량|수량)?)\s*(미만|이하|보다 적)|(اقل من|أقل من) (الحد الادنى|الحد الأدنى|moq))`;
// a price tied to a quantity: "the 500 price", "the price for 1000 pcs", "el precio de 500", "按1000个的价格"
const TIER_PRICE = String.raw`(\b\d[\d,.]*\s*(pcs|pieces|units|sets|pc|stuck|stuks|sztuk|adet|buah|cai|pz|pezzi|pieces|unidades|pecas)?\s*(price|pricing|rate|preis|prijs|fiyat\w*)\b|\b(price|pricing|rate|precio|preco|prix|prezzo|preis|prijs|cen[aey]|fiyat\w*|harga|gia)\b[^.?!\n\d]{0,20}\d|цен\S*[^.?!\n\d]{0,15}\d|\d[^。？！?!]{0,4}(的价|的價|价格|價格|単価|価格|の値段|가격|단가)|(سعر|بسعر)[^.?!؟\d]{0,12}\d)`;
const BELOW_RE = new RegExp(BELOW, 'u');
const TIER_RE = new RegExp(TIER_PRICE, 'u');

/** Cue: a word of the minimum, read on the whole text before the key's mask. */
export const namesTheMinimum = cueTest(/minimum|moq|min order|minimo|mindest|hoeveelheid|minimaln|asgari|minimal|toi thieu|минимал|минимум|起订|ロット|최소|الحد الادنى|الحد الأدنى/);

/** Whether the folded text orders below the minimum and asks a larger quantity's price for it. */
export function asksABiggerOrdersPriceBelowTheMinimum(folded: string): boolean {
  return folded.length <= 300 && BELOW_RE.test(folded) && TIER_RE.test(folded);
}
