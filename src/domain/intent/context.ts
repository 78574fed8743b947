// What the conversation adds to a short message: "yes, go ahead" right after a quote is an order.
import { splitReplyBelowQuote } from './reply-below-quote';
import { fold } from '../language/clean-text';
import type { DetectedLanguage } from '../language/languages';
import type { Intent } from './intents';
import { CONTEXT_CONFIDENCE, QUOTED_FACTOR } from './confidence';
import { patternKeysOf } from './tag-intents';
import { readReplyToPrevious, readRepMessage } from './reply-to-previous';
import { requoteIncoterm } from './requote';
import { readReplyToNews } from './reply-to-news';
import { readPriceFollowUp } from './price-follow-up';
import { SHORT_REPLY_CHARS } from './short-reply';

// A short agreement in any of our languages (folded).
const AGREEMENT = /^\s*(ok(ay)?[ ,!.]*)?((yes|yeah|yep|yup|sure|agree|agreed|fine|approved|accepted|sounds good|looks good|all good|good|perfect|si|vale|dale|de acuerdo|perfecto|sim|fechado|pode ser|combinado|oui|d'accord|parfait|ca marche|ja|einverstanden|passt|prima|да|согласен|согласны|хорошо|подходит|evet|tamam|olur|anlastik|va bene|perfetto|d'accordo|tak|zgoda|pasuje|ya|setuju|oke|boleh|deal|vang|da|duoc|dong y|ja hoor|akkoord|prima|goed|نعم|موافق|تمام|اوكي|好的|好|可以|行|没问题|就这样|同意|成交|はい|了解|承知|お願いします|네|좋아요|좋습니다|알겠습니다)[ ,!.。！、，]*){0,3}(go ahead|proceed|go for it|start (production|it)|legen sie los|vas-y|procedan|proceda|procedi|podem seguir|zaczynajcie|начинаите|деиствуите|devam edin|lanjutkan|ga maar door|進めて|let'?s (go|do it|proceed)|please proceed|adelante|procedan|pode seguir|allez-y|machen sie|procedete|dzialajcie|lanjut|tien hanh|devam|ga je gang|就这么办|开始吧|进行吧|进行吧|お願いします|진행해 주세요|진행하세요)?[ ,!.。！、，]*$/;

// A message that carried an offer: a quote, a PI, or a price with a currency or Incoterm.
const carriesOffer = (message: string) => OFFER.test(fold(message.slice(0, 2000)));
const OFFER = /\b(quote|quotation|pi|proforma|offer|cotizacion|cotacao|devis|angebot|preventivo|oferta|wycena|penawaran|bao gia|teklif|offerte)\b|(报价|報價|形式发票|見積|견적|коммерческое предложение|عرض سعر)|(usd|us\$|\$|eur|€|rmb|cny|¥)\s*\d|\d\s*(usd|eur|rmb|\$)|\b(fob|cif|exw|cfr|ddp)\b/;

/** A reply that only agrees ("да", "sí dale", "ok go ahead"): what it agrees to is in the rep's last message. */
export function isBareAgreement(text: string): boolean {
  const folded = fold(text);
  // (every part of AGREEMENT is optional: an empty or punctuation-only reply agrees to nothing)
  return /[\p{L}]/u.test(folded) && AGREEMENT.test(folded);
}

/** Intents the previous message makes likely for a reply that says little on its own. */
export function contextIntents(text: string, previous: readonly string[] | undefined): Map<Intent, number> {
  const out = new Map<Intent, number>();
  const last = lastMessage(previous);
  if (last === undefined || text.length > 60) return out;
  if (isBareAgreement(text) && carriesOffer(last)) out.set('order_confirmation', CONTEXT_CONFIDENCE);
  return out;
}

/**
 * Reads the buyer's reply (`text`, its own words) in the light of the rep's last message, changing `scores` (the
 * reply's own) in place: an agreement after a quote is an order (contextIntents), a short answer or yes takes the topic
 * of the rep's question or offer (reply-to-previous.ts), a price asked by pointing (price-follow-up.ts), a reply to the
 * rep's news (a delay, our price) takes its meaning from it (reply-to-news.ts), another Incoterm asked for after a quote
 * is a revision of it (requote.ts).
 */
export function readInContext(scores: Map<Intent, number>, text: string, previous: readonly string[] | undefined, language: DetectedLanguage): void {
  const last = lastMessage(previous);
  if (last === undefined || text.length > SHORT_REPLY_CHARS) return;
  // A bare "yes" to anything but an offer says nothing of its own: what the model makes of its words ("はい、お願いします"
  // is mostly said to a PI) gives way to what the rep asked about, read below, or to nothing when the rep asked how
  // things stand. To an offer its words stand: "yes, go ahead" orders more surely than "yes".
  if (isBareAgreement(text) && !carriesOffer(last)) scores.clear();
  const agreed = contextIntents(text, previous);
  for (const [intent, c] of agreed) scores.set(intent, Math.max(scores.get(intent) ?? 0, c));
  requoteIncoterm(scores, text, last, language);
  readReplyToNews(scores, text, last);
  if (agreed.size) return;
  // "and the 30-litre one?" after a price, "both" to "a 20ft or a 40ft quote?" (price-follow-up.ts)
  const ownKeys = patternKeysOf(text, language);
  readPriceFollowUp(scores, text, last, ownKeys);
  const thanks = ownKeys.has('thanks');
  readReplyToPrevious(scores, text, thanks, readRepMessage(last, language));
}

// The rep's last message; `previous` comes from callers that may pass anything.
function lastMessage(previous: readonly string[] | undefined): string | undefined {
  if (!Array.isArray(previous) || previous.length === 0) return undefined;
  const last: unknown = previous[previous.length - 1];
  return typeof last === 'string' && last.trim() ? last : undefined;
}

// Where someone else's words start: a forwarded or quoted email, or a pasted chat line.
// (the forwarded-message rule of each mail client's language too: "-------- Message transféré --------")
const QUOTE_START = /^(>|-{2,}\s*(original message|forwarded message|mensaje original|mensagem original|message d'origine|ursprungliche nachricht|messaggio originale|message transf[eé]r[eé]|messaggio inoltrato|mensaje reenviado|mensagem encaminhada|weitergeleitete nachricht|doorgestuurd bericht|przekazana wiadomo\S*|iletilen (ileti|mesaj)|пересланное сообщение|pesan (yang )?diteruskan|转发的消息|轉寄的郵件|転送されたメッセージ|전달된 메시지)|(from|de|von|da|od|发件人|寄件者|差出人|보낸 사람|от)\s*[:：]|fw:|fwd:|转发[:：]|在.{0,40}写道[:：]|on .{5,80} wrote:)/im;

// Amounts with a currency: what a supplier's quote looks like (an Incoterm alone is asked about as often as quoted).
const PRICED = /(usd|us\$|\$|eur|€|rmb|cny|¥)\s*\d|\d\s*(usd|eur|rmb|\$|€)/;

/**
 * How much a quoted part counts when the buyer wrote nothing of their own that asks anything. A quoted offer (amounts
 * with a currency) is a supplier's words: scaled by {@link QUOTED_FACTOR}, below the emit threshold. A
 * quoted ask ("> need CE cert and price", a forwarded customer's complaint) is passed on for us to answer: it counts.
 */
export function quotedWeight(quoted: string): number {
  return PRICED.test(fold(quoted.slice(0, 2000))) ? QUOTED_FACTOR : 1;
}

/**
 * The buyer's own words and the quoted part. A forwarded quote without a word of the buyer's own is read
 * with its confidence scaled by {@link QUOTED_FACTOR}: the prices in it are ours, not an ask.
 */
export function splitQuoted(text: string): { own: string; quoted: string } {
  const m = QUOTE_START.exec(text);
  if (!m) return { own: text, quoted: '' };
  // a reply under "> " lines: the lines below are the buyer's own too (reply-below-quote.ts)
  if (m[0] === '>') return splitReplyBelowQuote(text, m.index);
  return { own: text.slice(0, m.index), quoted: text.slice(m.index) };
}

export { QUOTED_FACTOR };
