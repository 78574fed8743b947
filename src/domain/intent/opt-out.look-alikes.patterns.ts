// Look-alikes of an opt-out found by a third probe list (tests/domain/intent/opt-out.probes-third.test.ts): the buyer
// declines or stops one *thing* and the deal goes on. "No nos interesa este modelo, ¿tienen algo en inox?", "Kein
// Interesse an FOB, bitte CIF Hamburg", "Im Moment kein Bedarf, vielleicht im nächsten Quartal", "Deja de mandarme
// audios, mejor escribe", "Keine Werbung auf der Verpackung", "Non mandatemi più il listino vecchio, mi serve quello
// nuovo", "Nie kontaktujcie się bezpośrednio z naszym agentem, wszystko przeze mnie". Each line names the thing (a
// model, a term, a colour, a voice note, a flyer in the box, the old price list, an agent) and the ask that follows;
// a message that also says spam, never, unsubscribe or block is left to the opt-out lines. Folded text (lower case,
// no accents; ł → l, ı → i, Cyrillic й → и).

// Said beside a look-alike, these still end the contact.
export const OPT_OUT_WORDS = String.raw`spam\w*|unsub\w*|never|nunca|jamais|jamas|nooit|nie wieder|nigdy|mai piu|block\w*|bloque\w*|blocc\w*|blokuj\w*|blokkeer\w*|blockier\w*|engel\w*|gdpr|rgpd|dsgvo|rodo|avg|lgpd|kvkk|baja|abmeld\w*|afmeld\w*|disiscriv\w*|wypis\w*|uitschrijv\w*|desinscri\w*|descadastr\w*`;
/** The same in Cyrillic (no \b there). */
export const OPT_OUT_WORDS_CYRILLIC = String.raw`спам|заблок|отпис`;
const NO_OPT_OUT_WORD = String.raw`^(?!.*\b(${OPT_OUT_WORDS})\b)(?!.*(${OPT_OUT_WORDS_CYRILLIC}))`;

// A thing on offer, not the supplier: a model, a version, a colour, a price or a trade term, a size, a material.
const THING = String.raw`(model\w*|modell\w*|modelo\w*|modele\w*|modello|modelli|version\w*|versie\w*|wersj\w*|variant\w*|wariant\w*|ausfuhrung\w*|uitvoering\w*|colou?rs?|farbe\w*|kolor\w*|colore|colori|colores?|kleur\w*|cor|cores|couleurs?|price|precio|prezzo|preis\w*|cena|ceny|cene|prijs\w*|preco|prix|fob|cif|exw|ddp|dap|fca|cfr|size|talla|taglia|grosse|rozmiar\w*|maat|tamanho|taille|material\w*|materiaal|design|diseno|artikel\w*|articolo|articulo|artigo|item|typ|tipo|type|finish|acabado|finitura|[a-z]{1,3}-?\d{1,4}[a-z]?)\b`;
// Whatever follows the decline asks for something else: a question, "do you have", "I need", "send", "only", "but".
const THEN_ASKS = String.raw`(?=.{0,120}(\?|\b(do you have|have you|i need|we need|only|but|send\w*|quote\w*|price\w*|tienen|tiene|hay|dame|denme|envi(en|e|a)\w*|mand(e|en|a)\w*|necesit\w*|solo|pero|prefiero|cotic\w*|precio\w*|haben sie|habt ihr|gibt es|brauche\w*|benotige\w*|nur|aber|sondern|lieber|anbieten|schick\w*|preis\w*|avete|c'e|mi serve|ci serve|servono|vorrei|ma|mandate\w*|inviate\w*|quotate\w*|prezz\w*|macie|czy|potrzebuj\w*|tylko|ale|wolimy|wycen\w*|cen[aeyi]|hebben jullie|heeft u|nodig|graag|alleen|maar|wel|prijs\w*|tem|temos|tenho|preciso|precisamos|mandem|somente|apenas|mas|preco\w*|var mi|lazim|gonderin|sadece|ama|fiyat\w*|prix|avez|envoyez\w*)\b|(есть|нужн|пришлите|только|но |а |цен)))`;

// Now, and a later time: "im Moment … vielleicht im nächsten Quartal".
const MOMENT = String.raw`\b(at the moment|right now|for now|currently|im moment|momentan|derzeit|zurzeit|vorerst|de momento|por ahora|por el momento|al momento|per ora|per il momento|na razie|obecnie|w tej chwili|op dit moment|momenteel|voorlopig|no momento|por enquanto|pour le moment|pour l'instant|actuellement|simdilik|su an)\b|сеичас|пока`;
const LATER = String.raw`\b(maybe|perhaps|later|next (month|quarter|year|season)|vielleicht|eventuell|spater|(im )?nachste[nmrs]? (monat|quartal|jahr|saison)|quiza|quizas|tal vez|mas adelante|(el )?proximo (mes|trimestre|ano)|forse|piu avanti|(il )?prossimo (mese|trimestre|anno)|moze|pozniej|w przyszlym (miesiacu|kwartale|roku)|misschien|volgende? (maand|kwartaal|jaar)|talvez|mais tarde|no proximo (mes|trimestre|ano)|peut-etre|plus tard|(le )?(mois|trimestre) prochain|l'annee prochaine|belki|daha sonra|gelecek (ay|ceyrek|yil))\b|может быть|позже|в следующем (месяце|квартале|году)`;

/**
 * A "not interested" that declines a thing or a moment, not the supplier: no *likely* opt-out. An explicit request said
 * beside it ("…and stop writing to me") still stands, so these only hold back the likely tier, the lexicon and the model.
 */
export const NOT_A_LIKELY_OPT_OUT: RegExp[] = [
  // a model, a colour or a term declined, another asked for: "No estoy interesado en el precio FOB, dame CIF Valencia",
  // "Kein Interesse an diesem Modell, haben Sie etwas in Edelstahl?", "Nie interesuje nas ten model, macie coś…?"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}.*\b(no (me|nos) interesa(n)?|no (estoy|estamos) interesad[oa]s? en|nao (me|nos) interessa(m)?|nao (tenho|temos) interesse (em|no|na|neste|nesse|nesta|nessa)|nao (estou|estamos) interessad[oa]s? (em|no|na|neste|nesse)|non (mi|ci) interessa(no)?|non (sono|siamo) interessat[oi] (a|al|alla|ai|alle|in)|kein(en)? (interesse|bedarf) (an|fur|bei)|nicht interessiert (an|bei)|nie interesuj\w* (mnie|nas)|nie (jestem|jestesmy) zainteresowan\w*|geen interesse (in|voor)|niet geinteresseerd in|(pas|plus) interesse(e|s|es)? (par|pour)|ne (m'|nous )interesse(nt)? (pas|plus))( (el|la|los|las|este|esta|estos|estas|ese|esa|o|a|os|as|este|esse|esta|essa|questo|questa|questi|queste|quel|quella|il|lo|i|le|l'|diese[mnrs]?|de[mnr]|die|das|ihre[mnrs]?|ten|ta|to|te|tym|tej|dit|dat|deze|het|de))? ?((\w+ )?${THING}|\w+( \w+)?[ ,.;]+(only|just|nur|solo|solamente|soltanto|tylko|alleen|wel|sadece|apenas|somente|seulement|but|aber|pero|ma|mas|mais|maar|ale|ama)\b)${THEN_ASKS}`),
  new RegExp(String.raw`${NO_OPT_OUT_WORD}.*\b(bu|o|su) (model|renk|versiyon|fiyat|urun|tip|boyut|beden)\w* (ile )?ilgilen(miyorum|miyoruz|mem)\b${THEN_ASKS}`),
  new RegExp(String.raw`^(?!.*(спам|заблок|отпис|никогда)).*(эта|этот|это|эти|данная|данный|такая|такой) (модель|цвет|товар|вариант|позиция|цена|размер|версия)\S* (нам |мне )?(не интерес|неинтерес)${THEN_ASKS}`),
  // a colour or a model declined in Chinese, Korean or Russian, another kept: "藍色那款沒興趣，還是照原來的灰色", "베이지는
  // 관심없고 블랙으로", "Чёрный вариант не интересует, берём только белый"
  new RegExp(String.raw`^(?!.*(spam|block|拉黑|封锁|封鎖|骚扰|騷擾|别再|別再|스팸|차단|спам|заблок|отпис|никогда)).*((那款|这款|這款|那个|那個|这个|這個|(色|款|个|個|型))(我们|我們|我)?(没|沒|冇)(有)?(兴趣|興趣)[^。.!！]{0,3}(还是|還是|要|只要|照|就要|改|换|換)|(색|컬러|모델|제품|\S+[은는])\s*관심\s*없고|(вариант|модел|цвет|расцветк)\S* (нас |меня )?не интересу\S*,? (берем|берём|возьмем|возьмём|только|а |лучше|нужн))`),
  // not now, maybe later (a no said, a moment and a later time named): "Im Moment kein Bedarf, vielleicht im nächsten
  // Quartal wieder", "Na razie nie, może w przyszłym kwartale"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}(?!.*\b(remove|lista|liste|lijst|listy|list)\b)(?=.*(${LATER}))(?=.*(\b(no|not|kein\w*|nicht|nie|niet|geen|non|nao|pas|nada|niente|nic|hayir|yok|gerek)\b|(^|[^а-я])(нет|не)([^а-я]|$))).*(${MOMENT})`),
];

// A language of the messages, not the messages: "No me escriban en inglés, mejor en español".
const LANGUAGE_NAME = String.raw`(ingles|english|inglese|angielsku|englisch|engels|anglais|ingilizce|chino|chinese|cinese|chinsku|chinesisch|chinees|chinois|espanol|spanish|spagnolo|hiszpansku|spanisch|spaans|espagnol|aleman|german|tedesco|niemiecku|deutsch|duits|allemand|italiano|italian|wlosku|italienisch|italiaans|italien|polaco|polish|polacco|polsku|polnisch|pools|polonais|holandes|dutch|olandese|niderlandzku|niederlandisch|nederlands|neerlandais|portugues|portuguese|portoghese|portugalsku|portugiesisch|portugees|frances|french|francese|francusku|franzosisch|frans|francais|turco|turkish|turecku|turkisch|turks|turc|turkce|ingilizce|ruso|russian|russo|rosyjsku|russisch|russe)`;
// The buyer has left the company: a new address named then hands the contact on, and stays an opt-out.
const NOT_LEFT = String.raw`(?!.*\b(left|no longer (works|with)|nicht mehr bei|nicht mehr (fur|im)|ya no (trabaja|esta)|non lavora piu|non e piu|juz nie pracuje|werkt (hier )?niet meer|ne travaille plus|nao trabalha mais|ayrildi|calismiyor)\b)(?!.*(не работает|уволил))`;

/** Look-alikes of an explicit request: a thing stopped or removed, the buyer still wanted to be written to. */
export const LOOK_ALIKE_NOT_AN_OPT_OUT: RegExp[] = [
  // faulty goods to stop, a complaint: "Hört auf, uns kaputte Ware zu schicken", "stop sending us damaged parts",
  // "Dejen de mandarnos piezas defectuosas"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}.*\b(stop|quit|hort|horen sie|dejen|deja|paren|arretez|parem|smettete|smetti|przestancie|przestan|stop met)\b,? (\S+ ){0,3}(broken|damaged|wrong|defective|faulty|kaputte?\w*|defekte?\w*|falsche?\w*|beschadigte?\w*|mangelhafte?\w*|rot[oa]s|danad[oa]s|danificad[oa]s|defectuos[oa]s|defeituos[oa]s|equivocad[oa]s|errad[oa]s|abimee?s|defectueu\w*|rott[ie]|difettos[ie]|uszkodzon\w*|wadliw\w*|kapot\w*|verkeerde)\b`),
  // a voice note stopped, writing asked for: "Deja de mandarme audios, mejor escribe", "Smetti di mandarmi vocali,
  // scrivi", "Hören Sie auf mit den Sprachnachrichten, bitte schreiben", "Przestań wysyłać głosówki, pisz"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}(?=.*\b(audios?|notas? de voz|mensajes? de voz|vocali|messaggi vocali|vocale|sprachnachricht\w*|sprachmemo\w*|glosowk\w*|wiadomosc\w* glosow\w*|nagrania|spraakbericht\w*|spraakmemo\w*|voice ?(notes?|messages?|msgs?|memos?)|mensage\w* de (voz|audio)|messages? vocaux|vocaux|sesli mesaj\w*|ses kayd\w*)\b|голосов).*(?<!\b(no|not|nie|nicht|niet|non|nao|ne|don'?t|dont|nunca|never) )\b(escrib\w*|scriv\w*|pisz\w*|pisac|schreib\w*|typ|typen|tik|write|type|text|ecri\w*|escrev\w*|yaz\w*|tekst\w*)\b`),
  // advertising in or on the goods, not sent to the buyer: "Keine Werbung auf der Verpackung", "nie dodawać ulotek
  // reklamowych do paczki", "no flyers in the box"
  /^(?!.*\b(e-?mails?|mails?|whatsapp|sms|nachricht\w*|messages?|mensajes|messaggi|wiadomosc\w*|berichten|newsletter\w*|spam)\b).*\b(werbung|werbe\w*|reklam\w*|publicidad|publicitari\w*|pubblicita|pubblicitari\w*|publicite|publicitaire|reclame\w*|advertising|adverts?|ads|flyers?|folders?|ulotk\w*|prospekt\w*|brochures?|volantini|folletos)\b.{0,25}\b(auf|in|on|im|na|w|do|en|nella|nelle|sulla|sulle|nel|dans|sur|op|into|inside|no|nos|nas|dentro)\b (der |dem |den |die |das |the |la |las |el |los |le |les |de |het |a |o |os |as |i |il )?(verpackung\w*|karton\w*|paket\w*|packung\w*|boxes|box|cartons?|packages?|packaging|parcels?|paczk\w*|opakowani\w*|caja\w*|embalaje\w*|scatol\w*|imballo|imballaggi\w*|confezion\w*|emballage\w*|colis|boite\w*|doos|dozen|verpakking\w*|pakket\w*|pakje\w*|etiket\w*|labels?|etykiet\w*|sendung\w*|lieferung\w*|zending\w*|envio|spedizion\w*|przesylk\w*|caixa\w*|embalage\w*)\b/,
  // the old document stopped, the new one asked for: "Non mandatemi più il listino vecchio, mi serve quello nuovo",
  // "Bitte die alte Preisliste löschen und die neue schicken", "Nie wysyłajcie mi już starego cennika, potrzebuję
  // aktualnego"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}(?!.*\b(nada mas|nada|nothing|nichts|niets|niente|nic|hicbir)\b)(?=.*\b(neue\w*|new|nuev[oa]s?|nuov[oa]|now\w*|aktualn\w*|nieuwe|nov[oa]s?|nouve\w*|yeni|aktuelle\w*|current|latest|updated|actual(izad[oa])?|attuale|aggiornat[oa]|atualizad[oa])\b).*(\b(alte[nmrs]?|old|viej[oa]s?|vecchi[oa]?|star(y|ego|ej|a|e|ych|ym|ymi)|oude|antig[oa]s?|ancien\w*|eski|previous|vorige|vorherige\w*|anterior\w*|precedent\w*|poprzedni\w*)\b.{0,20}\b(preisliste\w*|price ?lists?|catalog\w*|katalog\w*|catalogus|listin[oi]|cennik\w*|prijslijst\w*|lista de precios|lista de precos|tarif\w*|fiyat listesi|angebot\w*|offert\w*|oferta\w*|offerte|quot\w*|cotizacion\w*|preventiv\w*|proforma\w*|pi|brochure\w*|prospekt\w*|adresse|address|direccion|indirizzo|adres|adresu?|endereco|nummer|numero|number|numer|telefon\w*|e-?mail\w*)\b|\b(preisliste\w*|price ?lists?|catalog\w*|katalog\w*|catalogus|listin[oi]|cennik\w*|prijslijst\w*|tarif\w*|proforma\w*|offert\w*|oferta\w*|angebot\w*)\b.{0,20}\b(alte[nmrs]?|old|viej[oa]s?|vecchi[oa]?|star(y|ego|ej|a|e|ych|ym|ymi)|oude|antig[oa]s?|ancien\w*|eski)\b)`),
  // a send stopped for how it travels: "Przestańcie wysyłać próbki przez DHL, używajcie FedEx"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}.*\b(przestan\w*|prosze przestac|stop\w*|dejen|deja|smett\w*|hort|horen sie|arretez|parem|stop met)\b.{0,40}\b(przez|via|by|with|con|por|mit|met|per|par|pelo|pela) (dhl|fedex|ups|tnt|ems|sf|aramex|kurier\w*|courier|post|poczta)\b`),
  // someone else not to be approached, the buyer to be gone through: "No contacten a nuestro agente directamente, todo
  // por mí", "Non contattate il nostro agente direttamente, passate da me", "Neem geen direct contact op met onze agent,
  // alles via mij"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}.*\b(agent\w*|agente|agenti|spedytor\w*|spedizionier\w*|forwarder\w*|transitari\w*|spediteur\w*|expediteur\w*|despachante\w*|broker\w*|makelaar|posrednik\w*|intermediar\w*|dystrybutor\w*|distribuidor\w*|distributor\w*|distributore|distributeur|vertreter\w*|vertegenwoordiger|rappresentant\w*|representante|przedstawiciel\w*|factory|fabrica|fabrik|fabbrica|fabryk\w*|fabriek|usine|supplier|proveedor|fornecedor|lieferant\w*|fornitore|dostawc\w*|leverancier|fournisseur)\b.{0,60}\b((all|everything|todo|tutto|alles|wszystko|tudo|tout)( \w+)? (through|via|por|per|tramite|attraverso|przez|przeze|uber|over|pelo|pela|par|a traves de|da) (me|mi|mnie|mij|mich|uns|ons|nas|noi|nosotros|nous|moi|us)|passate da (me|noi)|rivolgete\w* a (me|noi)|(through|via) (me|us)|uber (mich|uns)|via (mij|ons)|przeze mnie|przez nas|a traves de (mi|nosotros)|por mi\b)`),
  // the language of the messages: "No me escriban en inglés, mejor en español", "Nie piszcie do mnie po angielsku,
  // wolę po polsku", "Schreiben Sie bitte auf Deutsch, nicht auf Englisch"
  new RegExp(String.raw`${NO_OPT_OUT_WORD}(?=.*\b(en|in|po|auf|em|op|na|w)\s${LANGUAGE_NAME}\b).*\b(en|in|po|auf|em|op|na|w|to)\s${LANGUAGE_NAME}\b.*\b${LANGUAGE_NAME}\b|(^|[^а-я])на (английском|китаиском|русском|немецком)([^а-я]|$).*(на|по)[ -](русск|английск|немецк)`),
  // a new number or address to write to, or the buyer moved: "Non scrivetemi più su questo numero, usate quello nuovo",
  // "Niet meer naar het oude adres sturen, we zijn verhuisd" (a contact who left and a colleague named is no such case)
  new RegExp(String.raw`${NO_OPT_OUT_WORD}${NOT_LEFT}(?!.*\b(interes\w*|zainteresowan\w*|geinteresseerd|want|quiero|queremos|voglio|vogliamo|chce|chcemy|wollen|will|mochte\w*|wil|willen)\b).*(\b(the|el|la|il|lo|die|den|das|de|het|ten|ta|o|a|le|quello|quella|mein\w*|my|mi|mio|mia|moj\w*|mijn|meu|minha|mon|ma)? ?(new|nuev[oa]|neue\w*|nuov[oa]|now\w*|nieuw\w*|nov[oa]|nouve\w*|yeni) (number|numero|nummer|numer\w*|address|direccion|indirizzo|adress?e|adres\w*|endereco|e-?mail\w*|mail|telefon\w*|phone|contact\w*|kontakt\w*|contatt\w*|contacto)\b|\b(quello|quella) nuov[oa]\b|\b(we (have |'ve )?moved(?! on)|(we|wir) (sind|sind jetzt) umgezogen|nos (hemos )?mudado|nos mudamos|ci siamo trasferiti|przeprowadzil\w* sie|(we zijn|wij zijn|ik ben) verhuisd|nous avons demenage|(nos )?mudamos|tasindik)\b|переехали)`),
  // a document sent another way, both ways named: "Schicken Sie keine Kataloge mehr per Post, lieber als PDF", "No mande
  // más fotos por correo, súbalas al Drive" ("no more catalogues by post or email" names no other way, and stays)
  new RegExp(String.raw`${NO_OPT_OUT_WORD}(?=.*\b(post|paper|papel|papier\w*|cartace\w*|papierow\w*|correio|correo|e-?mail\w*|mail\w*|whatsapp)\b)(?=.*\b(pdf|drive|dropbox|wetransfer|digital\w*|cloud|link)\b).*\b(catalog\w*|katalog\w*|prospekt\w*|brochure\w*|preisliste\w*|price ?lists?|documents?|dokument\w*|unterlagen|listin[oi]|cennik\w*|prijslijst\w*|folleto\w*|tarif\w*|fotos?|photos?|bilder|zdjeci\w*)\b`),
  // goods or documents held back in Russian: "Не присылайте больше образцы, сразу делаем заказ"
  /(^|[^а-я])не (присылаите|присылаи|отправляите|отправляи|шлите|высылаите|высылаи|присылать|отправлять)( мне| нам)?( больше| пока| еще| ещ[её])? (образ|пробник|товар|груз|посылк|парти|контеин|инвоис|сч[её]т|проформ|фото)/,
];

// Mentions of the unsubscribe link or button are about the link, not a request in themselves: "El enlace para darse
// de baja de su newsletter no funciona, pero da igual: ¿cuánto cuesta…?". opt-out.ts blanks the clause of each and
// reads the rest (so "the unsubscribe link is broken, take me off your list" stays an opt-out).
export const UNSUBSCRIBE_LINK = /(\b(enlace|link|vinculo|boton|lien|bouton|knop|knopje|button|przycisk\w*|pulsante|botao)( \w+){0,3} (para |per |do |pour |om |to |de |zum |voor )?(darse de baja|dar(se)? de baja|la baja|baja|desuscribirse|cancelar la suscripcion|disiscriversi|disiscrizione|cancellarsi|cancellazione|wypisania( sie)?|rezygnacji|desinscription|se desinscrire|desabonnement|afmelden|uitschrijven|abmelden|abmeldung|unsubscrib\w*|descadastr\w*|cancelar (a )?inscricao)\b|\b(abmelde|afmeld|uitschrijf|unsubscribe|desinscription|disiscrizione)-?(link|knop|button|bouton)s?\b)/g;
