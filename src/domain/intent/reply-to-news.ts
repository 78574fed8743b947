// A reply to what the rep just told the buyer, rather than asked: "again a delay?!" after the rep announces a delay is a
// complaint; "on 1688 the same is 3.9" after our price names a cheaper source to get our price down (our labels:
// competitor_mention and discount_request). Neither reply says so in words of its own. What is inferred is set at
// CONTEXT_CONFIDENCE (emitted, not acted on). All regexes read folded text (clean-text.ts `fold`).
import { fold } from '../language/clean-text';
import { CONTEXT_CONFIDENCE, EMIT_THRESHOLD } from './confidence';
import type { Intent } from './intents';

// The rep announces a delay (any of our sixteen languages).
const DELAY_NEWS = /\b(delay\w*|postpone\w*|pushed back|running late|retras\w*|atras\w*|retard\w*|verzog\w*|verspat\w*|verschob\w*|ritard\w*|slitt\w*|rinvi\w*|opozni\w*|przesuni\w*|uitgesteld|vertraag\w*|vertraging|mundur|terlambat|tertunda|lui (them|lai)|cham tre|bi cham|gecik\w*|ertele\w*)\b|задерж|перенес|перенос|отлож|遅れ|延期|延迟|推迟|延后|늦어|지연|연기|تأخير|تأخر|تاخير|تأجيل|تاجيل/;
// The buyer's exasperation at it happening again.
const AGAIN = /\b(again|another delay|once more|yet another|znowu|ponownie|lagi|lai|alweer|weer|encore|otra vez|de nuevo|de novo|outra vez|wieder|yine|gene|ancora|di nuovo|(second|third|2nd|3rd|fourth) time|ketiga|lan thu|troisieme fois|tercera vez|terceira vez|dritte mal|derde keer|terza volta|trzeci raz|ucuncu)\b|опять|снова|третий раз|また|又|再次|또|세 번째|回目|مرة ثانية|تاني|مجددا|المرة الثالثة|\?\s*!/;

// A price somewhere else: a marketplace or another factory, with a figure.
const ELSEWHERE = /\b(alibaba|alibabie|1688|aliexpress|taobao|made-in-china|dhgate|temu|amazon|another (factory|supplier)|other (factory|supplier)s?|factory in|otra fabrica|otro proveedor|outra fabrica|outro fornecedor|autre (usine|fournisseur)|andere[rn]? (fabrik|lieferant)|altra fabbrica|altro fornitore|inna fabryka|inny dostawca|pabrik lain|supplier lain|xuong khac|ben khac|baska (fabrika|tedarikci)|andere fabriek|andere leverancier)\b|علي بابا|アリババ|알리바바|淘宝|拼多多|别家|其他工厂|другой (фабрик|поставщик)|на 1688|на алибаб/;
const FIGURE = /\d/;
// What our price looks like in the rep's message: a figure with a currency or a unit price word.
const OUR_PRICE = /(usd|us\$|\$|eur|€|rmb|cny|¥|yuan|元|dolar|долл|دولار|달러|ドル)\s*\d|\d\s*(usd|eur|rmb|\$|€|元|yuan|dolar|долл|دولار|달러|ドル)|\b(price|precio|preco|prix|preis|prezzo|cena|harga|gia|fiyat|prijs)\w*\b.{0,30}\d|цена.{0,30}\d|价格.{0,20}\d|سعر.{0,30}\d|가격.{0,30}\d|価格.{0,30}\d/;

const MAX_REP_CHARS = 2000;

/** Changes `scores` (the reply's own) in place for a reply to the rep's news (`rep`: the rep's last message). */
export function readReplyToNews(scores: Map<Intent, number>, reply: string, rep: string): void {
  const folded = fold(reply);
  const repFolded = fold(rep.length > MAX_REP_CHARS ? rep.slice(-MAX_REP_CHARS) : rep);
  const raise = (intent: Intent) => scores.set(intent, Math.max(scores.get(intent) ?? 0, CONTEXT_CONFIDENCE));
  if (DELAY_NEWS.test(repFolded) && AGAIN.test(folded)) raise('complaint');
  const namesCompetitor = (scores.get('competitor_mention') ?? 0) >= EMIT_THRESHOLD || ELSEWHERE.test(folded);
  if (namesCompetitor && FIGURE.test(folded) && OUR_PRICE.test(repFolded)) {
    raise('competitor_mention');
    raise('discount_request');
    // the figure is theirs, not a question on ours
    scores.delete('price_inquiry');
  }
}
