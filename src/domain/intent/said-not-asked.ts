// Spans that name an ask without making it: what is settled ("MOQ is fine for us"), the goods measured against the
// sample, and what is not asked of its own (which option is cheaper, an order named as what comes later). Folded
// ASCII sources; negation.ts blanks them with the negated and acknowledged asks.

// Said of what is settled, not asked: "MOQ is fine for us" (the buyer accepts it), "shipping was super fast last time"
// (praise for a past delivery).
const SETTLED_TIME = String.raw`( last time| la ultima vez| da ultima vez| la derniere fois| letztes mal| l'ultima volta| dell'altra volta| vorige keer| ostatnio| gecen sefer| kemarin| lan truoc)?`;
const SETTLED = [
  // a lead time taken note of, or not pressed: "Ok, Lieferzeit notiert", "ok noted on the lead time", "no rush"
  String.raw`\b(ok,? )?(noted|got it)( on| about)?( the)? (lead ?time|delivery time|delivery date)\b|\b(lieferzeit|delai|plazo|tiempo de entrega|prazo|levertijd|tempi di consegna) (notiert|note|anotado|anotei|genoteerd|annotat[oi]|preso nota)\b|\banotad[oa] (o |el )?(tiempo de entrega|plazo|prazo)\b|\b(no rush|not urgent|no hurry|not in a (rush|hurry))( on| for| with)?( the)? (lead ?time|delivery|shipping|shipment)\b|\b(el |o |la |a )?(transporte|envio|entrega|embarque|pengiriman(nya)?) (no corre prisa|no tiene prisa|sin prisa|nao tem pressa|sem pressa|(gak|tidak|ga|nggak) (buru-buru|terburu-buru|mendesak))\b`,
  String.raw`\b(the |your |de |het |la |el |o |a |il |die |der )?(moq|minimum order( quantity)?|minimum|minimale afname|pedido minimo|cantidad minima|quantidade minima|mindestmenge|mindestbestellmenge|minimo|ordine minimo|minimalne zamowienie|minimum siparis( adedi)?|minimum adet|minimal order|lead ?time|delivery time|plazo( de entrega)?|prazo( de entrega)?|delai|lieferzeit|tempi di consegna|levertijd|termin( dostawy)?|teslim suresi|waktu produksi)([ -]?nya)?( is| ist| es| e| est| zijn| jest| sono| son| ta| esta| vay)?( (nam|us|uns|nos|nous|ci|ons))? (ok|okay|fine|good|acceptable|akkoord|pasuje|passt|va bene|bien|bom|prima|uygun|oke|on|dicatat|noted|in orde|d'accord|sirve|serve|convient|conviene|tranquilo|aman)( for us| para nosotros| para nos| pour nous| fur uns| per noi| voor ons| dla nas| bizim icin| buat kami)?\b(?!\s*\?)`,
  // the order placed at the price already given: "at the quoted price", "zum angebotenen Preis", "theo giá đã báo"
  String.raw`\b(at|for) (the|your|our) (quoted|agreed|offered|confirmed) (price|prices|rate)\b|\bat the price (you )?(quoted|offered|agreed)\b|\b(zum|zu dem|zu den) (angebotenen|vereinbarten|genannten|besprochenen) (preis|preisen)\b|\btegen de (aangeboden|afgesproken|genoemde|geoffreerde) prijs\b|\bal prezzo (offerto|concordato|indicato|pattuito|del preventivo)\b|\bal precio (ofrecido|acordado|cotizado|indicado|de la cotizacion)\b|\b(ao|pelo) preco (oferecido|combinado|cotado|acordado)\b|\bau prix (propose|convenu|indique|du devis|offert)\b|\b(w|po) cenie z oferty\b|\bw (uzgodnionej|ustalonej) cenie\b|\b(sesuai|dengan) harga (penawaran|yang disepakati|yang ditawarkan)\b|\b(teklifinizdeki|anlasilan|anlastigimiz|verdiginiz) fiyattan\b|\btheo (gia (da bao|da thoa thuan)|bao gia)\b`,
  // the price accepted, with the next question elsewhere: "Price is ok. What is the freight?", "Fiyat tamam."
  String.raw`\b(the |your |le |el |o |il |der |de |het )?(price|prices|prix|precio|preco|preis|prezzo|prijs|cena|ceny|harga|gia|fiyat|fiyatlar)( is| are| est| es| e| ist| jest| zijn)?( (nam|us|uns|nos|ci|ons))? (ok|okay|fine|acceptable|oke|tamam|uygun|ok roi|va bene|in orde|akkoord|pasuje|passt)\b(?!\s*\?)`,
  String.raw`\b(gecen seferki |the last |la ultima |o ultimo )?(the |de |la |el |o |a |il |die |der )?(shipping|delivery|shipment|envio|entrega|livraison|lieferung|versand|spedizione|consegna|verzending|levering|wysylka|dostawa|kargo|sevkiyat|teslimat|pengiriman|giao hang)${SETTLED_TIME}( was| went| came| arrived| ging| kam| fue| llego| foi| chegou| etait| a ete| est arrivee| war| e stata| e arrivata| era| byla| byl| oldu| sangat| rat)?${SETTLED_TIME} (very |super |so |really |muy |bem |muito |tres |sehr |molto |erg |bardzo |cok |sangat |rat )?(fast|quick|rapid[ao]?|rapidisim[ao]|rapidissim[ao]|rapide|schnell|veloce|velocissim[ao]|snel|szybk\w*|hizli\w*|cepat|cepet|nhanh)\b`,
];

// Not an ask of its own: which option costs less ("air or sea, which is cheaper?" asks about shipping, no discount),
// an order named as what comes later ("samples before we order") or as a supposition ("if we order today, the lead
// time?": the lead time is asked, the order is not placed).
const NOT_ASKED = [
  String.raw`\b(which|what)('s| is)? (one )?(is )?cheaper\b|\bwat is goedkoper\b|\b(que|cual) (es|sale) mas barato\b|\bo que (e|sai) mais barato\b|\bqu'est-ce qui (est|revient) moins cher\b|\bwas ist (billiger|gunstiger)\b|\bcosa costa (di )?meno\b|\bcai nao re hon\b|\bmana yang lebih murah\b|\bhangisi daha ucuz\b|\bco (jest )?tansze\b`,
  // an agreement asked, not given: "30% deposit, 70% against B/L, ok?"
  String.raw`\b(ok|okay|akkoord|d'accord|va bene|de acuerdo|tudo bem|einverstanden|oke|uygun mu|pasuje)\s*\?`,
  String.raw`\bbefore (you |we )?(start|begin)( the)? (mass |bulk )?production\b`,
  String.raw`\b(before|prior to) (we |i )?(order|ordering|placing (the |an |our )?order|place (the |an |our )?order|confirm(ing)? (the )?order)\b|\bantes de (hacer|realizar|colocar|fazer) (el |o )?pedido\b|\bavant de (passer|confirmer) (la |une )?commande\b|\bbevor wir bestellen\b|\bprima di (ordinare|fare l'ordine)\b|\bvoordat we bestellen\b|\b(zanim|przed) zamowi\w*\b|\bsebelum (kami |saya )?(order|pesan)\b|\btruoc khi (dat hang|len don)\b`,
  // plain packaging and colours kept apart ask for nothing custom: "Pas de logo, un emballage neutre suffit"
  String.raw`\b(neutral|plain|standard|normal|generic|blank) (packaging|packing|package|box|boxes|carton|cartons)\b|\bemballage (neutre|standard)\b|\b(confezione|imballo) (neutr[ao]|standard)\b|\bneutrale verpakking\b|\b(packing|kemasan) polos\b|\bpolos saja\b|\bembalage\w* neutra\b|\b(empaque|caja) (neutr[oa]|estandar|generic[oa])\b|\b(neutrale|standard)verpackung\b|\bneutrale verpackung\b|\bneutralne opakowanie\b|\b(standart|sade|duz) ambalaj\b|\bbao bi tron\b`,
  // an ask disowned: "I'm not asking for a discount, just when it ships", "no le estoy pidiendo descuento"
  String.raw`\b(i'?m|im|i am|we'?re|we are|i was|we were)( really)? not (asking|begging|looking) (for|about) (a |any |another |more |the )?(discount|lower price|better price|price cut|rebate|reduction|sample|catalog\w*)s?\b|\bno (le |les |te |os )?(estoy|estamos|ando) pidiendo (un |otro |ningun )?(descuento|rebaja|mejor precio)\b|\bnao (to|tou|estou|estamos|estou te|to te) pedindo (um |outro |nenhum )?(desconto|abatimento)\b|\bje ne (vous |te )?(demande|reclame) pas (de |une |d'autre )?(remise|reduction|rabais|ristourne)s?\b|\b(ich|wir) (frage|fragen|bitte|bitten) (sie )?nicht (nach|um) (einen |einem |weiteren |mehr )?(rabatt|nachlass|preisnachlass)\b|\bnon (vi |ti )?(chiedo|chiediamo|sto chiedendo|stiamo chiedendo) (uno |altri |nessuno |lo )?(scont[oi]|ribass[oi])\b|\bik vraag (niet om |geen )(extra )?korting\b|\bnie (prosze|prosimy) o (rabat|upust|znizke|obnizke)\b|\b(saya |sy |aku |kami )?(gak|tidak|nggak|ga|bukan|tdk) (minta|nanya) (diskon|potongan|harga murah)\b|\bkhong (xin|doi|hoi|can) (giam gia|chiet khau|bot gia)\b|\bindirim (istemiyorum|istemiyoruz|talep etmiyorum)\b`,
  // let go of: "laat die korting maar" (forget the discount)
  String.raw`\blaat (die |de |het )?[a-z]+ (maar|zitten|vallen)\b`,
  String.raw`\b(die )?farben nicht (mischen|vermischen|verwechseln)\b`,
  String.raw`\b(den|die|das) (katalog|preisliste|muster|angebot|prospekt)\w* (mussen|brauchen) sie (mir |uns )?nicht (zu )?(schicken|senden)\b`,
  String.raw`\b(don'?t|do not) mix (up )?(the )?colou?rs\b|\bne melangez pas les couleurs\b|\bno mezcle(n)? los colores\b|\bdung tron mau\b`,
  // an acknowledgement with the object inside it: "em nhận catalogue rồi" (got the catalogue)
  String.raw`\bnhan (duoc )?(cai |cuon |file )?(catalogue|catalog|bao gia|mau|hoa don|pi|bang gia) roi\b`,
  String.raw`\b(if|si|se|wenn|als|jesli|kalau|nếu|neu|eger)( (we|i|nous|on|wir|ik|we|kami|saya|em|biz|eu|noi))? (order|place the order|hago el pedido|hacemos el pedido|pido|pedimos|fechamos|fecho|commandons|commande|passons commande|valide|validons|bestellen|ordiniamo|ordino|zamowimy|zamawiamy|order|pesan|dat hang|siparis verirsek|confirm|confirmamos|confermiamo)\b( (today|now|hoy|hoje|aujourd'hui|heute|oggi|vandaag|dzisiaj|hari ini|hom nay|bugun|ahora|agora|maintenant|jetzt|adesso|nu|teraz|sekarang))?(?=\s*[,?]|\s+(what|when|how|cual|cuando|quel|wann|wie|quando|qual|wat|hoe|kiedy|jaki|kapan|berapa|bao lau|khi nao|ne zaman))`,
];

// Said of the goods against the sample, not asked: "the quality is worse than the sample", "colour differs from the
// approved sample".
const COMPARED_WITH_SAMPLE = [
  String.raw`\b(than|from|as|like) (the |our |your )?(approved |original |first |pre-?production )?samples?\b`,
  String.raw`\b(distint\w*|diferente\w*|peor|pior|melhor|mejor|igual) (que |a |de |da )?(la |las |a |as )?(muestras?|amostras?)( aprobada| aprovada)?\b`,
  String.raw`\b(different\w*|pire|moins (bien|bon(ne)?s?)|meilleure?s?|conforme|identique) (que |a |de )?(l'|les |la |le )?echantillons?\b`,
  String.raw`\b(schlechter|anders|besser|abweichend) (als|wie|vom) (das |die |dem )?(freigegebene\w* |genehmigte\w* )?muster\b|\bvom (freigegebenen |genehmigten )?muster\b`,
  String.raw`\b(divers\w*|peggio|peggiore|meglio) (dal|del|al|rispetto al) campion[ei]( approvat[oi])?\b|\bdal campione( approvato)?\b`,
  String.raw`\b(anders|slechter|beter) dan (het |de )?(goedgekeurde )?(sample|monster|staal)\b|\bwijkt af van (het |de )?(goedgekeurde )?(sample|monster|staal)\b`,
  String.raw`\b(gorsz\w*|inn\w*|lepsz\w*) (niz|od) (probk\w*|wzor\w*)\b|\bodbiega\w* od (zatwierdzon\w* )?(probk\w*|wzor\w*)\b|\b(kem|khac|te) hon mau\b|\bkhac (han |voi |hoan toan )?mau\b|\bso voi mau\b`,
  String.raw`\bnumuneden (farkli|kotu|daha kotu)\b|\b(beda|berbeda|lebih jelek|lebih buruk) (dari|dengan) (sampel|contoh)\b`,
  String.raw`\b(samples?|muster|muestras?|amostras?|campioni|echantillons?|monsters?|probki) (were|waren|fueron|estaban|eram|estavam|erano|etaient|waren|byly) (good|fine|ok|great|perfect|gut|bien|buenas|perfectas|boas|otimas|perfeitas|buoni|bons|goed|dobre)\b|\b(sampel|contoh)(nya)? (bagus|oke|ok)\b|\bmau (thi )?(dep|tot|ok)\b|\bnumuneler (iyiydi|guzeldi)\b`,
];

/** Every source above, for negation.ts's ASCII masks. */
export const SAID_NOT_ASKED: readonly string[] = [...SETTLED, ...COMPARED_WITH_SAMPLE, ...NOT_ASKED];
