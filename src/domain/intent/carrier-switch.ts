import { cueTest } from '../text/cue-test';

// One carrier set aside for another: "Use DHL instead of FedEx", "Jangan pakai JNE lagi, mulai sekarang pakai J&T",
// "以后不要走DHL了，改走顺丰", "앞으로 DHL 말고 페덱스로 보내주세요", "Artık DHL ile göndermeyin, UPS kullanın". An
// instruction on the carriage: shipping, whatever else is said. The model, which met couriers mostly beside samples
// ("send the sample by DHL"), reads a sample into it: the switch is blanked for it (look-alikes-for-model.ts). Two
// different carriers and a word of change are needed: one carrier named is the tables' business ("ship by DHL?"), and
// two named without a change are compared ("DHL or FedEx, which is cheaper?"). Folded text.

const CARRIERS = [
  String.raw`\b(dhl|fedex|ups|tnt|aramex|ems|sf express|jne|j&t|jnt|sicepat|tiki|ninja xpress|yurtici|aras kargo|mng kargo|ptt kargo|dpd|gls|inpost|postnl|chronopost|colissimo|seur|correos|mrw|brt|bartolini|ctt|correios|jadlog|sedex|viettel post|ghn|ghtk|vnpost|smsa|naqel|zajil|maersk|msc|cma cgm|cosco|hapag|evergreen|yang ming)\b`,
  String.raw`(сдэк|cdek|почт\S* росси\S*|деловые линии|пэк|дхл|федекс|顺丰|順豐|中通|圆通|申通|韵达|京东物流|德邦|联邦快递|聯邦快遞|ヤマト|佐川|西濃|日本郵便|フェデックス|대한통운|한진택배|로젠|우체국|롯데택배|페덱스|디에이치엘)`,
].join('|');
const CARRIER = new RegExp(CARRIERS, 'gu');
// a change said: "instead", "from now on", "no more", "lagi", "artık", "вместо", "改走", "말고", "代わりに", "بدل"
const CHANGE = /\b(instead|rather than|switch\w*|change to|from now on|no more|any ?more|not \w+ but|statt|anstatt|stattdessen|ab jetzt|ab sofort|nicht mehr|au lieu|plutot|desormais|a partir de maintenant|en vez|en lugar|a partir de ahora|ya no|em vez|a partir de agora|nao mais|invece|d'ora in poi|non piu|zamiast|od teraz|juz nie|in plaats van|voortaan|niet meer|yerine|artik|bundan sonra|lagi|mulai sekarang|ganti|thay vi|doi sang|tu nay|khong dung)\b|вместо|больше не|отныне|теперь|改走|改用|改成|换成|換成|不要再?走|别再?走|別再?走|以后|以後|代わりに|ではなく|じゃなく|に変更|から変更|말고|대신|앞으로|바꿔|بدل|بدال|من الان|ما عاد/;
const CUE = cueTest(/dhl|fedex|ups|tnt|aramex|ems|sf express|jne|j&t|jnt|sicepat|tiki|ninja|yurtici|aras|mng|ptt|dpd|gls|inpost|postnl|chronopost|colissimo|seur|correos|mrw|brt|bartolini|ctt|correios|jadlog|sedex|viettel|ghn|ghtk|vnpost|smsa|naqel|zajil|maersk|msc|cma|cosco|hapag|evergreen|yang ming|сдэк|cdek|почт|деловые|пэк|дхл|федекс|顺丰|順豐|中通|圆通|申通|韵达|京东|德邦|联邦|聯邦|ヤマト|佐川|西濃|日本郵便|フェデックス|대한통운|한진|로젠|우체국|롯데|페덱스|디에이치엘/);

/** The span from the first carrier named to the last, when two different carriers are named and a change is said. */
function switchSpan(folded: string): [number, number] | null {
  if (folded.length > 400 || !CUE(folded)) return null;
  const found = [...folded.matchAll(CARRIER)];
  if (new Set(found.map((m) => m[0])).size < 2 || !CHANGE.test(folded)) return null;
  const first = found[0], last = found[found.length - 1];
  return [first.index, last.index + last[0].length];
}

/** Whether the folded text sets one carrier aside for another (a shipping instruction). */
export function switchesTheCarrier(folded: string): boolean {
  return switchSpan(folded) !== null;
}

/** The folded text with the carriers switched blanked (same length), for the model: a courier named asks no sample. */
export function maskCarrierSwitch(folded: string): string {
  const span = switchSpan(folded);
  return span ? folded.slice(0, span[0]) + ' '.repeat(span[1] - span[0]) + folded.slice(span[1]) : folded;
}
