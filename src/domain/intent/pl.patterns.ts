import type { PatternTable } from './pattern-table';

const r = String.raw;

// Polish; diacritics optional (ą=a, ł=l, ż=z…).
export const pl: PatternTable = {
  greeting: r`
    ^\s*(witam|witajcie|cze[sś][cć]|hej|siema|szanown\w*)\b
    \bdzie[nń] dobry\b|\bdobry wiecz[oó]r\b
  `,
  thanks: r`
    \b(dzi[eę]kuj[eę]|dzi[eę]kujemy|dzi[eę]ki|dziena)\b
  `,
  price_inquiry: r`
    \bile (kosztuje|kosztuj[aą]|za|b[eę]dzie kosztowa[cć]|to kosztuje)\b(?! (wysy[lł]k|transport|dostaw|pr[oó]bk))
    \b(cena|ceny|koszt)\s*(\?|za|dla|jednostkowa)
    ~\b(wycen\w*|ofert[aęy])\b
    \b(prosz[eę] o|poprosz[eę]) (cen[eę]|ofert[eę]|wycen[eę])\b
    ~\bcen(a|y|e|ę|ie|ami|ach)\b
    ~\bile\b(?! (dni|czasu|trwa|tygodni))
  `,
  quote_revision: r`
    \b(zmie[nń]|popraw|zaktualizuj|aktualizuj|skoryguj|zmieni[cć]|poprawi[cć])\w* (t[eę] |nasz[aą] |)?(ofert[eęy]|proform[eęy]|faktur[eęy]|wycen[eęy]|pi)\b
    \b(now[aąe]|zaktualizowan[aąe]|poprawion[aąe]|skorygowan[aąe]) (ofert[aęy]|proform[aęy]|faktur[aęy]|wycen[aęy]|pi)\b
    # the quote worked out anew ("przeliczyć po nowym kursie")
    \bprzelicz(yć|cie|ycie)\b
    # the revised one, in any case ("o poprawionej ofercie")
    \b(zaktualizowan|poprawion|skorygowan)\w* (ofer|proform|faktur|wycen)\w*\b
    # a line taken out of the quote
    \b(usu[nń]|wykre[sś]l|wyrzu[cć])\w*\b.{0,40}\bz (oferty|wyceny|proformy|pi)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one ("zapomnijcie o poprzedniej wycenie"); not "nie zapomnijcie"
    (?<!\bnie )\bzapomni\w*\b.{0,25}\b(ofer|wycen|proform)\w*
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \b(dalej|nadal|wciaz|ciagle) (za )?(drogo|drogie|drogi|wysok\w*)\b
    ~\btaniej\b
    \b(rabat\w*|zni[zż]k\w*|upust\w*)\b
    \b(lepsz|ni[zż]sz|ostateczn|najni[zż]sz)\w* cen\w*\b
    \b(za|bardzo|troch[eę]|zbyt) drog(o|ie|a)\b|\bcena (jest )?(za |zbyt |bardzo )?wysok\w*\b|\bobni[zż]\w*\b|\bnegocj\w*\b|\bcena docelowa\b
  `,
  competitor_mention: r`
    \b(inny|innego|innym|inni|innych|inna|innej) (dostawc|producent|fabryk|firm|sprzedawc)\w*\b|\bkonkurenc\w*\b
  `,
  moq: r`
    \bminimaln\w* (zam[oó]wien|ilo[sś][cć]|partia|partii)\w*\b|\bminimum\b|\bzam[oó]wienie testowe\b
  `,
  sample_request: r`
    \bpr[oó]bk\w*\b|\bpr[oó]bek\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\bdo \d{1,2}(-go\b|\. | (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia)\b)
    \b(czas|termin) (realizacji|dostawy|produkcji|wysy[lł]ki)\b
    \bkiedy (b[eę]dzie|b[eę]d[aą]|wysy[lł]ka|dostawa|wy[sś]lecie|gotowe|dotrze|przyjdzie|mo[zż]ecie)\b
    \bile (dni|czasu|trwa)\b|\b(na|w) magazynie\b|\bod r[eę]ki\b
    \bkiedy\b.{0,30}\b(wyjedzie|wyjada|wyjadą|wyjdzie|opusci|opuści|wyruszy)\b
  `,
  shipping_cost: r`
    \b(koszt\w*|ile kosztuje|cena)\b.{0,6}\b(wysy[lł]k|dostaw|transport)\w*
  `,
  sample_cost: r`
    \bpr[oó]bk\w* (\w+ )?(p[lł]atn|darmow|bezp[lł]atn|koszt)\w*|\b(koszt|cena) pr[oó]bk\w*
  `,
  shipping: r`
    \bfracht\w*\b
    ~\bwysy[lł]k\w*\b
    ~\btransport\w*\b|\bspedyt\w*\b|\bc[lł]o\b|\bodpraw\w* celn\w*\b
    \b(drog[aą]|transport\w*|fracht\w*) (morsk|lotnicz|kolejow)\w*\b|\bmorzem\b|\bsamolotem\b
    ~\bkontener\w*\b
    ~\bdostaw\w* do\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \b(wstrzyma|zatrzyma|przesu[nń])\w* (\w+ )?(wysy[lł]k|za[lł]adun|dostaw)\w*
  `,
  payment_terms: r`
    \b(warunki|forma|metoda|spos[oó]b) p[lł]atno[sś]ci\b|\bprzelew\w*\b|\bakredytyw\w*\b
    ~\bzaliczk\w*\b|\bprzedp[lł]at\w*\b
    \bjak (mo[zż]emy |mog[eę] )?(zap[lł]aci[cć]|p[lł]aci[cć])\b
    ~\b(p[lł]atno[sś][cć]|p[lł]atno[sś]ci|zap[lł]at\w*)\b
  `,
  payment_extension: r`
    \b(odroczon|wyd[lł]u[zż]on|przed[lł]u[zż]on)\w* (termin\w* )?p[lł]atno[sś]\w*\b
    \bp[lł]atno[sś][cć] (po|w ci[aą]gu) (30|60|90|dostawie|otrzymaniu)\b
    \bzap[lł]aci[cć]? (p[oó][zź]niej|po dostawie|w ratach)\b|\b(30|60|90) dni (na p[lł]atno[sś][cć]|kredytu)\b
    \bw ratach\b|\bkredyt kupiecki\b|\bprzed[lł]u[zż]\w* termin\w*\b
    \b(zaplacic|zapłacić|platnosc|płatność|zaplata|zapłata)\b.{0,25}\bza \d+ dni\b|\bodroczon\w*|\bprzedlu\w* termin\w* plat\w*|\bw ratach\b
    # the rest paid later than agreed: "resztę wpłacę do 20-go przyszłego miesiąca", "nie ponaglajcie z płatnością"
    \breszt\w* (wp[lł]ac|zap[lł]ac|przel)\w* (do|w) (\d|przysz|kolejn|nast[eę]pn)
    \bnie ponagla\w* (z|o|w sprawie) (p[lł]atno|zap[lł]at|przelew)\w*
  `,
  order_confirmation: r`
    \bpotwierdz\w* zam[oó]wieni\w*\b|\bzam[oó]wienie (potwierdzone|z[lł]o[zż]one)\b
    \b(sk[lł]adamy|z[lł]o[zż]ymy|z[lł]o[zż]y[cć]|sk[lł]adam) zam[oó]wienie\b|\b(zamawiamy|zamawiam|bierzemy)\b
    \b(mo[zż]ecie|prosz[eę]) (zacz[aą][cć]|rozpocz[aą][cć]|rusza[cć]) produkcj\w*\b
    \bresz(te|ta) (potwierdzam|potwierdzamy|jest potwierdzona|bez zmian)\b
    # an order promised today on a condition the buyer sets
    \bpotwierdzam (jeszcze )?dzi[sś]\b
  `,
  order_split: r`
    \b(podziel|rozdziel)\w*\b
    \b(dwie|2|trzy|3|kilka) (wysy[lł]ki|dostawy|faktury|partie|cz[eę][sś]ci)\b
    \b(wysy[lł]ka|dostawa) cz[eę][sś]ciowa\b|\bosobn\w* (faktur|wysy[lł]k|dostaw)\w*\b
    # "500 sztuk teraz i 500 w przyszlym miesiacu", "polowe teraz, a reszte we wrzesniu"
    \b(polowe|czesc|\d[\d.,]*( \w+)?) (teraz|od razu|najpierw)\b,? (a |i )?(reszte|pozostale|pozostala|druga polowe|polowe|\d[\d.,]*)\b
  `,
  complaint: r`
    \b(uszkodz\w*|zepsut\w*|wadliw\w*|wad[aąyi]|porysowan\w*|p[eę]kni[eę]t\w*)\b
    \b(brak(uje|owa[lł]o)?|brakuj[aą]c\w*)\b|\b(z[lł]a|s[lł]aba|kiepska) jako[sś][cć]\b|\bproblem z (jako[sś]ci[aą]|towarem|zam[oó]wieniem)\b
    \b(reklamac\w*|skarg\w*|zwrot\w*)\b|\bop[oó][zź]ni\w*\b
    \b(jeszcze |nadal )?nie (dotar[lł]\w*|dosz[lł]\w*|otrzyma\w*|przysz[lł]\w*)\b|\bnie dzia[lł]a\b|\bb[lł][eę]dn\w*\b|\bpomy[lł]\w*\b
    \b(nadal|wciaz|wciąż|jeszcze) nie (wyslan\w*|wysłan\w*|dotarl\w*|dotarł\w*|dostarczon\w*|przyszl\w*|przyszł\w*)\b
    \b(zgniecion\w*|zniszczon\w*|uszkodzon\w*|mokr\w*|rozbit\w*)\b|\bz[lł]y kolor\b|\bbrakuje\b|\bopo[zź]nien\w*
    # scratches, cracks, leaks, lights that stay off
    \brys(y|ami|ach)\b|\bzarysowan\w*\b|\bp[eę]k[lł]\w*\b|\bp[eę]kni[eę]ci\w*\b|\bprzecieka\w*\b|\bciekn\w*\b|\bnie (swieci|swieca|dzia[lł]aj[aą]|wlacza(ja)? sie)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(przesylam|przekazuje|przekazujemy|wiadomosc (od|naszego) klienta|mail\w* (od|naszego) klienta|(nasz|moj) klient (pisze|napisal|skarzy|zglasza))\b.{0,200}\b(wymian\w*|zwrot\w*|nie (laduje|laduja|dziala\w*|swieci|chlodzi|grzeje)|jak to rozwiazecie)\b
    \b(prosimy o|prosze o|zadamy|oczekujemy) (\w+ )?(wymian\w*|rekompensat\w*)\b|\b(sie )?nie (laduje|laduja|chlodzi|chlodza|grzeje|grzeja)( sie)?\b
    \bjak (to )?(rozwiazecie|zamierzacie rozwiazac|zalatwicie|naprawicie)\b
    \bobiec\w*\b.{0,80}\b(nadal|wciaz|dalej|juz|nic)\b|\b(nadal|wciaz|dalej) nic\b|\binn[yae] niz (w zamowieniu|zamowion\w*|na probce|probka|wzor\w*)\b
    \bskarz\w* sie\b|\bmigaja\b|\b(farba|lakier|powloka|nadruk) (schodzi|odpada|odchodzi|luszczy sie)\b|\bwygiet\w*\b|\bchwiej\w*\b|\bwyblak\w*\b
    \bnie (zgadza|zgadzaja) sie\b|\bnie odpowiada\w*\b|\bmniej niz (na|w) (fakturze|zamowieniu|liscie)\b|\bjakosc (spadla|sie pogorszyla|pogorszyla sie)\b
    \b(niedopuszczaln\w*|nie do przyjecia|nieakceptowaln\w*)\b|\bczekamy (juz )?(\w+ )?(tygodni\w*|miesi\w*)\b|\bszwy (sie )?(pruja|rozchodza)\b|\bsmierdzi\b
    \b(zacina\w*|spalil\w*|przepalil\w*)\b|(?<!(plik|link|zalacznik) )\bnie (otwieraja|zamykaja|otwiera|zamyka) sie\b|\bblokuja sie\b
    # the goods unlike the sample or the photos
    \b(odbiega|r[oó][zż]ni\w* si[eę]|niezgodn\w*) (od|z) (pr[oó]bk|zdj[eę][cć]|wzor|zatwierdzon)\w*
    \b(kolor|odcie[nń]|rozmiar|logo)\b.{0,20}\b(inny ni[zż]|r[oó][zż]ni si[eę]|niezgodny|z[lł]y)\b
    # a fault laid at the supplier's door ("mieliście to dopilnować", "tak nie może być"), a cost it caused ("płacę za postój kontenera")
    \bmieli[sś]cie (to )?(dopilnowa|sprawdzi|zrobi|przypilnowa)\w*|\btak nie mo[zż]e by[cć]\b
    \bp[lł]ac[eęi]\w* za (post[oó]j|przest[oó]j|sk[lł]adowanie|demurrage)\w*
  `,
  customization: r`
    \bpersonaliz\w*\b|\b(w[lł]asn\w*|nasz\w*) (logo|mark\w*)\b|\blogo\b|\bna zam[oó]wienie\b
    ~\b(rozmiar\w*|wymiar\w*|specyfikac\w*|nadruk\w*|opakowani\w*|grawer\w*)\b
    ~\bkolor\w*\b
  `,
  certification: r`
    \bcertyfikat\w*\b|\batest\w*\b|\braport\w* (z )?(bada[nń]|test[oó]w)\b|\bkarta charakterystyki\b|\bdeklaracj\w* zgodno[sś]ci\b
  `,
  catalog_request: r`
    \bkatalog\w*\b|\bcennik\w*\b|\blist[aęy] produkt[oó]w\b|\bbroszur\w*\b
    \bkart[ay]? techniczn\w*\b|\bspecyfikacj\w* techniczn\w*\b
  `,
  opt_out: r`
    \b(prosz[eę] )?nie (pisa[cć]|piszcie|kontaktowa[cć]|wysy[lł]a[cć]|przysy[lł]a[cć])\w*\b
    \bprzesta[nń](cie)? (pisa[cć]|wysy[lł]a[cć])\b|\bnie (jestem|jeste[sś]my) zainteresowan\w*\b|\b(wypisz\w*|usu[nń]\w* (mnie|m[oó]j numer))\b
  `,
};
