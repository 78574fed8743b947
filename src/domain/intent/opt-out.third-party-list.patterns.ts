// Look-alikes of an opt-out whose "unsubscribe", "remove me" or "stop sending" is about something other than our
// messages to the buyer, found in the opt-out DEV set: a carrier's notifications ("Wie kann ich die
// DHL-Benachrichtigungen abbestellen?"), an account on a portal ("cancellarmi dal vostro portale B2B"), a meeting or its
// list of attendees ("Usuńcie mnie z listy uczestników spotkania", "afmelden voor het fabrieksbezoek"), a copy or a
// power of attorney ("Beni maillerde CC'den çıkarın", "aus der Zollvollmacht austragen"), a colleague taking over
// ("Beni gruptan çıkarın, Burak'ı ekleyin"), an old delivery address, goods, photos, documents or reminders no longer to
// be sent ("Deja de mandarme fotos de otros modelos", "Nie przysyłajcie mi już próbek"), a channel or a place swapped
// for a better one ("No nos llamen por teléfono, mejor todo por escrito", "В WeChat мне не звоните, только Telegram"),
// a purpose ("no me escribas para cobrarme"). The conversation goes on. A message that also says spam, never, block,
// or names our list or messages is left to the opt-out lines. Folded text (no accents; ł → l, ı → i).

const GUARD = String.raw`^(?!.*\b(spam\w*|never|nunca|jamais|nooit|nigdy|nie wieder|mai piu|block\w*|bloque\w*|blokir|engelle\w*|unsubscribe|newsletter\w*|nieuwsbrie\w*|mailing\w*|(your|su|vuestra|jullie|uw|ihre[mnr]?|votre|vostra|waszej|sizin) (list|lista|lijst|liste|listy|listesi)|any ?more|no more|ya no|mas\b|mais\b|mehr\b|meer\b|wiecej|artik|bir daha|lagi)\b)(?!.*(больше|спам|никогда|拉黑|再))`;

// (the same, "unsubscribe" allowed: the carrier named says whose list it is)
const CARRIER_GUARD = GUARD.replace('|unsubscribe|', '|');

// (the same, "anymore" allowed: "the project is his now")
const THING_GUARD = GUARD.replace(String.raw`|any ?more|no more|ya no|mas\b|mais\b|mehr\b|meer\b|wiecej|artik|bir daha|lagi`, '');

// (and for goods, photos or documents stopped, neither messages, writing, "not interested" nor "every day" beside it:
// "dejen de mandarme fotos de productos todos los dias, no me interesa" is the buyer who has had enough)
const GOODS_GUARD = String.raw`${THING_GUARD}(?!.*\b(messag\w*|messages?|mensaj\w*|mensage\w*|wiadomosc\w*|\w*nachrichten|berichten|mesaj\w*|e-?mails?|sms|scriv\w*|schreib\w*|write|pisa\w*|pisz\w*|escrib\w*|escrev\w*|ecri\w*)\b)(?!.*(interes|zainteres|ilgilen|todos los dias|todo dia|codziennie|every ?day|daily|ogni giorno|tous les jours|jeden tag|taglich|elke dag|dagelijks|her gun|moi ngay|setiap hari|каждый день|每天))`;

// Pictures or voice notes stopped are a look-alike only with another way or thing asked for: "Deja de mandarme fotos de
// otros modelos, solo quiero la cotización", "Não me manda áudio… Só texto" (said alone, "Arrêtez d'envoyer les photos",
// the buyer wants the promotion to end).
const PICTURES = String.raw`(fotos?|photos?|pictures?|imagenes|immagini|zdjec\w*|bilder|afbeeldingen|videos?|audios?|vocali)`;
const ANOTHER_ASKED = String.raw`(?=.*\b(solo|only|just|but|pero|ma|ale|aber|maar|tapi|ama|so|apenas|somente|seulement|nur|alleen|tylko|sadece|instead|en vez|en lugar|invece|zamiast|statt|stattdessen|plutot|quiero|want|need|necesito|preciso|wystarcz\w*|enough|mejor|better|melhor|meglio|lieber|text\w*|scrivi\w*|escrev\w*|escrib\w*|schreib\w*)\b)`;

// What is sent and may be stopped without the contact ending.
const GOODS = String.raw`(muestras?|amostras?|campion\w*|probek|probki|echantillons?|samples?|muster|numune\w*|containers?|contenedores|conteneurs?|kontener\w*|konteyner\w*|merce|mercancia\w*|mercadoria\w*|marchandises?|goods|ware|towar\w*|docs?|documents?|documentos|documenti|dokument\w*|facturas?|fatture|faktur\w*|invoices?|rechnung\w*|przypomnien\w*|reminders?|recordatorios?|lembretes?|rappels?|solleciti|herinneringen|erinnerungen|mahnungen|pallets?|paletes|piezas|pecas|pezzi|czesci|parts)`;
const DETERMINER = String.raw`(the|these|those|los|las|el|la|les|le|ces|o|a|os|as|i|gli|il|lo|l'|die|der|das|den|de|het|mi|me|nos|nous|mnie|nam|us|juz|mais|plus|more|mas|piu|wiecej)`;
const STOP_SENDING = String.raw`(dej(a|en|e|es) de|par(a|e|en|em) de|deix(a|e|em) de|smett\w* di|przesta\w*|stop|quit|arret\w* d'|cess\w* d')\s?(mandar\w*|enviar\w*|inviar\w*|spedir\w*|wysylac|przysylac|przesylac|sending|send|envoyer|m'envoyer|nous envoyer)`;
const DONT_SEND = String.raw`(n'|(nie|no|nao|non|ne) )(me |mi |nos |nam )?(przysylajcie|wysylajcie|przesylajcie|envien|envie|envia|mandem|mande|manda|enviem|manden|mandes|envoyez|mandate|inviate)|nao quero mais|no quiero mas|ne veux plus|non voglio piu|nie chce juz`;
const CARRIER = String.raw`(dhl|postnl|ups|fedex|dpd|gls|tnt|hermes|inpost|chronopost|colissimo|correos|ctt|brt|sda|yurtici|aras|mng|ptt|jne|sicepat)`;

export const THIRD_PARTY_LIST_NOT_AN_OPT_OUT: RegExp[] = [
  // a carrier's notifications (unsubscribed from too: "unsubscribe me from the DHL notifications")
  new RegExp(String.raw`${CARRIER_GUARD}(?=.*\b${CARRIER}\b).*\b(\w*benachrichtigung\w*|\w*meldingen|notifications?|notificacion\w*|notifiche|powiadomie\w*|bildirim\w*|thong bao)\b`),
  // the unsubscribe button of the website, asked about: "The unsubscribe button doesn't work on your website?"
  /\b(unsubscribe|opt-?out|baja|afmeld\w*|abmeld\w*|desinscri\w*|disiscri\w*|wypis\w*|descadastr\w*)\b.{0,60}\b(website|site|web|sitio|pagina|portal|portale|app|webseite|strona|stronie|witryn\w*)\b[^.!]*\?\s*$/,
  // an account on a portal or a shop
  new RegExp(String.raw`${GUARD}.*\b(cancell\w*|rimuov\w*|elimin\w*|delete|remove|borr\w*|cancel\w*|afmeld\w*|abmeld\w*|uitschrijv\w*|desinscri\w*|usun\w*)( me| mi| mich| mij| mnie)? (dal|dalla|del|de la|from|van|von|vom|aus|du|de|z|ze) (vostro |vostra |your |the |su |jullie |uw |ihrem |ihrer |votre |waszego |waszej |tego )?(portale|portal|account|konto|cuenta|conta|compte|plataforma|piattaforma|platform|app|webshop|sito|website|serwisu)\b`),
  // a meeting, a visit, a fair, or its list of attendees
  new RegExp(String.raw`${GUARD}.*\b(list\w* (of |de |dei |der |van )?(uczestnikow|participants|attendees|teilnehmer|deelnemers|partecipanti|participantes|asistentes|invitados|gosci|obecnosci)|(teilnehmer|deelnemers|katilimci|gaste)list\w*|katilimci listesi\w*)\b`),
  new RegExp(String.raw`${GUARD}.*\b(afmelden|abmelden|uitschrijven|unsubscribe|cancel)\w* (me |mich |mij )?(voor|fur|von|from|for) (het|de|der|die|das|dem|den|the|this|our|ons|onze|unser\w*)? ?\w*(bezoek|besuch|visit|meeting|vergadering|besprechung|webinar|training|schulung|beurs|messe|fair|event|evenement|afspraak|termin|presentatie|presentation|rondleiding)\b`),
  new RegExp(String.raw`${THING_GUARD}.*\b(fur|voor|for|von|from) (die|den|das|dem|het|de|the)? ?\w*(bezoek|besuch|visit|meeting|vergadering|besprechung|webinar|training|schulung|beurs|messe|fair|event|evenement|afspraak|termin)\w* (\w+ )?(abgemeldet|afgemeld|uitgeschreven|unsubscribed)\b`),
  // a number or an address taken off a document: "Supprimez mon numéro de la facture", "usunąć ten numer z etykiety"
  new RegExp(String.raw`${THING_GUARD}.*\b(supprim|retir|effac|enlev|usun|remov|delet|borr|elimin|quit|togli|cancell|losch|entfern|verwijder|sil|apag|tir)\w* (\S+ ){0,3}(numer|number|numero|nummer|numara|adres|address|direccion|indirizzo|e-?mail|endereco)\w* (de la |du |des |from the |from |z |ze |van de |van het |aus der |von der |dalla |dal |de |da |do |della |del |sulla |sur la |on the )(factur|fattur|faktur|invoice|rechnung|etiquet|etichett|label|etykiet|bon de|commande|documen|dokument|devis|proforma|contrat|contract|umow|packing|carton|karton|caja|scatol|box|doos)`),
  // a copy or a power of attorney, not the contact
  new RegExp(String.raw`${THING_GUARD}.*(\b(remove|take|drop|quit\w*|saca\w*|tir\w*|retir\w*|togli\w*|rimuov\w*|entfern\w*|austrag\w*|nehm\w*|haal|verwijder\w*|usun\w*|cikar\w*|sil\w*)\b.{0,40}\b(cc|bcc|cc'den|kopii|zollvollmacht|vollmacht|power of attorney|volmacht|pelnomocnictw\w*|vekalet\w*)\b|\b(cc|bcc|cc'den|kopii|zollvollmacht|vollmacht)\b.{0,20}\b(cikar\w*|sil\w*|austrag\w*|entfern\w*|remove|usun\w*|quit\w*|saca\w*))`),
  // a colleague to be added instead: the buyer hands the contact on
  // (not "voeg me niet opnieuw toe": the buyer asked not to be added back)
  new RegExp(String.raw`${THING_GUARD}.*\b(remove|cikar\w*|usun\w*|saca\w*|quita\w*|tir(em|e|a)|entfernen|haal|togli\w*|rimuov\w*|retire\w*)\b.{0,60}(?<!\b(niet|not|don'?t|dont|nao|no|non|nie|ne|nicht|jangan|dung)( \w+){0,2} )\b(add|ekleyin|ekle|dodajcie|dodaj|agreguen|agrega|anadan|adicionem|adicione|ajoutez|aggiungete|aggiungi|hinzufugen|voeg|toevoegen|tambahkan|them)\b(?! (me|mij|mich|mnie|moi|us|ons|uns|beni|bizi)\b)`),
  // an old delivery or billing address
  new RegExp(String.raw`${GUARD}.*\b\w*(liefer|rechnungs|versand|delivery|shipping|billing|entrega|envio|consegna|spedizione|livraison|facturation|dostawy|wysylki|bezorg|aflever|teslimat|fatura)\w* ?(adresse|address|direccion|indirizzo|adres|endereco|adresi)\b`),
  // goods, photos, documents or reminders no longer to be sent, or sent elsewhere
  new RegExp(String.raw`${GOODS_GUARD}.*\b(${STOP_SENDING}|${DONT_SEND})( ${DETERMINER})*( (de |di |of ))?( \w+)? ${GOODS}\b`),
  new RegExp(String.raw`${GOODS_GUARD}${ANOTHER_ASKED}.*\b(${STOP_SENDING}|${DONT_SEND})( ${DETERMINER})*( (de |di |of ))?( \w+)? ${PICTURES}\b`),
  /\b(arret\w* d'envoyer|stop sending|dej\w* de (mandar|enviar)|para de mandar|aufhoren zu schicken) (vers|nach|naar)\b/,
  /\b(relancez|contactez|appelez|ecrivez a) plus (la |le |les |notre |nos )(compta\w*|service \w+|secretariat|equipe \w+|bureau)\b/,
  // a channel given up for a better one, or a purpose: "no me escribas para cobrarme"
  new RegExp(String.raw`${GUARD}.*\b(no (me |nos )?(llam|escrib|mand|envi)\w*|nao (me |nos )?(lig|escrev|mand)\w*|don'?t (call|text|write|message))\b.{0,60}\b(mejor|melhor|better|rather)\b`),
  /\b(jangan|don'?t|dont|nao|nie|non|no) (chat|wa|sms|text|escrev\w*|pisz\w*|pisac|scriv\w*|escrib\w*)\w*,? (telp|telpon|telepon|call|ligue|liga|zadzwon\w*|dzwon\w*|chiam\w*|llam\w*)\w* (aja|saja|just|only|directly|langsung|solo|apenas|tylko)\b/,
  // writing asked for on one channel, "not on" another: "Escribime al correo, no por WhatsApp", "Proszę pisać do mnie
  // na maila, nie na WhatsAppie"
  /\b(escrib\w*|escrev\w*|write|pisz\w*|pisac|scriv\w*|ecri\w*|schreib\w*)\b( \S+){0,4} (al |na |on |to |an |a |per |par |por |pelo |via |auf )?(correo|mail\w*|e-?mail\w*|whatsapp\w*|telegram|wechat|zalo)\w*,? (no|not|nie|non|pas|nao|nicht|niet) (por|on|na|su|sur|pelo|per|via|auf|op|po|w)\b/,
  // another channel said to be fine: "No need to call, email is fine"
  new RegExp(String.raw`${GUARD}.*\b(no need|no hace falta|nao precisa|pas besoin|nicht notig|non serve|niet nodig|nie trzeba)\b.{0,40}\b(e-?mail|mail|whatsapp|text|chat|correo|por escrito|schriftlich|par ecrit|per iscritto|wiadomosc\w*)\w* (is |are |esta |e |ist |va |jest |basta )?(fine|ok|okay|enough|better|bien|bene|gut|reicht|wystarczy|suffit|prima)\b`),
  // a new number to write to: "Da domani questo numero non lo uso più, scrivetemi al +39…"
  new RegExp(String.raw`${GUARD.replace('|mai piu', '')}.*\b(scrivetemi|scrivimi|escribanme|escribeme|escrevam-me|escreva-me|write (to )?me|text me|schreiben sie mir|schrijf me|piszcie do mnie|ecrivez-moi)\w* (al|at|an|op|na|sul|en el|au|on) (\+|\d|numero|nuovo|new|neue|nieuwe|nuevo|novo|nouveau|nowy)`),
  // a block undone: "hab Sie aus Versehen blockiert. Jetzt wieder entsperrt"
  /\b(aus versehen|by mistake|accidentally|por error|por engano|per errore|par erreur|przez pomylke|yanlislikla|per sbaglio)\b.{0,30}\b(blockiert|blocked|bloquead\w*|bloccat\w*|bloque\w*|zablokowal\w*|engelle\w*)|\b(entsperrt|unblocked|desbloquead\w*|sbloccat\w*|debloque\w*|odblokowal\w*)\b/,
  /(^|\s)(لا|ما) ?(تكتب|تتصل|ترسل|تبعت)\S*( لي| لنا)?.{0,30}(احسن|افضل|بدل)/,
  new RegExp(String.raw`${GUARD}.*\bno (me|nos) (escrib|llam|mand|envi|contact)\w* (para|pra) \w+(r|rme|rnos)\b|\bnao (me|nos) (escrev|lig|mand|envi)\w* (para|pra) \w+r\b`),
  /^(?!.*(больше|спам|никогда)).*(^|[^а-я])(в|во|на) \S+( \S+)? (мне |нам )?не (пишите|звоните|присылаите|шлите)(?![а-я]).{0,60}(только|пишите|звоните|есть|лучше|текстом|на русском|теперь|нов)|голосов\S* (\S+ )?не присылаи/,
];
