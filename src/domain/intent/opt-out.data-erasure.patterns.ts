// Opt-outs written as a privacy-law request (GDPR / RGPD / DSGVO / AVG / RODO / LGPD / KVKK / 152-ФЗ / PDPA):
// erase my personal data, I object to its processing, cease all commercial communication. Lawyers' nouns rather than
// a chat's verbs ("la supresión de mis datos", "l'effacement de mes données", "Löschung meiner Daten"), so the lines
// of opt-out.patterns.ts, which look for "stop sending" and "remove me", miss them; ignoring one is a fine, not a lost
// lead. Every line names the buyer's own data ("my", "personal") or commercial contact: "delete the old price list"
// and "remove the data plate" cannot match. Folded text (no accents; Cyrillic й → и).

import type { LanguageCode } from '../language/languages';

const EN_ERASE = String.raw`(eras\w*|delet\w*|remov\w*|wip\w*|purg\w*|destr\w*)`;

export const DATA_ERASURE_OPT_OUT_BY_LANGUAGE: Record<LanguageCode, RegExp[]> = {
  en: [
    new RegExp(String.raw`\b${EN_ERASE} (of )?(all )?((my|our|the) )?personal (data|information|info|details)\b|\b${EN_ERASE} (of )?(all )?(the )?(personal )?(data|information|info) (you|that you|which you) (hold|have|keep|store|process)\b`),
    /\b(revoke|revoking|withdraw|withdrawing) (my|our|the|all|any) consent\b/,
    /\b(object|objection) to (the )?(processing|use) of (my|our) (personal )?(data|information)\b|\bright (to erasure|to be forgotten|to object)\b|\bwithdraw (my|our) consent\b/,
  ],
  zh: [
    /(删除|刪除|清除|销毁|銷毀|注销|註銷)(我|我们|我們)?(的)?(全部|所有)?(个人|個人)(信息|数据|资料|資料|資訊|數據)/,
  ],
  es: [
    /\b(supresion|eliminacion|borrado|cancelacion|destruccion) (de )?(todos )?(mis|nuestros) datos\b|\b(suprim|elimin|borr|cancel)\w* (todos )?(mis|nuestros) datos personales\b/,
    // consent withdrawn: "revoco mi consentimiento", "retiro el consentimiento para el tratamiento"
    /\b(revoco|revocamos|retiro|retiramos) (mi |nuestro |el )?consentimiento\b|\b(revocacion|retirada) (de|del) (mi |nuestro )?consentimiento\b/,
    /\b(oposicion|me opongo|nos oponemos) al tratamiento\b|\b(el )?cese de (toda|todo|cualquier|las|los) (comunicacion|comunicaciones|contacto|envio|envios|publicidad|mensajes)\b/,
  ],
  pt: [
    /\b(exclusao|eliminacao|apagamento|remocao|supressao) (de |dos |do )?(todos os )?(meus|nossos) dados\b|\b(exclu|elimin|apag|remov)\w* (todos )?(os )?(meus|nossos) dados pessoais\b/,
    /\b(revogo|revogamos|retiro|retiramos) (o |o meu |meu |nosso |o nosso )?consentimento\b|\b(revogacao|retirada) (do|de) (meu |nosso )?consentimento\b/,
    // "solicitamos que cessem o envio de propostas comerciais"
    /\b(cessem|cesse|cessar|parem|suspendam|interrompam) (o |os |todo o |todos os |qualquer )?envios? de (propostas|ofertas|mensage\w*|e-?mails|publicidade|promoc\w*|comunicac\w*|newsletters?|informac\w*|material (comercial|publicitario)|cotac\w*)\b/,
    /\b(cessem|cesse|cessar|cessacao de) (todo|toda|qualquer|os|as) (contato|contacto|comunicac\w*|envio\w*|mensage\w*|publicidade)\b|\b(oposicao|me oponho) ao tratamento\b/,
  ],
  fr: [
    /\b(effacement|suppression|destruction) (de )?(toutes )?(mes|nos) (donnees|coordonnees)\b|\b(effac|supprim|detrui)\w* (toutes )?(mes|nos) donnees\b|\bdroit (a l'effacement|d'opposition|a l'oubli)\b/,
    /\b(retire|retirons|revoque|revoquons) (mon|notre|le) consentement\b|\bretrait de (mon|notre) consentement\b/,
    /\bcessation (de|immediate de) (toute|tout|toutes|tous) (sollicitation|communication|prospection|envoi|contact|relance)\w*/,
  ],
  de: [
    /\b(widerrufe|widerrufen) (ich |wir )?(hiermit )?(meine|unsere|die|jede|jegliche) (erteilte |gegebene )?(einwilligung|zustimmung|einverstandniserklarung)\b|\bwiderruf (meiner|unserer|der) (einwilligung|zustimmung)\b/,
    /\bloschung (meiner|unserer) (handynummer|telefonnummer|nummer|kontaktdaten|e-?mail-?adresse)\b|(?=.*\b(dsgvo|tkg|uwg)\b).*\b(loschung|loschen)\b/,
    /\bloschung (meiner|unserer|der) (personenbezogenen |personlichen )?daten\b|\bwidersprech\w* .{0,30}\b(verarbeitung|nutzung|verwendung) (meiner|unserer) (personenbezogenen )?daten\b|\bwiderspreche (ich )?(der|jeder) (verarbeitung|nutzung|verwendung)\b/,
  ],
  it: [
    /\b(cancellat|rimoss|eliminat)\w* .{0,60}\b(dal|dai|dalla|dalle) (vostro|vostri|vostra|vostre|suo) (database|archivi\w*|elenc\w*|sistem\w*|rubrica|lista|liste)\b/,
    /\b(cancellazione|eliminazione|rimozione|distruzione) (di |dei |de )?(tutti i )?(miei|nostri) dati\b|\b(cancell|elimin|rimuov)\w* (tutti )?i (miei|nostri) dati personali\b/,
    /\b(revoco|revochiamo|ritiro|ritiriamo) (il |ogni |qualsiasi )?(mio |nostro )?consenso\b|\brevoca (del|di ogni|di qualsiasi) (mio |nostro )?consenso\b/,
    /\bcessazione di (ogni|qualsiasi|qualunque|tutte le) (comunicazion|contatt|invi|sollecitazion)\w*|\bmi oppongo al trattamento\b/,
  ],
  nl: [
    /\b(trek|trekken) (ik |wij |we )?(hierbij )?(mijn|onze|de) (toestemming|instemming)\b.{0,80}\bin\s*([.!,]|$)|\b(intrekken|intrekking) van (mijn|onze) (toestemming|instemming)\b|\b(mijn|onze) (toestemming|instemming) (in ?te ?trekken|intrekken)\b/,
    /\bbezwaar tegen (het )?(gebruik|verwerking) van (mijn|onze) (persoons)?gegevens\b|\b(verwijdering|verwijderen|wissen|wissing) (van )?(al )?(mijn|onze) (persoons)?gegevens\b|\b(mijn|onze) (persoons)?gegevens (te )?(verwijderen|wissen)\b/,
  ],
  pl: [
    /\b(cofam|cofamy|wycofuje|wycofujemy|odwoluje|odwolujemy) (moja |nasza |swoja |wszelkie |wszelka )?zgod[ayeo]\b|\b(cofniecie|cofniecia|wycofanie|wycofania|odwolanie) (mojej |naszej |wszelkich )?zgod\w*/,
    /(?=.*\brodo\b).*\b(usuniecie|usuniecia|usunac|usuncie)\b/,
    /\b(usuniecia|usuniecie|usunac) (wszystkich )?(moich|naszych) danych\b|\bsprzeciw\w* .{0,30}przetwarzani\w* (moich|naszych) danych\b/,
  ],
  tr: [
    /(?=.*\bkvkk\b).*\b(silin|siliniz|silinmesini|imha)\b/,
    /\b(onayimi|onayimizi|rizami|rizamizi|iznimi|iznimizi) geri (aliyorum|aliyoruz|cekiyorum|cekiyoruz)\b/,
    /\b(kisisel )?verileri(min|mizin)\b.{0,20}\b(silin\w*|imha\w*|yok edil\w*)|\b(ileti|mesaj|e-?posta|sms|reklam)\w* (gonderilmemesini|gonderilmemesi|atilmamasini|gonderilmesini istemiyorum)\b/,
  ],
  ru: [
    /(мои|наши) (персональные )?данные.{0,60}(удалить|удалите|удаления)|(?=.*(152-фз|персональн)).*(удалит|удален)/,
    /отзыва\S* (мое|свое|наше|ваше)? ?согласи|отзыв (моего|своего|нашего) согласи/,
    /(прекрат\S*|прекращени\S*) обработк\S* (моих |наших )?(персональных )?данных|(удал\S*|уничтож\S*) (все )?(мои|наши|моих|наших) (персональн\S* )?данн|направлени\S* (мне|нам) (рекламн\S*|сообщени\S*|рассыл\S*)/,
  ],
  ar: [
    /(حذف|مسح|ازالة|اتلاف) (جميع |كل )?(بياناتي|بياناتنا|معلوماتي|معلوماتنا)|(بياناتي|بياناتنا|معلوماتي) الشخصية/,
  ],
  id: [
    /\bdata (pribadi )?(saya|kami|sy)\b.{0,15}\b(dihapus|hapus|dimusnahkan)\b|\b(hapus|menghapus|penghapusan)\w* (semua )?data (pribadi )?(saya|kami|sy)\b|\b(tidak|tdk|tak) (lagi|mau lagi|ingin lagi) (dikirimi|dikirim|menerima|dihubungi)\b/,
  ],
  vi: [
    /\bxoa (toan bo |het )?(du lieu|thong tin) (ca nhan )?(cua )?(toi|chung toi|minh)\b|\b(du lieu|thong tin) ca nhan (cua )?(toi|chung toi)\b.{0,20}\bxoa\b/,
  ],
  ja: [
    /個人情報.{0,8}(削除|消去|抹消|利用停止|破棄)/,
  ],
  ko: [
    /개인\s*정보.{0,8}(삭제|파기|처리\s*정지)/,
  ],
};
