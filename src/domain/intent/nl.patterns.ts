import type { PatternTable } from './pattern-table';

const r = String.raw;

// Dutch (Netherlands, Flanders).
export const nl: PatternTable = {
  greeting: r`
    ^\s*(hallo|hoi|hey|beste|geachte|goedemorgen|goedemiddag|goedenavond|dag)\b
    \bgoede(morgen|middag|navond)\b
  `,
  thanks: r`
    \b(bedankt|dank (je|u)( wel)?|dankjewel|dankuwel|alvast bedankt)\b
  `,
  price_inquiry: r`
    \bhoeveel (kost|kosten|is)\b(?! (de )?(verzending|vracht|levering|monster))
    \bwat (kost|kosten)\b
    \b(prijs|prijzen|kosten)\s*(\?|van|voor|per)
    \b(offerte|prijsopgave) (graag|aanvragen|sturen|ontvangen)\b|\b(graag|stuur) (een |uw |jullie )?(offerte|prijsopgave)\b
    ~\b(offerte|prijsopgave)\b
    ~\bprijs\w*\b
  `,
  quote_revision: r`
    \b(offerte|proforma|pi|factuur)\w* (aanpassen|wijzigen|bijwerken|corrigeren|herzien|opnieuw)\b
    \b(nieuwe|aangepaste|herziene|gecorrigeerde|bijgewerkte) (offerte|proforma|factuur|pi)\b
    \b(pas|wijzig|corrigeer) (de |uw )?(offerte|proforma|factuur|pi)\b
    # a line taken out of the quote, a credit against the next proforma
    \b(verwijder|schrap|haal)\w*\b.{0,40}\buit de (offerte|prijsopgave|proforma|pi)\b
    \b(verreken|aftrek|in mindering)\w*\b.{0,40}\bvolgende (proforma|pi)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("vergeet de offerte van vorige week")
    \bvergeet\b(?! niet\b).{0,20}\b(offerte|prijsopgave|proforma)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \bnog steeds (te |erg )?(duur|hoog)\b
    \bkorting\w*\b
    \b(betere|laagste|scherpere|laatste) prijs\b|\b(te|erg|vrij|best) duur\b|\bprijs (is |ligt )?(te |erg )?hoog\b
    ~\bgoedkoper\b
    \b(prijs|prijzen) (verlagen|omlaag|zakken|naar beneden)\b|\bonderhandel\w*\b|\bdoelprijs\b
  `,
  competitor_mention: r`
    \b(andere|een andere) (leverancier|fabriek|fabrikant|aanbieder|leveranciers)\b|\bconcurrent\w*\b
  `,
  moq: r`
    \b(minimale|minimum) (bestelhoeveelheid|afname|bestelling|hoeveelheid|order)\b|\bminimum\b|\bproefbestelling\b
  `,
  sample_request: r`
    @\b(monster|monsters|proefexemplaar)\b
    \b(monsters|proefexemplaar|monstertje)\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(voor|uiterlijk|tegen) de \d{1,2}(e|ste|de)?\b
    \blevertijd\w*\b|\bproductietijd\w*\b|\bleverdatum\b|\bhoe (lang|snel)\b
    ~\bop voorraad\b
    \bwanneer\b.{0,25}\b(leveren|verzenden|klaar|geleverd|verzonden|binnen|beschikbaar)\b
    \bwanneer gaat (het|de (zending|bestelling|order)) de deur uit\b|\bwanneer (verzenden|verschepen|versturen) (jullie|u)\b
    \bwanneer\b.{0,30}\b(verlaat|vertrekt|de fabriek uit)\b
  `,
  shipping_cost: r`
    \b(wat kost|kosten|prijs)\b.{0,6}\b(de )?(verzending|vracht|levering|transport)\b|\b(verzend|vracht|transport|lever)kosten\b
  `,
  sample_cost: r`
    \bmonsters? (gratis|kosteloos|betalen)\b|\bkosten (van )?(het |de )?monster\w*\b
  `,
  shipping: r`
    \bvracht\w*\b|\bexpediteur\b
    ~\bdouane\b
    ~\bverzend\w*\b
    ~\btransport\w*\b
    \b(per|via) (zee|lucht|schip|vliegtuig|boot|koerier)\b|\bzeevracht\b|\bluchtvracht\b
    \bhaven\b
    ~\bcontainers?\b|\blevering (naar|in|tot)\b
  `,
  payment_terms: r`
    \bbetaalvoorwaarden\b|\bbetalingsvoorwaarden\b|\boverschrijving\b|\bkredietbrief\b|\bbetalen met\b
    ~\baanbetaling\b|\bvooruitbetaling\b
    \bhoe (kunnen we|kan ik) betalen\b
    ~\bbetal(en|ing)\b
  `,
  payment_extension: r`
    \bbetalingstermijn\w*\b|\buitstel van betaling\b
    \b(later|achteraf|na levering|in termijnen) (te )?(betalen|betaling)\b
    \b(30|60|90) dagen (betalingstermijn|krediet|na factuur|netto)\b|\b(termijn|betaling) (verlengen|uitstellen)\b
    \b(betalen|betaling|saldo)\b.{0,25}\bna \d+ dagen\b|\bna \d+ dagen\b.{0,20}\bbetalen\b|\bbetalingstermijn\w*|\buitstel van betaling\b
    \b(houden|zetten) (we |wij )?(de )?(rest|slot)?(betaling|bedrag|saldo)\w* (in|vast|aan)\b|\b(rest|slot)?betaling\w* (inhouden|opschorten)\b
    \b(restbetaling|slotbetaling|betaling|saldo)\b.{0,20}\b(week|weken|dagen|maand) later\b
    \b(betaling|saldo|restbetaling|slotbetaling)\b.{0,30}\b(uitstellen|opschuiven)\b
  `,
  order_confirmation: r`
    \bbestelling (bevestig\w*|plaats\w*|geplaatst|definitief)\b|\b(bevestig|bevestigen) (de |onze )?bestelling\b
    \b(we|wij|ik) (bestellen|nemen ze|gaan akkoord)\b|\binkooporder\b|\bakkoord\b
    \bde rest (is |blijft )?(bevestigd|akkoord|ok)\b
    # an order promised today on a condition the buyer sets
    \bbevestig (ik )?(nog )?vandaag( nog)?\b
  `,
  order_split: r`
    \b(splitsen|opsplitsen|verdelen)\b|\bdeellevering\w*\b|\bgedeeltelijk\w* (levering|verzending)\b
    \b(twee|2|drie|3|meerdere) (zendingen|leveringen|facturen|delen)\b
    # "500 stuks nu en 500 volgende maand", "de helft nu en de rest in september"
    \b(de helft|een deel|\d[\d.,]*( \w+)?) (nu|direct|eerst|meteen)\b,? (en )?(de rest|het restant|de resterende|de andere helft|de helft|\d[\d.,]*)\b
    \b(twee|2|drie|3) (aparte|losse|gescheiden) (facturen|zendingen|leveringen)\b
  `,
  complaint: r`
    \b(beschadigd\w*|kapot|defect\w*|gebrek\w*|gekrast|verroest)\b|\bontbre\w*\b
    \bslechte kwaliteit\b|\bkwaliteitsprobleem\w*\b|\b(klacht\w*|terugbetaling|retour\w*)\b
    \bvertraa?g\w*\b|\bte laat\b|\b(nog steeds |nog )?niet (aangekomen|ontvangen|geleverd)\b|\bverkeerd\w*\b|\bwerkt niet\b
    \b(nog steeds|nog altijd|nog) niet (verzonden|geleverd|aangekomen|ontvangen|binnen)\b
    \b(geplet|geplet aan|ingedeukt|nat|kapot|beschadigd)\b|\bverkeerde (kleur|maat|aantal|artikel)\b|\b(te weinig|ontbreken|ontbreekt)\b|\b(vertraging|te laat)\b
    # scratches, cracks, leaks, lights that stay off
    \bkrassen\b|\b(gebarsten|barsten|scheuren)\b|\blekken\b|\blekt\b|\blekkage\b|\b(gaan|gaat) niet (meer )?aan\b|\b(werken|doen) (het )?niet\b|\bdoet het niet\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(ik stuur .{0,40} door|doorgestuurd|bericht van (onze|mijn) klant|mail van (onze|mijn) klant|(onze|mijn) klant (schrijft|meldt|klaagt|zegt))\b.{0,200}\b(vervang\w*|omruil\w*|retour\w*|laden .{0,10}niet|branden .{0,10}niet|hoe lossen)\b
    \b(graag|vragen om|eisen|willen) (\w+ )?(vervanging|omruiling|terugbetaling)\b|\b(branden|brandt|koelen|koelt|draaien|draait) (er \d+ )?niet\b|\blad(en|t) (er \d+ )?niet (meer )?op\b
    \bhoe (lossen|gaan) jullie (dit|dat|het) (op|oplossen)\b|\bgedeukt\b
    \b(beloofden|beloofd|toegezegd)\b.{0,80}\b(nu|nog steeds|niets|al)\b|\bnog steeds niets\b|\b(alweer|weer|opnieuw|nog meer) uitstel\b|\bklopt niet met (de|onze) bestelling\b|\bkleur klopt niet\b
    \b(klaagt|klagen)\b|\bflikker\w*\b|\bbladder\w* af\b|\bwiebel\w*\b|\bverbogen\b|\bverkleur\w*\b|\bnog (steeds )?niets (verzonden|verscheept|geleverd|binnen|ontvangen)\b|\bnog niet verscheept\b
    \bkomt niet overeen\b|\bminder (ontvangen|geleverd|gekregen)\b|\bminder dan op de (factuur|pakbon|paklijst)\b|\bkwaliteit (is )?(achteruit|slechter)\b
    \b(onacceptabel|onaanvaardbaar)\b|\bwachten al (\w+ )?(weken|maanden)\b|\bnaden (laten los|gaan open)\b|\b(stinkt|stank|vieze geur)\b
    \b(maten|afmetingen|kleur|kleuren|aantallen|aantal|hoeveelheid|gewicht|maat|kwaliteit) (kloppen|klopt) niet\b
    \b(klemmen|klemt|doorgebrand|kortsluiting)\b|(?<!(bestand|link|bijlage|pdf) )\b(gaan|gaat) niet (open|dicht)\b
    # the goods unlike the approved sample or the photos ("wijkt duidelijk af van het goedgekeurde sample"); of no use to us
    \b(wijkt|wijken|afwijk\w*)\b.{0,40}\b(sample|monster|staal|foto'?s?|goedgekeurd\w*)\b
    \bhier kunnen (wij|we) niets mee\b
  `,
  customization: r`
    \b(op maat|maatwerk|gepersonaliseerd|personaliseren)\b|\b(eigen|ons) (logo|merk)\b|\blogo\b
    ~\b(maten|afmeting\w*|specificatie\w*|bedrukk\w*|verpakking\w*)\b
    ~\bkleur\w*\b
  `,
  certification: r`
    \bcertifica\w*\b|\b(test|keurings)rapport\w*\b|\bveiligheidsinformatieblad\b|\bconformiteitsverklaring\b
  `,
  catalog_request: r`
    \bcatalog(us|i)\b|\bprijslijst\w*\b|\bproductlijst\w*\b|\bbrochure\w*\b|\bassortiment\b
    \bdatasheets?\b|\btechnische (fiche|gegevens|tekening\w*)\b
  `,
  opt_out: r`
    \b(geen|niet meer) (berichten|contact|mails|benaderen|sturen)\b|\bstop(pen)? met (berichten|sturen|mailen)\b
    \b(afmelden|uitschrijven)\b|\bgeen interesse\b|\b(verwijder|haal) mij\b
  `,
};
