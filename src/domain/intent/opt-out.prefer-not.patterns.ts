// Opt-outs said as a wish not to receive, the polite register of a buyer who declines without "stop": "preferiríamos
// no recibir más ofertas", "preferimos não receber novas propostas", "wolelibyśmy nie otrzymywać kolejnych ofert",
// "мы бы предпочли не получать новые предложения", "yeni teklif almamayı tercih ederiz", "wij wensen geen verdere
// berichten te ontvangen", "je ne veux plus rien recevoir de votre part". The lexicon's veto reads "receive" as "I did
// not receive your message", so the lexicon cannot pair these. Every line names what is not to be received as
// correspondence (offers, proposals, messages, newsletters) or says "no more / nothing more": "we prefer not to receive
// the goods before March" cannot match. Folded text (no accents; ł → l, ı → i, Cyrillic й → и).

import type { LanguageCode } from '../language/languages';

// What a letter declines to receive, by language (stems: "propost…", "ofert…").
const ES_WHAT = String.raw`(mas |nuevas |otras |ninguna |ningun |sus |su |futuras )*(ofertas|propuestas|mensajes|correos|comunicacion\w*|informacion|publicidad|promociones|cotizaciones|catalogos|novedades|boletin\w*|newsletters?)\b`;
const PT_WHAT = String.raw`(mais |novas |outras |nenhuma |quaisquer |suas |futuras )*(propostas|ofertas|mensage\w*|e-?mails|comunicac\w*|informac\w*|publicidade|promoc\w*|cotac\w*|catalogos|novidades|newsletters?)\b`;
const IT_WHAT = String.raw`(piu |altre |nuove |ulteriori |alcuna |alcun |vostre |future )*(offerte|proposte|messaggi|e-?mail|mail|comunicazion\w*|promozion\w*|newsletter|pubblicita|informazioni commerciali)\b`;
const FR_WHAT = String.raw`(de |d'|vos |vos nouvelles |nouvelles |autres )*(offres|propositions|messages|mails|e-?mails|courriels|communications|sollicitations|publicites?|promotions|newsletters?|catalogues)\b`;
const PL_WHAT = String.raw`(\w+ )?(ofert|wiadomosci|maili|e-maili|informacji|reklam|newslett\w*|propozycji|zadnych)\b`;

// Not this offer nor any other: "Ta oferta mnie nie interesuje i żadna kolejna też nie".
export const PREFER_NOT_OPT_OUT_BY_LANGUAGE: Record<LanguageCode, RegExp[]> = {
  en: [
    /\bnot interested\b.{0,40}\b(nor|or) (in )?any (other|future|further|more) (offers?|ones?|products?)\b/,
    /\b(would|'d) (rather|prefer to) not (receive|get|be sent) (any )?(more|further|new|other|your)? ?(offers|messages|emails|mails|proposals|quotes|promotions|newsletters?|marketing|communications?)\b/,
  ],
  zh: [],
  es: [
    /\bno (me|nos) interesa\w*.{0,40}\bni (ninguna|ningun|ninguno) (otra|otro|mas)\b/,
    new RegExp(String.raw`\b(preferiria|prefeririamos|preferimos|prefiero|preferiamos)( \w+){0,3} no (recibir|seguir recibiendo) ${ES_WHAT}`),
    new RegExp(String.raw`\bno (pretendo|pretendemos|necesitamos|necesito) (seguir |continuar )?(recibir|recibiendo) ${ES_WHAT}`),
  ],
  pt: [
    new RegExp(String.raw`\b(preferimos|prefiro|preferiamos|preferiria|prefeririamos)( \w+){0,3} nao (receber|continuar a receber|seguir recebendo) ${PT_WHAT}`),
    new RegExp(String.raw`\bnao (pretendo|pretendemos|desejo|desejamos|queremos|quero) (mais )?(continuar a |seguir )?(receber|recebendo) ${PT_WHAT}`),
  ],
  fr: [
    // "je ne veux plus rien recevoir", "nous préférons ne plus recevoir vos offres" ("pas" needs the correspondence named)
    /\bne (veux|voulons|souhaite|souhaitons|desire|desirons) (plus|plus rien|rien|jamais) (de vous )?recevoir\b|\b(prefere|preferons|prefererais|prefererions) ne (plus|plus rien|rien) recevoir\b/,
    new RegExp(String.raw`\b(ne (veux|voulons|souhaite|souhaitons|desire|desirons) pas|(prefere|preferons|prefererais|prefererions) ne pas) recevoir ${FR_WHAT}`),
  ],
  de: [
    /\binteressier\w* (mich|uns) nicht\b.{0,40}\b(und )?(auch )?(keine|kein) (weiteren|weiteres|anderen|anderes)\b/,
    /\b(mochten|mochte|wurden|wurde|wollen|will) (\w+ ){0,3}(keine|keinerlei) (weiteren |weitere |neuen |neue )?(werbe\w* |geschaftlichen |kommerziellen )?(angebote|nachrichten|mails|e-mails|newsletter|werbung|zusendungen|informationen|infos|produktinfos) (mehr )?(erhalten|bekommen|zugeschickt bekommen)\b/,
    /\b(mochten|mochte|wollen|will) (\w+ ){0,3}nichts (mehr )?(von (ihnen|euch) )?(erhalten|bekommen|horen)\b/,
  ],
  it: [
    new RegExp(String.raw`\b(preferirei|preferiremmo|preferiamo|preferisco)( \w+){0,4} non (ricevere|piu ricevere) ${IT_WHAT}`),
    new RegExp(String.raw`\bnon (desidero|desideriamo|intendo|intendiamo|vogliamo) (piu )?(ricevere|riceverne) ${IT_WHAT}`),
  ],
  nl: [
    /\b(wensen|wens|willen|wil|zouden|zou|liever) (\w+ ){0,3}(niets|niks) (\w+ ){0,3}meer (\w+ ){0,3}(te )?(ontvangen|krijgen)\b/,
    /\b(wensen|wens|willen|wil|zouden|zou|liever) (\w+ ){0,2}geen (verdere |nieuwe |andere )?(commerciele |zakelijke |promotionele )?(berichten|aanbiedingen|offertes|mails|e-mails|nieuwsbrieven|reclame|informatie|communicatie) (meer )?(te )?(ontvangen|krijgen)\b/,
    // the verb left out, "meer" said: "ik wil geen info meer", "we willen geen aanbiedingen meer"
    /\b(wil|willen|wensen|wens) geen (verdere |nieuwe )?(info|informatie|berichten|aanbiedingen|offertes|reclame|mails|e-?mails|whatsapps?|nieuwsbrie\w*|promoties?) meer\b/,
  ],
  pl: [
    /\bnie interesuje\b.{0,40}\b(zadna|zadne|zaden|zadnych) (kolejn|nastepn|inn)\w*/,
    new RegExp(String.raw`\b(wolelibysmy|wolalbym|wolalabym|wolimy|wole|prosimy|prosze) (juz |wiecej )?nie (otrzymywac|dostawac) ${PL_WHAT}`),
    new RegExp(String.raw`\bnie (chce|chcemy|zycze sobie|zyczymy sobie) (juz |wiecej )*(otrzymywac|dostawac) ${PL_WHAT}`),
  ],
  ru: [
    /предпоч\S*( \S+){0,2} не получать|(не хочу|не хотим|не желаю|не желаем)( \S+){0,2} (больше )?получать (\S+ ){0,2}(предложени|рассылк|сообщени|пис|реклам|спам)/,
  ],
  ar: [
    /(نفضل|افضل) عدم (استلام|تلقي|استقبال)|لا (نرغب|ارغب|نريد|اريد) (في )?(استلام|تلقي|استقبال) (اي |المزيد من )?(رسائل|عروض|نشرات|اعلانات)/,
  ],
  tr: [
    /\b(teklif|mesaj|ileti|e-?posta|mail|bulten|reklam|bilgi|kampanya)\w* (\w+ )?(almamayi tercih|almak istemiyor\w*|gondermemenizi rica)/,
  ],
  id: [
    /\b(mohon|tolong|harap) (tidak|jangan|tdk|jgn) (di)?kirim(kan|i)? (lagi|kembali)\b/,
  ],
  vi: [],
  ja: [],
  ko: [
    /(앞으로|이제|더 이상|더이상|다시는)\s*.{0,8}(문자|메시지|연락|안내|메일|카톡|광고)(은|는|도|를|을)?\s*안\s*(주셔도|보내셔도|하셔도|해\s*주셔도)/,
  ],
};
