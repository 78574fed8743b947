import { spanMask } from './blank-spans';

// Words of a complaint that complain of nothing: "no complaints, the customers loved it", and a message of ours the
// buyer missed ("I didn't get your email, send it on WhatsApp"): no goods went wrong. Blanked when complaints are read
// (tag-intents.ts).
const NOTHING_WRONG = new RegExp([
  // "no hace falta" is "no need", not "missing"
  String.raw`\bno (hace|hacen) falta\b|\bnao faz falta\b`,
  String.raw`\bno complaints?\b|\bnothing to complain( about)?\b|\bsin quejas\b|\bsem reclama\w*\b|\baucune (plainte|reclamation)\b|\bkeine (beschwerden|reklamation\w*)\b|\bnessun reclamo\b|\bgeen klachten\b|\bbez (reklamacji|zastrzezen)\b|\b(tidak ada|gak ada|ga ada) komplain\b|\bsikayet(imiz)? yok\b`,
  String.raw`\b(did ?n'?t|did not|have ?n'?t|haven'?t|not|never) (get|got|receive|received|see|seen) (your|ur|the|any|that) (e-?mail|mail|message|msg|letter|whatsapp|text)s?\b`,
  String.raw`\b(no (he |hemos )?recibid[oa]|no (me )?lleg[oó]) (su |tu |el |ningun )?(correo|mail|email|mensaje)\b|\bnao (recebi|recebemos|chegou) (o )?(seu |teu )?(e-?mail|mail|mensagem)\b`,
  String.raw`\b(je n'ai|nous n'avons|j'ai) (pas|jamais) (re[cç]u|vu) (votre|ton|le|ce) (mail|e-?mail|courriel|message)\b|\b(ihre|deine|die) (e-?mail|mail|nachricht) (habe ich |haben wir )?nicht (erhalten|bekommen)\b`,
  String.raw`\bnon (ho|abbiamo) ricevuto (la (vostra |tua )?(mail|email)|il (vostro |tuo )?messaggio)\b|\b(ik heb|we hebben) (uw|je|jullie) (mail|e-?mail|bericht) niet ontvangen\b`,
].join('|'), 'g');
const NOTHING_WRONG_OTHER = /(не получил\S*|не пришл\S*) (ваш\S* )?(письм\S*|сообщени\S*|почт\S*)|(没有|没)收到(你的|您的)?(邮件|信息|消息)|メール(を|が)(受け取って|届いて)(い)?ません|메일(을|이)\s*(못|안)\s*받/g;

const CUE = /falta|complain|queja|reclama|plainte|beschwerde|reklamac|nessun|klacht|komplain|sikayet|mail|message|msg|letter|whatsapp|text|correo|mensa|courriel|nachricht|messaggio|bericht|письм|сообщ|почт|邮件|信息|消息|メール|메일/;

/** The folded text with complaint words that complain of nothing blanked (same length), or the text itself. */
export const maskNothingWrong = spanMask(CUE, [NOTHING_WRONG, NOTHING_WRONG_OTHER]);
