import type { PatternTable } from './pattern-table';

const r = String.raw;

// Italian.
export const it: PatternTable = {
  greeting: r`
    ^\s*(ciao|salve|buongiorno|buonasera|buon giorno|gentile|egregi\w*|spett\.?\w*)\b
    \b(buongiorno|buonasera|buon pomeriggio|come (sta|stai|va))\b
  `,
  thanks: r`
    \b(grazie|grazie mille|vi ringrazio|ringrazio)\b
  `,
  price_inquiry: r`
    \bquanto (costa|costano|viene|vengono|verrebbe|mi fai)\b(?! (la |il )?(spedizione|trasporto|campion))
    \b(prezzo|prezzi|costo)\s*(\?|di|del|della|per|unitario)
    \b(mandate|inviate|fate|fare|chiedo|richiedo|vorrei) (un |il |la |una |vostro |vostra )?(preventivo|quotazione|offerta)\b
    ~\b(preventivo|quotazione|offerta)\b
    ~\bprezz[oi]\b
    ~\bquanto\b(?! tempo)
  `,
  quote_revision: r`
    \b(modific|aggiorn|cambi|correg|rived|rifa|sistem)\w* (il |la |lo |un |una |vostro |vostra )?(preventivo|proforma|pi|fattura|offerta|quotazione|contratto)\b
    \b(nuovo|altro) preventivo\b|\b(nuova|altra) (proforma|offerta|quotazione|fattura)\b
    \b(preventivo|proforma|fattura)\b.{0,25}\b(sbagliat\w*|errore|errat\w*)\b
    \b(rifare|rifate|aggiornare|rivedere) (il |la )?(preventivo|offerta|proforma)\b
    # a line taken out of the quote ("togliete il trasporto dal preventivo"), the quote redone ("rifatemi l'offerta")
    \b(togli|tolg|elimin|rimuov|lev)\w*\b.{0,40}\b(dal|dalla|dall') ?(preventivo|offerta|proforma|quotazione)\b
    \brifa\w* (l'|l )?(offerta|quotazione)\b
    # a credit for bad goods taken off the next proforma ("scalatela dalla prossima proforma")
    \b(scal|detra|sottra|accredit|compens)\w*\b.{0,30}\bprossim[ao] (proforma|fattura proforma|pi)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("dimenticate il preventivo di giugno"); not "non dimenticate il preventivo"
    (?<!\bnon )\b(dimentic|annull|scart)\w*\b.{0,25}\b(preventivo|proforma|quotazione)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bancora (troppo |molto )?(caro|cari|alto|alti)\b
    \bscont[oi]\b|\briduzione\b
    \b(miglior|ultimo) prezzo\b(?!\s*\?)|\bprezzo (pi[uù] basso|finale|target)\b
    \b(troppo|molto|un po'?|abbastanza|[eè]) car[oi]\b|\bprezz[oi] (e |sono )?(un po'? |troppo |molto )?(alt[oi]|car[oi])\b|(?<!\bbasta (con )?)\btrattar\w*\b
    ~\bpi[uù] economic\w*\b
    # ("negoziare", "negoziabile"; a "negozio" is a shop)
    \babbassa\w* (il |un po' il )?prezzo\b|\bnegozia\w*\b
    # met on the price, an effort on it ("mi venite incontro col prezzo?", "uno sforzo sul prezzo")
    \b(veni|vieni|venir)\w* incontro\b.{0,20}\bprezz\w*|\bprezz\w*.{0,20}\b(veni|vieni|venir)\w* incontro\b|\bsforzo (sul|nel|col) prezzo\b
  `,
  competitor_mention: r`
    \baltr[oi] fornitor\w*\b|\baltr[ae] (fabbric\w*|aziend\w*|ditt\w*)\b|\bconcorren\w*\b
    \b(ci|mi) (hanno )?(offerto|offrono|propongono|proposto)\b
  `,
  moq: r`
    \b(ordine|quantit[aà]) minim[ao]\b|\bminimo\b|\bordine di prova\b
  `,
  sample_request: r`
    \bcampion\w*\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\bentro (il \d{1,2}\b|fine (mese|settimana)|venerdi|lunedi|martedi|mercoledi|giovedi)
    \btemp[oi] di (consegna|produzione|spedizione)\b|\bdata di consegna\b|\bpronta consegna\b
    \bquando ([eè]|sar[aà]|arriva|spedite|consegnate|pronto|pronta|potete (spedire|consegnare))\b
    \bquanti giorni\b|\bdisponibil\w* subito\b
    ~\b(in|a) magazzino\b
    \bi tempi (si allungano|aumentano|sono piu lunghi|cambiano)\b
    \bquando\b.{0,30}\b(esce|uscira|uscirà|escono|usciranno|lascia)\b
  `,
  shipping_cost: r`
    \b(costo|costi|spese|prezzo|quanto costa|quanto viene)\b.{0,6}\b(di |la |il )?(spedizione|trasporto|nolo)\b
  `,
  sample_cost: r`
    \bcampion\w* (gratis|gratuit\w*|a pagamento)\b|\b(costo|prezzo) (del |dei )?campion\w*\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(mare|nave|aereo|aerea)\s+o\s+(via |per )?(mare|nave|aereo|aerea)\b
    \bnolo\b|\bspedizioniere\b
    ~\bdogana\b
    ~\bspedizion\w*\b
    ~\btrasporto\b
    \b(via|per) (mare|aerea|aereo|nave|corriere|camion)\b|\bporto\b
    ~\bcontainer\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \bnon spedite (ancora|prima|fino|per ora|la merce)\b
    \b(fermate|bloccate|rimandate|sospendete|rinviate) (la |le |il )?(\w+ )?(spedizion\w*|caric\w*|imbarc\w*)\b
  `,
  payment_terms: r`
    \b(modalit[aà]|condizioni|termini|metodo) di pagamento\b|\bbonifico\b|\blettera di credito\b
    ~\bacconto\b|\banticipo\b
    ~\b(pagamento|pagamenti|pagare|saldo)\b
  `,
  payment_extension: r`
    \bpag(are|amento)\b.{0,20}\b(dopo|pi[uù] tardi|a rate|alla consegna|all'arrivo|a (30|60|90) giorni)\b
    \b(30|60|90) giorni (data fattura|fine mese|df|dffm)\b|\bdilazion\w*\b|\brateizz\w*\b
    \b(rimandare|posticipare|prorogare) (il )?pagamento\b
    \bpagare\b.{0,25}\b(a )?\d+ giorni\b|\bdilazion\w*
  `,
  order_confirmation: r`
    \bconferm\w* (l'|il |l )?ordine\b|\bordine (confermato|d'acquisto)\b
    \b(facciamo|procediamo|procedete|fare) (l'|con l'|l )?ordine\b|\bprocedete\b
    \b(pagato|versato|inviato) l'?acconto\b
    ~(?<!non )\b(inviate|inviateci|inviatemi|inviami|invia|mandate|mandateci|mandatemi|mandami|manda|fate|fatemi|fai) (la |una )?(pi|proforma|fattura proforma)\b
    \bil resto (e |è )?(confermato|ok|approvato)\b
    # an order promised today on a condition the buyer sets ("se mi garantite 45 giorni confermo oggi stesso")
    \bconfermo (gi[aà] )?oggi( stesso)?\b
  `,
  order_split: r`
    \b(dividere|separare|suddividere)\b.{0,15}\b(ordine|spedizione|fattura|in)\b
    \b(due|2|tre|3|pi[uù]) (spedizioni|fatture|consegne|lotti|parti)\b
    \b(spedizione|consegna) parziale\b
    # "spedire meta adesso e il resto a settembre", "500 pezzi ora e 500 il mese prossimo"
    \b(la meta|meta|una parte|\d[\d.,]*( \w+)?) (ora|adesso|subito|prima)\b,? (e )?(il resto|il rimanente|i restanti|l'altra meta|meta|\d[\d.,]*)\b
  `,
  complaint: r`
    \b(danneggiat\w*|rott[oiae]|difett\w*|graffiat\w*|arrugginit\w*)\b|\bmanca(no)?\b|\bmancant\w*\b
    \b(scarsa|cattiva|bassa) qualit[aà]\b|\bproblema di qualit[aà]\b
    \b(reclamo|rimborso|reso|contestazione)\b|\b(in )?ritardo\b
    \bnon ([eè] )?(ancora )?(arrivat\w*|ricevut\w*)\b|\bsbagliat\w*\b|\bnon funziona\b
    \b(non (e|è) ancora|ancora non|non sono ancora) (partit\w*|spedit\w*|arrivat\w*|consegnat\w*)\b
    \b(schiacciat\w*|ammaccat\w*|bagnat\w*|rott\w*|danneggiat\w*)\b|\bcolore sbagliato\b|\b(mancano|mancanti)\b|\b(in )?ritardo\b
    # scratches, cracks, leaks, lights that stay off ("perdono" is also "forgive", "rotta" a route)
    \bgraff(i|io)\b|\b(crepat[oiae]|crepe|incrinat[oiae])\b|\bperdit[ae]\b|\bnon si (accendono|accende)\b|\bnon funzionano\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(vi (inoltro|giro|giriamo|inoltriamo)|inoltro|ecco (la mail|il messaggio) del (nostro |mio )?cliente|il (nostro|mio) cliente (ci |mi )?(scrive|ha scritto|dice|lamenta|segnala))\b.{0,200}\b(sostitu\w*|cambio|rimandare|restituire|non (si )?(accendono|caricano|raffreddano|scaldano|funzionano)|perdono acqua|come (intendete procedere|risolviamo|risolvete))\b
    \b(chiediamo|richiediamo|vogliamo|pretendiamo) (la |una |il )?(sostituzione|cambio|rimborso)\b|\bperdono acqua\b|\bnon si (caricano|carica)\b
    \bcome (pensate di risolvere|risolviamo|risolvete|rimediate)\b
    \bsi stanno (gia )?(scrostando|rompendo|staccando)\b|\bscrost\w*\b|\bce (le|li) stanno restituendo\b|\bnon e quell[oa] che abbiamo (approvato|ordinato|concordato)\b|\bqualita (inferiore|peggiore)\b
    \b(avevate |ci avete )?promesso\b.{0,80}\b(siamo al|siamo a|ancora|niente|nulla|gia)\b|\bancora (niente|nulla)\b
    \b(pompa|pompe|rubinett\w*|tub[io]|bottigli\w*|serbato\w*|valvol\w*|guarnizion\w*|condizionator\w*|raccord\w*) (\w+ )?perd(e|ono)\b|\b(si )?lament(a|ano|ela|ele)\b|\bscricchiol\w*\b|\bstort[aoie]\b|\bsfarfall\w*\b|\bscolorit\w*\b|\bsi stacca(no)?\b|\btraballa(no)?\b
    \bnon (corrisponde|corrispondono|coincide|coincidono)\b|\bqualita (e calata|e peggiorata|peggiorata|calata)\b
    \binaccettabil\w*\b|\b(ci )?ha(nno)? reso \d+\b|\bcuciture (si aprono|aperte|scucite)\b|\b(odore|puzza) (forte|di plastica|chimico)\b
    \bsi (bloccano|blocca|incastra|incastrano)\b|(?<!(file|link|allegato|pdf) )\bnon si (aprono|apre|chiudono|chiude)\b|\bbruciat[oaie]\b
    # the goods unlike the sample or the photos
    \b(colore|tonalit[aà]|misura|logo)\b.{0,15}\b(sbagliat\w*|divers\w*|non corrisponde)\b
    \b(divers\w*|non corrisponde) (dal|dalla|dai|al|alla|dalle) (campione|foto|campionatura)\b
    # a fault laid at the supplier's door ("dovevate controllarlo voi")
    \b(dovevate|avreste dovuto) (controllar|verificar|occupar|avvisar)\w*\b|\bnon [eè] (possibile|accettabile|normale)\b
  `,
  customization: r`
    \bpersonalizz\w*\b|\bsu misura\b|\b(nostro|mio) (marchio|logo)\b|\bmarchio (proprio|privato)\b|\blogo\b
    ~\b(misur[ae]|dimension\w*|specifiche|stampa|imballo|confezione)\b
    ~\b(colore|colori)\b
  `,
  certification: r`
    \bcertific\w*\b|\b(rapporto|report) di prova\b|\bscheda (di sicurezza|tecnica)\b|\bconformit[aà]\b|\bmarcatura ce\b
  `,
  catalog_request: r`
    \bcatalog(o|hi)\b|\blistin\w*\b|\b(lista|elenco|gamma) (dei |di )?prodotti\b|\bbrochure\b
    \bschede? tecnich[ea]\b|\bspecifiche tecniche\b
  `,
  opt_out: r`
    \bnon (mi |ci )?(contattate|scrivete|contattare|scrivere|mandate|inviate)\b.{0,6}\bpi[uù]\b
    \b(smettete|smettere) di (scrivere|inviare|contattare)\b|\bnon (sono|siamo) interessat\w*\b|\b(cancellami|disiscri\w*|rimuovetemi)\b
  `,
};
