import type { PatternTable } from './pattern-table';

const r = String.raw;

// German (Germany, Austria, Switzerland); umlauts optional (ä=a, ae also listed where common).
export const de: PatternTable = {
  greeting: r`
    ^\s*(hallo|servus|moin|gr[uü][eß]+ gott|gruezi|gr[uü]ezi|sehr geehrte\w*|liebe\w*(?! (per|als|mit|nicht|noch|doch|gleich|spater|heute|morgen|schiff|see|luft)\w*))\b
    \bguten (morgen|tag|abend)\b
  `,
  thanks: r`
    \b(danke\w*|vielen dank|besten dank|herzlichen dank)\b
  `,
  price_inquiry: r`
    \b(was|wieviel|wie viel) kost(et|en)\b(?! (der |die |das )?(versand|fracht|muster|lieferung))
    \bwie (viel|teuer)\b|\bwieviel\b
    \b(preis|preise|st[uü]ckpreis|einzelpreis|kosten)\s*(\?|f[uü]r|pro|von|je)
    \b(kostenvoranschlag|preisangebot)\b|\bangebot bitte\b|\bbitte (um )?(ein |ihr )?angebot\b
    ~\bangebot\b
    \b(schicken|senden|geben|nennen) sie (mir |uns )?(bitte )?(ein |ihr |den |die |ihre )?(angebot|preis|preise)\b
    ~\bpreis(e|es)?\b
  `,
  quote_revision: r`
    \b(angebot|proforma|pi|rechnung|vertrag)\w*\s*(bitte )?(anpassen|aktualisieren|[aä]ndern|korrigieren|[uü]berarbeiten|neu (erstellen|ausstellen|schicken))\b
    \b(neues|aktualisiertes|korrigiertes|[uü]berarbeitetes|angepasstes|ge[aä]ndertes) (angebot|proforma|pi)\b
    \b(neue|aktualisierte|korrigierte|ge[aä]nderte) (rechnung|proforma|pi|proformarechnung)\b
    \b(pi|rechnung|angebot)\b.{0,25}\b(falsch|fehler|stimmt nicht)\b
    \b(angebot|preis|preise)\b.{0,30}\bneu (berechnen|kalkulieren|erstellen)\b
    # the quote worked out anew ("bitte neu kalkulieren mit dem aktuellen Kupferpreis")
    \bneu (kalkulieren|berechnen)\b
    # still waiting for it ("das überarbeitete Angebot")
    \b(aktualisiert|korrigiert|[uü]berarbeitet|angepasst|ge[aä]ndert)e[nmrs]? (angebot|proforma|pi|kalkulation)\b
    # a line taken out of the quote
    \b(streich|entfern|l[oö]sch|nehm)\w*\b.{0,40}\baus (dem|der|ihrem|unserem) (angebot|proforma|pi)\b
    # a credit for bad goods against the next proforma (one off the next invoice is a discount asked)
    \b(verrechn|abzieh|gutschr|abzug)\w*\b.{0,40}\b(n[aä]chst|kommend)\w* (proforma|pi)\b|\b(n[aä]chst|kommend)\w* (proforma|pi)\b.{0,25}\b(verrechn|abzieh|gutschr)\w*
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("vergessen Sie das Angebot vom Juni"); not "nicht vergessen"
    \b(vergess|verwerf|annullier|stornier)\w*\b(?! nicht\b).{0,25}\b(angebot|proforma|pi|kalkulation)\w*\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bimmer noch (zu |sehr )?(teuer|hoch)\b
    \b(rabatt|nachlass|preisnachlass|entgegenkommen)\b
    \b(besser\w*|best\w*|niedriger\w*|letzt\w*|g[uü]nstiger\w*|sonder)\s*preis\w*\b
    \b(zu|sehr|ziemlich|etwas|recht) teuer\b|\bpreis\w* (ist |sind )?(zu |sehr |etwas )?hoch\b
    ~\bg[uü]nstiger\b|\bbilliger\b
    \bpreis\w* (senken|reduzieren|nachlassen|runter|nachgeben)\b|\bverhandel\w*\b|\bzielpreis\b
    # the quote worked out with a cash discount ("mit 3 % Skonto kalkulieren")
    \bmit \d+([,.]\d+)? ?% skonto\b
  `,
  competitor_mention: r`
    \b(ander\w*|einem anderen|einen anderen) (lieferant\w*|hersteller\w*|fabrik\w*|anbieter\w*|firm\w*)\b
    \b(konkurren\w*|wettbewerb\w*|mitbewerb\w*)\b
  `,
  moq: r`
    \bmindest(bestell)?menge\w*\b|\bmindestabnahme\b|\bmindestbestell\w*\b|\b(test|probe)bestellung\b|\bkleine menge\b
  `,
  sample_request: r`
    \bmuster\w*\b|\bprobe(n|st[uü]ck\w*)?\b|\bpr[uü]fmuster\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(bis|vor dem|bis zum|bis spatestens|spatestens am) (zum )?\d{1,2}\.
    \blieferzeit\w*\b|\bproduktionszeit\w*\b|\bliefer(datum|termin)\b|\bvorlaufzeit\b
    \b(wann|bis wann)\b.{0,25}\b(lieferbar|fertig|liefern|versenden|verschicken|ankommen|verf[uü]gbar|da|bereit|versandbereit|verschifft)\b
    \bwie (lange|schnell)\b
    # in stock: weak ("other sizes in stock?" asks for the range)
    ~\b(auf|am) lager\b|\bvorr[aä]tig\b
    \bwann\b.{0,40}\b(verl[aä]sst|verlassen|rausgeht|rausgehen|rauskommt)\b
  `,
  shipping_cost: r`
    \b(was kostet|kosten|preis)\b.{0,8}\b(der |den |die )?(versand|fracht|lieferung|transport)\b|\b(versand|fracht|transport|liefer)kosten\b
  `,
  sample_cost: r`
    \bmuster(kosten|preis|geb[uü]hr)\b|\bmuster\b.{0,10}\b(kostenlos|gratis|kosten)\b
  `,
  shipping: r`
    \bfracht\w*\b|\bspedit\w*\b|\blieferbedingung\w*\b
    ~\bzoll\w*\b
    ~\bversand\w*\b
    ~\btransport\w*\b
    \b(per|mit|auf dem) (see|luft|schiff|flugzeug|bahn|express|lkw|kurier)\b|\bseefracht\b|\bluftfracht\b
    \bhafen\b|\blieferung (nach|bis)\b|\b(liefern|versenden|verschicken) sie (auch )?(nach|in)\b
    ~\bcontainer\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(keine (weiteren )?lieferungen|nicht (mehr )?(liefern|versenden|verschicken|verladen)) (vor|bis|nach|an|uber)\b
    \b(lieferung|versand|verladung|verschiffung)\w* (bitte )?(stoppen|anhalten|verschieben|zur[uü]ckhalten)\b
  `,
  payment_terms: r`
    \bzahlungs(bedingung|art|weise|methode|konditionen)\w*\b|\bvorkasse\b|\b[uü]berweisung\b|\bakkreditiv\b|\brestzahlung\b
    \bwie (k[oö]nnen wir|kann ich) (bezahlen|zahlen)\b
    ~\b(zahlung|bezahlung|bezahlen|zahlen|anzahlung)\b
  `,
  payment_extension: r`
    \bzahlungsziel\w*\b|\bratenzahlung\b|\bin raten\b|\bstundung\b
    \b(sp[aä]ter|nachtr[aä]glich|nach (lieferung|erhalt|ankunft)) (zu )?(zahlen|bezahlen)\b
    \b(zahlung|frist|zahlungsfrist)\w* (verl[aä]ngern|aufschieben|verschieben)\b
    \b(30|45|60|90) tage (netto|ziel|zahlungsziel)\b
    \b(zahlen|bezahlen|begleichen)\b.{0,10}\bin \d+ tagen\b|\bin \d+ tagen\b.{0,20}\b(zahlen|bezahlen)\b
    # the balance held back or paid later: time taken, whatever the reason
    \b(halten|behalten|stellen) (wir )?(die |den )?(rest|schluss)?(zahlung|betrag|rate|saldo)\w* (zur[uü]ck|ein|vorerst zur[uü]ck)\b|\b(rest|schluss)?zahlung\w* (zur[uü]ckhalten|zur[uü]ckbehalten|aussetzen)\b
    \b(restzahlung|schlusszahlung|zahlung|rate)\b.{0,25}\b(woche|wochen|tage|monat)\w* sp[aä]ter\b
  `,
  order_confirmation: r`
    \b(best[aä]tig\w*) (die |unsere |ihre )?(bestellung|auftrag)\b|\b(bestellung|auftrag) (ist )?(best[aä]tigt|erteilt)\b
    \bwir (bestellen|nehmen|ordern)\b|\bbestellen (wir|hiermit)\b|\bbestellung (aufgeben|erteilen)\b
    \b(produktion|fertigung) (starten|beginnen|freigeben)\b|\bauftragserteilung\b|\bbestellschein\b
    \b(der )?rest (ist |bleibt )?(bestatigt|best[aä]tigt|ok|freigegeben)\b
    \b(starten|beginnen) sie (mit )?(der |die )?(produktion|fertigung)\b
    # an order promised today on a condition the buyer sets ("wenn Sie 45 Tage garantieren, bestätige ich heute noch")
    \bbest[aä]tige (ich )?(noch )?heute( noch)?\b
  `,
  order_split: r`
    \baufteil\w*\b|\bteillieferung\w*\b|\bsplitten\b
    \b(zwei|2|drei|3|mehrere) (lieferungen|sendungen|rechnungen|teile|chargen)\b
    \bgetrennt\w* (rechnung|lieferung|versand)\w*\b
    # "500 Stueck jetzt und 500 naechsten Monat", "die Haelfte jetzt, den Rest im September"
    \b(die halfte|einen teil|\d[\d.,]*( \w+)?) (jetzt|sofort|zuerst|gleich)\b,? (und )?(den rest|die restlichen|die andere halfte|die halfte|halfte|\d[\d.,]*)\b
    \b(den |die |das )?erste(n)? (container|charge|lieferung|sendung|teil)\b[^.?!]{0,30}\b(verschiff|versend|schick|lad|liefer)\w*[^.?!]{0,30}\b(den |die |das )?zweite(n)?\b
  `,
  complaint: r`
    \b(besch[aä]digt\w*|kaputt\w*|defekt\w*|mangelhaft\w*|m[aä]ngel|zerkratzt|verrostet|gebrochen)\b
    \bfehl(t|en|ende)\b|\b(schlechte|mangelhafte|miese) qualit[aä]t\b|\bqualit[aä]tsproblem\w*\b
    \b(reklamation|beschwerde|r[uü]ckerstattung|erstattung|gutschrift)\b
    \b(versp[aä]t\w*|verz[oö]ger\w*)\b|\b(noch )?nicht (angekommen|geliefert|erhalten|eingetroffen)\b
    \bfalsch\w*\b|\bfunktioniert nicht\b
    \b(immer noch|noch immer|noch) nicht (versendet|verschickt|geliefert|angekommen|da|eingetroffen|erhalten)\b
    \b(zerdr[uü]ckt|zerquetscht|eingedr[uü]ckt|nass|verbeult|besch[aä]digt)\w*\b|\bfalsche (farbe|gr[oö][sß]e|menge|ware|artikel)\b|\b(zu )?wenig geliefert\b
    # scratches, cracks, leaks, lights that stay off (the compounds "kratzfest", "auslaufsicher" are specs, not defects)
    \bkratzer\b|\brisse\b|\bgerissen\b|\bundicht\b|\b(leuchtet|leuchten) nicht\b|\b(geht|gehen|springt|springen) nicht (mehr )?an\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(leite\w* .{0,40}weiter|weitergeleitet|anbei die (mail|nachricht) (unseres|meines) (kunden|abnehmers)|(unser|mein) kunde (schreibt|hat geschrieben|meldet|beschwert sich|sagt))\b.{0,200}\b(ersatz\w*|austausch\w*|zurucksenden|zuruckschicken|\w+ nicht mehr|wie losen sie)\b
    \b(bitte um|bitten um|fordern|verlangen|brauchen|benotigen) (einen |eine |kostenlosen |kostenlose )?(ersatz\w*|austausch\w*|nachlieferung)\b|\bersatzlieferung\b
    \b(akkus?|batterien?)\b.{0,30}\b(laden|ladt) (\w+ )?nicht\b|\b(kuhlen|kuhlt|heizen|heizt|drehen sich|dreht sich) nicht\b
    \bwie (losen|regeln|beheben|klaren) (sie|ihr|wir) (das|dies|dieses problem)\b|\bwelche (losung|entschadigung) (bieten|schlagen)
    # long due: a promised date gone by
    \b(versprochen|zugesagt)\b.{0,80}\b(jetzt|immer noch|noch immer|nichts|bereits)\b|\bimmer noch nichts\b
    \b(schlechter|dunner|schwacher) als (das |die |der )?(muster|freigegebene|letzte (lieferung|charge))\b|\bnicht (die|das|der|wie) (freigegebene|bestellte|vereinbarte)\b|\bfarbabweichung\w*\b
    \bbeschwer(t|en) sich\b|\bflacker(n|t)\b|\bbl[aä]ttert ab\b|\babbl[aä]tter\w*\b|\bwackel(n|t)\b|\bverbogen\b|\bverf[aä]rb\w*\b
    \b(stimmt|stimmen) nicht (mit|uberein)\b|\bentspr(icht|echen) nicht\b|\b\d+ (kartons|stuck|kisten|pakete|paletten) weniger\b|\bweniger als (auf|in) der (rechnung|packliste)\b|\bqualitat (hat nachgelassen|ist (deutlich )?(gesunken|schlechter))\b
    \b(inakzeptabel|unzumutbar|nicht akzeptabel)\b|\bzur[uü]ckgeschickt\b|\bn[aä]hte (gehen|sind|gingen) auf\b|\baufgeplatzt\b|\bseit (\w+ ){0,2}(wochen|monaten) warten\b|\b(riecht|stinkt) (stark|nach)\b
    \b(klemmen|klemmt|verklemm\w*|durchgebrannt)\b|\b(geht|gehen) nicht (auf|zu)\b|\blassen sich nicht (offnen|schliessen)\b
    # the goods unlike the approved sample or the photos ("weicht deutlich vom freigegebenen Muster ab")
    \b(weicht|weichen|abweich\w*)\b.{0,40}\b(muster|sample|foto|fotos|bild|bilder|vorlage)\w*
    \b(farbe|farbton|logo)\b.{0,20}\b(stimmt nicht|ist falsch|ganz anders)\b
    # a fault laid at the supplier's door ("das hätten Sie prüfen müssen", "so geht das nicht")
    \b(h[aä]tten|h[aä]ttet) (sie |ihr )?(das )?(pr[uü]fen|kontrollieren|beachten|sicherstellen) (m[uü]ssen|sollen)\b|\bso geht das nicht\b
  `,
  customization: r`
    \b(individuell\w*|personalisiert\w*|ma[sß]anfertigung|sonderanfertigung)\b|\beigen\w* (marke|logo)\b|\b(unsere?|mit) (marke|logo)\b|\blogos?\b
    ~\b(gr[oö][sß]e\w*|abmessung\w*|spezifikation\w*|bedruck\w*|verpackung\w*)\b
    ~\bfarbe\w*\b
    ~\b(in|auch in) (schwarz|wei[sß]|rot|blau|gr[uü]n|gelb|grau|rosa|lila|orange|braun|gold|silber)\b
  `,
  certification: r`
    \bzertifi\w*\b|\b(pr[uü]f|test)bericht\w*\b|\bsicherheitsdatenblatt\b|\bkonformit[aä]tserkl[aä]rung\b|\bce-kennzeichnung\b|\bgs-zeichen\b
  `,
  catalog_request: r`
    \bkatalog\w*\b|\bpreisliste\w*\b|\bproduktliste\w*\b|\bprospekt\w*\b|\bbrosch[uü]re\w*\b|\bsortiment\b
    \bdatenbl[aä]tt\w*\b|\btechnische (daten|zeichnung\w*|spezifikation\w*)\b
  `,
  opt_out: r`
    \b(keine|nicht mehr) (nachrichten|kontakt|werbung|mails|e-mails)\b|\bnicht mehr (kontaktieren|schreiben|anschreiben)\b
    \b(abmelden|abbestellen)\b|\bkein interesse\b|\b(austragen|entfernen) sie mich\b
  `,
};
