import { spanMask } from './blank-spans';
import { CERT_MARKS } from './certification-marks';

// The buyer's own certificate, said to narrow the ask to something else ("We already have CE on our side, just need
// your best price", "CE haben wir schon selbst", "Сертификаты у нас свои, нужна только ваша лучшая цена", "认证我们这边已经
// 有了", "Don't worry about the certificate, we'll handle it locally"): no question on certification. Blanked for
// certification by the patterns (tag-intents.ts). "Do you have CE?" and "we need your CE" stay questions: the buyer
// must be the one who has it or sees to it. Folded text.
// (the marks: certification-marks.ts)
const CERT = String.raw`(${CERT_MARKS}|iso( ?\d+)?|sertifika\w*|sertifikat\w*|certifica\w*|certificat\w*|certificazion\w*|certificad\w*|certificaat\w*|certificering\w*|zertifikat\w*|certyfikat\w*|belge\w*|chung nhan|chung chi|the certificate|certificates|certs?)`;
const OWN = new RegExp([
  // the certificate first, then ours: "CE haben wir schon", "CE hebben we zelf al", "CE belgemiz zaten var"
  String.raw`\b${CERT}\b[^.?!\n,;]{0,25}\b(we (already )?(have|got|hold)|is ours|on our side|haben wir|hebben we|hebben wij|ce l'abbiamo|l'abbiamo|abbiamo gia|mamy|tenemos|temos|on l'a|nous l'avons|sudah (ada|punya|kami)|kami urus|sudah kami|zaten var|bizde var|(ben|phia) (em|minh|toi) co|co roi)\b`,
  // ours first, then the certificate: "we already have CE", "ya tenemos el certificado", "on a déjà le CE"
  String.raw`\b(we|i) (already )?(have|got|hold|own|handle|take care of|do)( (the|our|a|an|own))? (own )?${CERT}\b|\b(ya |nosotros )?tenemos (ya )?(el |la |los |las |nuestro |nuestros )?${CERT}\b|\b(ja |nos )?temos (ja )?(o |a |os |as |nosso |nossos )?${CERT}\b|\b(on a|nous avons) deja (le |la |les |nos |notre )?${CERT}\b|\b(wir haben|ich habe) (schon|bereits) (das |die |den |ein |eigene\w* )?${CERT}\b|\bmamy (juz |wlasne |swoje )?${CERT}\b`,
  String.raw`\b(don'?t|do not|no need to) worry about (the |your )?${CERT}\b|\bhandle (it|them|that) (locally|ourselves|on our side|ourself)\b`,
].join('|'), 'g');
const OWN_OTHER = /(сертификат\S*|ce|eac)( \S+)? у нас (свои|есть|уже есть)|у нас (уже )?(есть|свои) (\S+ )?сертификат\S*|(认证|認證|证书|證書|ce证书|ce认证)[^。？！?!，,]{0,8}(我们|我們)[^。？！?!，,]{0,6}(已经|已經)?有了|(認証|証明書|ce)(は|も)?(こちらで|弊社で|当社で)[^。？！?]{0,6}(取得済み|用意|持って|あります)|(인증|인증서)(은|는)?\s*(저희가|저희)\s*(이미\s*)?(갖고|가지고|있)|(الشهادات|الشهادة|شهادات)\s*(عندنا|لدينا|موجودة عندنا)/g;

const CUE = /have|got|hold|ours|our side|own|handle|haben|hebben|abbiamo|mamy|tenemos|temos|on a|avons|sudah|kami|zaten|bizde|co roi|em co|minh co|toi co|worry|у нас|我们|我們|こちら|弊社|当社|저희|عندنا|لدينا/;

/** The folded text with the buyer's own certificate blanked (same length), or the text itself. */
export const maskOwnCertificate = spanMask(CUE, [OWN, OWN_OTHER]);
