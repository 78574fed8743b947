// What kind of short reply a buyer's message is, before what it is about: a yes, a no, or a value ("air", "black",
// "TT", "500"). Only a reply this short can lean on the rep's message; a longer one says what it means itself.
// Grammar words only (yes / no / not yet and polite fillers); the topics come from the pattern tables.
// All regexes read folded text (clean-text.ts `fold`).

/** Longest reply read in the light of the rep's message: a choice, a yes, a one-line follow-up. */
export const SHORT_REPLY_CHARS = 60;
const SHORT_REPLY_WORDS = 8;

// A yes at the start, in our sixteen languages (folded); "ok" and "please" alone accept an offer too.
const YES = new RegExp(
  String.raw`^\s*(ok(ay)?|oke|oké|yes|yeah|yep|yup|sure|of course|please|pls|plz|go ahead|send (it|them|me|please)|si|claro|vale|dale|sim|quero|pode|oui|volontiers|avec plaisir|ja|gerne?|bitte|graag|да|давайте?|конечно|пожалуиста|evet|olur|tabii|lutfen|certo|volentieri|tak|chetnie|prosze|ya|iya|boleh|mau|co|vang|da|duoc|نعم|ايوه|ايوا|اي|ايه|اكيد|تمام|ياريت|好|要|可以|行|是的|需要|麻烦|请|はい|ええ|お願い|ぜひ|네|예|좋아요|부탁)(?=$|[\s,.!。！、，]|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])`,
  'u',
);

// A no, a "not yet", a "no need" at the start; "no problem" and "不错" are no refusal.
const NO = new RegExp(
  String.raw`^\s*(no|nope|nah|not|never|nein|nicht|noch nicht|non|pas|nao|ainda nao|todavia no|нет|не|пока нет|hayir|yok|henuz|hic|tidak|gak|nggak|enggak|belum|khong|chua|nie|jeszcze nie|nee|niet|nog niet|لا|بعد لا|لسه لا|مش|不用|不要|不需要|不了|没有|还没|暂时不|先不|いいえ|いえ|結構|まだ|大丈夫です|아니|아직|괜찮아요|됐어요)(?=$|[\s,.!。！、，]|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?!\s*(problem|problema|probleme|worries|issue)\b)`,
  'u',
);

/** `ok`: a bare "ok", which next to a thank-you only acknowledges ("ok thanks"); a `yes` with thanks still accepts. */
export type ReplyKind = 'yes' | 'ok' | 'no' | 'value';

/**
 * The kind of a short reply, or null when it is too long to lean on the rep's message, or carries nothing to read
 * (punctuation, emoji: "?" after "any update?" asks nothing about the update's topic).
 */
export function shortReplyKind(folded: string): ReplyKind | null {
  const text = folded.trim();
  if (text.length === 0 || text.length > SHORT_REPLY_CHARS || !/[\p{L}\p{N}]/u.test(text)) return null;
  if (text.split(/\s+/).length > SHORT_REPLY_WORDS) return null;
  if (NO.test(text)) return 'no';
  if (YES.test(text)) return /^\s*(ok(ay)?|oke|oké)(?![\p{L}])/u.test(text) ? 'ok' : 'yes';
  return 'value';
}
