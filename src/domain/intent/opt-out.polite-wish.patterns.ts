import type { LanguageCode } from '../language/languages';

// Opt-outs said as a polite wish, with no stop word the other lines pair: "今後のご案内メールは送らないでいただけますでしょうか",
// "営業メールの送付はご遠慮ください", "Mohon tidak mengirimkan email penawaran lagi", "Mag ik van jullie lijst af?",
// "Hou maar op met mailen". Each line names correspondence (mails, offers, our list) as what should stop, so "サンプルは
// 送らないで", "Jangan kirim lagi pakai kardus tipis" or "stop met sturen naar Rotterdam" cannot match. Run with the
// indirect lines in the message's language (opt-out.ts). Folded text.
const JA_MAIL = String.raw`(メール|メルマガ|ご案内|案内|DM|ダイレクトメール|営業|宣伝|広告|販促|ニュースレター|情報)`;
const ID_MAIL = String.raw`(email|e-mail|imel|pesan|penawaran|promo\w*|iklan|brosur|info\w*|newsletter|broadcast|bc)`;

export const POLITE_WISH_OPT_OUT_BY_LANGUAGE: Partial<Record<LanguageCode, RegExp[]>> = {
  ja: [
    new RegExp(String.raw`${JA_MAIL}(の)?(メール|ご案内|ご連絡|連絡)?(は|を|も)?(今後|もう|これ以上)?(送らないで|送信しないで|配信しないで|送付しないで|お送りいただかなくて)`),
    new RegExp(String.raw`${JA_MAIL}(の)?(メール|ご案内|ご連絡|連絡|電話)?(の)?(送付|送信|配信|ご連絡|連絡)?(は|を)(ご遠慮|遠慮)(ください|下さい|願います|願いたく|いただけ|頂け|願え)`),
  ],
  id: [
    new RegExp(String.raw`\b(mohon|tolong|harap|tlg|sebaiknya) (untuk )?(tidak|jangan|tdk|gak usah|ga usah|tidak usah|tidak perlu) (lagi )?(mengirim|mengirimkan|kirim|kirimi|kirimin|mengirimi)( \w+){0,2} ${ID_MAIL}\b( \w+){0,2} lagi\b`),
  ],
  nl: [
    /\b(van|uit) (jullie|uw|je|de) (mailing ?|verzend|adres)?lijst (af|halen|gehaald|verwijderen|verwijderd|schrappen)\b/,
    /\b(hou|houd|houden|stop|stopt|stoppen) (jullie |u )?(nu |maar |eens |toch |alsjeblieft |aub )*(ermee |er )?(op )?met (mailen|e-?mailen|mailtjes sturen|spammen|appen|berichtjes sturen)\b(?! (naar|via|per|op|aan|in)\b)/,
  ],
};
