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
    /\bno (deseo|deseamos|queremos|quiero) (seguir |continuar )?(recibir|recibiendo) (mas |ninguna |ningun |nuevas |otras |sus |su )?(comunicacion|comunicaciones|correspondencia|informacion(?! (sobre|del|de la|de los|acerca)\b)|publicidad|ofertas|propuestas|mensajes|correos|boletin\w*|newsletters?)\b/,
    // a letter's "abstain from": "les rogamos que se abstengan de cualquier comunicación"
    /\babsten\w* de (cualquier |toda |todo |nuevas? |nuevos? |futuras? |futuros? |mas |otras? |enviar(nos|me|les)? )*(contacto|comunicacion\w*|envio\w*|mensajes?|correos?|ofertas?|propuestas?|llamadas?|publicidad|informacion comercial)\b/,
  ],
  pt: [
    /\bnao (desejo|desejamos|queremos) (continuar a |continuar )?receber (mais |nenhuma |novas |outras )?(comunicac\w*|correspondencia|informac\w* comercia\w*|publicidade|ofertas|propostas)\b/,
    /\babsten\w*( de)? (qualquer |todo |toda |novos? |novas? |futuros? |futuras? |enviar(-nos|-me)? )*(contato|contacto|comunicac\w*|envio\w*|mensage\w*|ofertas?|propostas?|ligac\w*|publicidade)\b/,
    /\babsten(ham|ha|hao|ham-se|ha-se|er-se)\w*( de)? (contatar|contactar|enviar|mandar|ligar|escrever|nos contatar|nos contactar|me contatar)/,
  ],
  fr: [
    /\b(vous )?abstenir de (tout|toute|tous|toutes|nous|me)? ?(nouve\w* |autre |futur\w* )?(envoi|contact|sollicitation|communication|relance|message|courriel|mail|appel|prospection|offre|nous (contacter|ecrire|solliciter|relancer|envoyer)|me (contacter|solliciter))\w*/,
    /\bne (souhaitons|souhaite|desirons|desire) (plus )?recevoir (aucune?|plus de|de) (communication|correspondance|sollicitation|offre|prospection|message)\w*/,
  ],
  de: [
    /\b(wunschen|mochten|wollen|wunsche|mochte) (keine|keinerlei) (weitere |weiteren )?(korrespondenz|kommunikation|zusendungen|kontaktaufnahme|werbung|angebote|nachrichten|anfragen)\b/,
    /\bunterlassen sie (bitte )?(kunftig |zukunftig |ab sofort |in zukunft )?(jegliche |weitere |alle )?(anfragen|kontakt\w*|zusendungen|nachrichten|werbung|anrufe|e-?mails|mails|angebote|anschreiben)\b/,
    // the separable "einstellen": "Bitte stellen Sie die Zusendung von Angeboten ein"
    /\b(stellen sie|stellt|stell) (bitte )?(ab sofort |kunftig |umgehend )?(die |jegliche |alle |ihre |jede )?(zusendung(en)?( von (angeboten|werbung|newslettern|informationen|nachrichten|e-?mails|mails|werbemails|prospekten))?|kontaktaufnahme\w*|kommunikation|korrespondenz|werbung|nachrichten|anrufe|e-?mails|mails|newsletter|werbemails|angebotsmails|werbeanrufe)( an (mich|uns|diese adresse|diese nummer))?( bitte)? ein\b/,
    // "wir legen keinen Wert auf weitere Kontaktaufnahme"
    /\b(legen|lege) (wir |ich )?keinen wert (mehr )?auf (weitere |weiteren |jegliche |ihre |eine )?(kontakt\w*|korrespondenz|zusendung\w*|nachrichten|angebote|anrufe|werbung|e-?mails|mails|kommunikation)\b/,
    /\b(bitte|ersuchen|bitten) (sie )?(wir sie )?(um )?(die )?einstellung (jeglicher|der|aller|ihrer) (kommunikation|korrespondenz|kontaktaufnahme|zusendungen|werbung)\b/,
  ],
  it: [
    /\bnon (desidero|desideriamo|vogliamo|voglio) (piu )?(continuare a )?ricevere (piu )?(ulteriore |ulteriori |altra |altre |alcuna |nessuna |vostre |vostri |le vostre |i vostri )?(corrispondenza|comunicazion\w*|offert\w*|propost\w*|pubblicita|messaggi|email|newsletter|aggiornamenti|informazioni(?! (su|sul|sulla|sui|sugli|del|della|dei|riguardo|circa)\b))\b/,
    // "vi invitiamo ad astenervi da ulteriori comunicazioni commerciali"
    /\basten\w* (dal|da|dai|dall'|dalle|dagli|dallo) ?(ulteriori |ogni |qualsiasi |qualunque |future |altre |altri |nuove |nuovi )*(comunicazion|contatt|invi|messagg|offert|propost|sollecitazion|email|mail|telefonat|chiamat|pubblicit)\w*/,
    /\bdiffid\w* (dal|dall'|a|ad) ?(inviar\w*|contattar\w*|scriver\w*|mandar\w*|chiamar\w*|utilizzar\w*)/,
  ],
  nl: [
    /\b(verzoeken|vragen) (wij )?(u|jullie) (om )?(alle |iedere |elke )?(verdere |toekomstige )?(communicatie|correspondentie|contact|berichtgeving|toezending\w*|mailings?) (te )?(staken|stoppen|beeindigen|stop te zetten|achterwege te laten)\b/,
    // "wij stellen geen prijs op verder contact", "gelieve zich te onthouden van verdere berichten"
    /\b(stellen|stel) (wij |we |ik )?(absoluut |echt )?geen prijs (meer )?op (verder|verdere|nog meer|enig|enige|uw|jullie|dit soort|deze|nieuwe|toekomstig|toekomstige)? ?(contact|berichten|mails|e-?mails|correspondentie|communicatie|aanbiedingen|benadering|telefoontjes|reclame|nieuwsbrie\w*|mailings?)\b/,
    /\bonthouden van (verder|verdere|ieder|iedere|elk|elke|alle|nieuwe|toekomstig|toekomstige)? ?(contact\w*|berichten|mails|e-?mails|correspondentie|communicatie|aanbiedingen|benadering\w*|telefoontjes|reclame|mailings?)\b/,
    /\b(wensen|wens|willen|wil) (geen|niet langer) (verdere |nieuwe )?(correspondentie|communicatie|berichten|mailings?|aanbiedingen|reclame|offertes|e-?mails|mails) (meer )?(van (u|jullie|uw bedrijf|jou|je) )?(meer )?(te )?(ontvangen|krijgen)\b/,
  ],
  pl: [
    /\bpowstrzyma\w* sie (od|z) (dalszego |dalszych |jakiegokolwiek |jakichkolwiek |wszelkiego |wszelkich )?(kontakt|wysyl|przesyl|pisan|dzwon|korespond|ofert|komunikac)\w*/,
    /\bnie (zyczymy|zycze) sobie (dalszej|dalszego|dalszych|zadnej|zadnego|zadnych) (korespondencji|kontaktu|wiadomosci|ofert|komunikacji)\b/,
  ],
  tr: [
    /\b(teklif|mesaj|ileti|e-?posta|mail|reklam|bulten|sms|tanitim)\w*( \w+){0,2} (gondermeyi|yollamayi|atmayi|gonderimini|gonderimi|iletmeyi) (durdurmanizi|kesmenizi|birakmanizi|sonlandirmanizi|durdurun|kesin|birakin)\b|\b(iletisim|temas|irtibat)\w*( \w+){0,2} (kacinmanizi|kacinilmasini)\b/,
    /\biletisim\w* (kesmenizi|sonlandirmanizi|durdurmanizi|kesilmesini)\b|\b(yazisma|mesaj|e-?posta|teklif)\w* (gondermeyi birakmanizi|gonderilmemesini|kesmenizi)\b/,
  ],
  ru: [
    // "просим прекратить направление коммерческих предложений в наш адрес", "воздержаться от дальнейших рассылок"
    /(прекрат\S*|прекращени\S*|перестаньте) (направлени\S*|направлять|отправк\S*|отправлять|присылать|рассылк\S*|рассылать) (\S+ )?(коммерческ\S* |рекламн\S* |ваших |любых )?(предложени|рассыл|сообщени|писем|письма|материал|информаци|спам)|воздерж\S* от (дальнеиш\S* |любых |каких-либо )?(контакт|рассыл|звонк|писем|сообщени|направлени|переписк|предложени)/,
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
