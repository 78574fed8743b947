// Opt-outs in the register of a company letter, whose verbs are not a chat's: "no deseamos recibir más
// comunicaciones", "wir wünschen keine weitere Korrespondenz", "wij verzoeken u alle verdere communicatie te staken",
// "vi diffido dall'inviare", "просим прекратить переписку", "iletişimi kesmenizi rica ederiz". A procurement office
// writes them once and expects them obeyed, so a miss is the costly kind. Every line names correspondence or
// commercial communication as what ends: "detengan el envío" (a shipment) and "stop the production" cannot match.
// Folded text (no accents; Cyrillic й → и).

import type { LanguageCode } from '../language/languages';

export const FORMAL_OPT_OUT_BY_LANGUAGE: Record<LanguageCode, RegExp[]> = {
  en: [
    /\b(ask|asking|request|requesting|urge) (you |that you )?not to (contact|email|e-mail|message|call|write to|approach|solicit) (us|me)\b|\bnot to send (us|me) (any )?(further |more |future )?(offers|messages|emails|mails|quotations?|quotes|catalog\w*|promotions?|marketing|newsletters?|information|solicitations?)\b/,
    /\b(prefer|rather|like|wish) not to (receive|get|be sent) (these|your|any|such|further|more|future)? ?(messages|emails|e-mails|mails|offers|texts|promotions?|newsletters?|marketing|communications?|solicitations?)\b/,
    /\b(don'?t|do not|dont|never|please don'?t) (include|add|put|keep) (me|us|my (number|email|address)|our (number|email|address)) (in|to|on) (any |your |future |more |further |the )*(mailings?|groups?|lists?|broadcasts?|campaigns?|newsletters?|distribution)\b/,
    /\b(discontinue|cease|halt) (sending|mailing|emailing|forwarding)( us| me)? (your |any |the )?(catalog\w*|brochures?|offers|quotes|quotations|messages|emails|mails|promotions?|newsletters?|marketing|information|info|updates|anything)\b/,
  ],
  zh: [],
  es: [
    /\bno (deseo|deseamos|queremos|quiero) (seguir )?recibir (mas |ninguna |nuevas |otras )?(comunicacion|comunicaciones|correspondencia|informacion comercial|publicidad|ofertas|propuestas)\b/,
  ],
  pt: [
    /\bnao (desejo|desejamos|queremos) (continuar a |continuar )?receber (mais |nenhuma |novas |outras )?(comunicac\w*|correspondencia|informac\w* comercia\w*|publicidade|ofertas|propostas)\b/,
    /\babsten(ham|ha|hao|ham-se|ha-se|er-se)\w*( de)? (contatar|contactar|enviar|mandar|ligar|escrever|nos contatar|nos contactar|me contatar)/,
  ],
  fr: [
    /\bne (souhaitons|souhaite|desirons|desire) (plus )?recevoir (aucune?|plus de|de) (communication|correspondance|sollicitation|offre|prospection|message)\w*/,
  ],
  de: [
    /\b(wunschen|mochten|wollen|wunsche|mochte) (keine|keinerlei) (weitere |weiteren )?(korrespondenz|kommunikation|zusendungen|kontaktaufnahme|werbung|angebote|nachrichten|anfragen)\b/,
    /\bunterlassen sie (bitte )?(kunftig |zukunftig |ab sofort |in zukunft )?(jegliche |weitere |alle )?(anfragen|kontakt\w*|zusendungen|nachrichten|werbung|anrufe|e-?mails|mails|angebote|anschreiben)\b/,
    /\b(bitte|ersuchen|bitten) (sie )?(wir sie )?(um )?(die )?einstellung (jeglicher|der|aller|ihrer) (kommunikation|korrespondenz|kontaktaufnahme|zusendungen|werbung)\b/,
  ],
  it: [
    /\bnon (desidero|desideriamo|vogliamo|voglio) (piu )?ricevere (ulteriore |ulteriori |altra |altre |alcuna |nessuna )?(corrispondenza|comunicazion\w*|offert\w*|propost\w*|pubblicita|messaggi|email)\b/,
    /\bdiffid\w* (dal|dall'|a|ad) ?(inviar\w*|contattar\w*|scriver\w*|mandar\w*|chiamar\w*|utilizzar\w*)/,
  ],
  nl: [
    /\b(verzoeken|vragen) (wij )?(u|jullie) (om )?(alle |iedere |elke )?(verdere |toekomstige )?(communicatie|correspondentie|contact|berichtgeving|toezending\w*|mailings?) (te )?(staken|stoppen|beeindigen|stop te zetten|achterwege te laten)\b/,
    /\b(wensen|wens|willen|wil) (geen|niet langer) (verdere |nieuwe )?(correspondentie|communicatie|berichten|mailings?|aanbiedingen|reclame|offertes) (meer )?(te )?(ontvangen|krijgen)\b/,
  ],
  pl: [
    /\bnie (zyczymy|zycze) sobie (dalszej|dalszego|dalszych|zadnej|zadnego|zadnych) (korespondencji|kontaktu|wiadomosci|ofert|komunikacji)\b/,
  ],
  tr: [
    /\biletisim\w* (kesmenizi|sonlandirmanizi|durdurmanizi|kesilmesini)\b|\b(yazisma|mesaj|e-?posta|teklif)\w* (gondermeyi birakmanizi|gonderilmemesini|kesmenizi)\b/,
  ],
  ru: [
    /(прекрат\S*|прекращени\S*) (любую |всю |всякую |дальнеишую |дальнеишие )?(переписк\S*|коммуникаци\S*|контакт\S*|рассылк\S*|общени\S*)/,
  ],
  ar: [
    /(لا نرغب|لا ارغب|لا نود|لا اود) (في )?(تلقي|استلام|استقبال) (اي )?(مراسلات|رسائل|عروض|اتصالات)/,
  ],
  id: [
    /\b(menghentikan|hentikan|berhenti) (semua |segala |seluruh )?(bentuk )?(komunikasi|korespondensi|pengiriman (pesan|penawaran|email|promosi))\b/,
    /\b(menolak|tolak) (untuk )?(menerima|dikirimi|dihubungi|mendapat) (promosi|pesan|penawaran|email|iklan|komunikasi|korespondensi)\b/,
    /\b(tidak|tdk) (ingin|mau|bersedia) (lagi )?(menerima|dikirimi|mendapat) (korespondensi|komunikasi|penawaran|email|pesan|promosi)\b/,
  ],
  vi: [],
  ja: [],
  ko: [],
};
