import { fold } from '../language/clean-text';
import { CONTEXT_CONFIDENCE } from './confidence';
import type { PatternKey } from './pattern-table';
import type { Intent } from './intents';
import { cueTest } from '../text/cue-test';

// A price asked by pointing at the rep's last message, with no price word of its own:
// - another item after a price given: "And the 30-litre one?" after "The 20-litre fryer is 210 USD", "那2吨的呢？",
//   "¿Y la de 10 toneladas?", "Peki 30 litrelik?", "그럼 2톤짜리는요?", "Còn loại 2 tấn thì sao?";
// - "both" to a choice of what to price: "Allebei graag" to "Zal ik de prijs voor een 20ft of een 40ft maken?",
//   "両方お願いします", "둘 다 뽑아주세요", "Báo cả hai luôn", "Dua-duanya dong".
// Read only when the reply is short and the tables read nothing in it (a greeting or a thank-you aside): what the model
// guessed from a few words ("E o de 30 litros?" read as a catalogue) gives way. Another item must be named as one ("the
// 30-litre one", "la de 10 toneladas", "2톤짜리", "loại 2 tấn", "2吨的"): "and for 3000?" or "and CIF Hamburg?" after a
// price re-quote the same item (a revision: requote.ts), "and when is it ready?" asks the time. Emitted at
// CONTEXT_CONFIDENCE: inferred, never acted on.

const MAX_REPLY_CHARS = 40;
// "and …?", "what about …?": the reply opens on an "and" (each language, folded) and asks
const AND_ANOTHER = /^[\s¿¡]*(and|what about|how about|y|e|et|und|en|a|i|и|а|ve|peki|dan|kalau|con|ta|وال|و|那|那么|還有|还有|그럼|그러면|それで|では|じゃ)(?=[\s,\d]|[\u4e00-\u9fff\uac00-\ud7af])/u;
const ASKS = /[?？]|呢|는요|은요|thi sao|sao$/u;
// another item named as one: "the … one", "la de", "quello da", "o de", "celui de", "die mit", "-lik", "짜리", "loại", "的"
const ITEM = /\b(one|ones|model|type|version|la de|el de|lo de|los de|las de|o de|a de|os de|as de|celui|celle|ceux|quello|quella|quelli|quelle|der mit|die mit|das mit|die van|het model|model\w*|tip\w*|\w+l[iı]k|loai|cai|con loai|та|тот|ту|модел\S*|вариант\S*)\b|짜리|모델|타입|款|型号|型號|的呢|的\s*[?？]|のは|タイプ|モデル/u;
// "both" (each language, folded), anywhere in the short reply ("Quotatemi tutti e due", "Báo cả hai luôn")
const BOTH = /(?:^|[\s,])(both|both of them|ambos|ambas|los dos|las dos|os dois|as duas|les deux|beide|beides|allebei|alle twee|entrambi|tutti e due|tutte e due|oba|obie|obydwa|ikisi de|her ikisi|ikisini de|dua-duanya|dua duanya|keduanya|ca hai|оба|обе|كلاهما|الاثنين|الاتنين|两个都|兩個都|都要|都报|都報|両方|둘 다|둘다)(?=$|[\s,.!。！]|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])/u;
// (the cue: a question mark, or a word for both)
const CUE = cueTest(/\?|？|呢|는요|은요|sao|both|ambos|ambas|los dos|las dos|os dois|as duas|les deux|beide|allebei|alle twee|entrambi|tutti e due|tutte e due|oba|obie|obydwa|ikisi|dua|keduanya|ca hai|оба|обе|كلاهما|الاثنين|الاتنين|两个都|兩個都|都要|都报|都報|両方|둘/);
// the rep's message gives a price: an amount with a currency
const PRICE_GIVEN = /(usd|us\$|\$|eur|€|rmb|cny|¥|£)\s*\d|\d\s*(usd|eur|rmb|cny|\$|€|£|dollars?|dolares|dolar|euros?|美金|美元|元|ドル|円|달러|원|долл\S*|руб\S*|دولار|ريال|درهم)/u;
// the rep's message asks what to price, with a choice ("a 20ft or a 40ft?")
const PRICE_WORD = /price|pricing|quote|prijs|offerte|prezzo|preventivo|quot|precio|cotiz|preco|orcamento|prix|devis|preis|angebot|cena|wycen|fiyat|teklif|harga|penawaran|hitung|gia|bao gia|цен|расчет|سعر|عرض|价|價|报价|報價|見積|価格|견적|가격|단가/u;
const CHOICE = /\b(or|o|ou|oder|of|lub|czy|veya|ya da|yoksa|atau|hay|hoac)\b|или|أو|او|还是|還是|か|아니면|이나|랑|중/u;

/**
 * Changes `scores` (the reply's own, blended) in place: a short reply pointing at the rep's last message (`last`) for
 * a price is a price inquiry. `ownKeys`: what the tables read in the reply.
 */
export function readPriceFollowUp(scores: Map<Intent, number>, reply: string, last: string, ownKeys: ReadonlyMap<PatternKey, number>): void {
  const text = fold(reply).trim();
  if (text.length === 0 || text.length > MAX_REPLY_CHARS || !CUE(text)) return;
  if ([...ownKeys.keys()].some((key) => key !== 'greeting' && key !== 'thanks')) return;
  const rep = fold(last.slice(-600));
  const another = AND_ANOTHER.test(text) && ASKS.test(text) && ITEM.test(text) && PRICE_GIVEN.test(rep);
  const both = !another && BOTH.test(text) && /[?？]/.test(rep) && PRICE_WORD.test(rep) && CHOICE.test(rep);
  if (!another && !both) return;
  // (the model's guess from a few words gives way; a greeting stays)
  for (const intent of [...scores.keys()]) if (intent !== 'greeting') scores.delete(intent);
  scores.set('price_inquiry', CONTEXT_CONFIDENCE);
}
