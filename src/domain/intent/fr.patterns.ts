import type { PatternTable } from './pattern-table';

const r = String.raw;

// French (France, Belgium, Maghreb, West Africa).
export const fr: PatternTable = {
  greeting: r`
    ^\s*(bonjour|bonsoir|salut|slt|bjr|cher|ch[eè]re|chers|madame|monsieur)\b
    \b(bonjour|bonsoir|comment allez|[cç]a va\s*\?|enchant[eé])\b
  `,
  thanks: r`
    \b(merci|mrc|je vous remercie|remerciements?)\b
  `,
  price_inquiry: r`
    (?<!\b(liste|grille) de )\b(prix|tarifs?|co[uû]ts?)\s*(\?|de|du|des|pour|unitaire)
    \bcombien (co[uû]te|co[uû]tent|pour|[cç]a co[uû]te|le|la|les|l'unit[eé]|est|par)\b(?!.{0,10}\b(livraison|transport|fret|[eé]chantillon))
    \bcombien\s*\?
    ~(?<!(ne|n'|pas) )\b(envoyer|faire|avoir|demande|besoin d'un|recevoir|etablir) (un |une |votre |vos |le )?(devis|cotation|offre de prix|tarif)\b
    ~\bdevis\b
    ~\bcotation\b
    \bquel (est le |serait le )?prix\b
    ~\bprix\b
    ~\bcombien\b(?! de (temps|jours|semaines))
  `,
  quote_revision: r`
    \b(modifi|chang|corrig|actualis|r[eé]vis|refaire|ajust)\w* (le |la |du |de la |votre |notre )?(devis|proforma|pi|facture|offre|cotation|contrat)\b
    \bmettre [aà] jour (le |la )?(devis|proforma|pi|facture|offre)\b
    \bnouve(au|lle) (devis|proforma|pi|facture|offre|cotation)\b
    \b(devis|proforma|facture|offre) (corrig[eé]e?|modifi[eé]e?|r[eé]vis[eé]e?|mis[e]? [aà] jour)\b
    \b(refaire|mettre a jour|corriger|reviser) (le |la )?(devis|proforma|offre)\b
    # Québec's "soumission" is a quote
    \b(modifi|chang|corrig|r[eé]vis|refai|refaire|ajust)\w* (la |votre |notre |cette )?soumission\b|\bnouvelle soumission\b|\brefai(s|tes)[- ]moi\b
    # a line taken out of the quote ("supprimez la ligne des coussins de la proforma")
    \b(supprim|retir|enlev)\w*\b.{0,40}\b(de la|du|de votre|de notre|de cette) (proforma|devis|offre|soumission|pi|cotation)\b
    # a credit for bad goods on the next proforma
    \b(avoir|cr[eé]dit|d[eé]dui\w*)\b.{0,40}\bprochaine? (facture proforma|proforma|pi)\b
  `,
  quote_set_aside: r`
    # the old quote set aside for a new one (Québec's "soumission" is a quote: "oublie la soumission de la semaine passée")
    (?<!\bn'|\bne )\b(oubli|annul)\w*\b.{0,25}\b(soumission|devis|proforma|cotation)\b
  `,
  discount_request: r`
    # "still too high" after a quote: the price is being pushed down
    \btoujours (trop )?(cher|chers|eleve|eleves)\b
    # (a "remise documentaire" is a documentary collection, a way to pay)
    \b(remise(?! (documentaire|de documents|des documents|en banque))|r[eé]duction|rabais|ristourne|geste commercial)\b
    \b(meilleur|dernier|plus bas) prix\b(?!\s*\?)
    \b(trop|tr[eè]s|un peu|assez|c'est) cher\b
    ~\bmoins cher\b
    \b(prix|tarifs?)\b (est |sont )?(trop |tr[eè]s |un peu |assez )?([eé]lev[eé]s?|chers?|hauts?)\b
    \bbaisser (le |votre |vos |un peu )?(prix|tarif)\b|\bfaire un effort\b
    \bn[eé]goci\w*\b|\bprix cible\b
  `,
  competitor_mention: r`
    \b(autres?|un autre|une autre) (fournisseur|fournisseurs|usine|usines|soci[eé]t[eé]|entreprise|fabricant)\b
    \bconcurren\w*\b
    \b(on|ils) (nous |m')?(propose|offre|proposent|offrent|a propos[eé]|ont propos[eé])\b
  `,
  moq: r`
    \b(quantit[eé]|commande) minim(um|ale)\b|\bminimum\b|\bcommande (test|d'essai)\b
  `,
  sample_request: r`
    \b[eé]chantillon\w*\b|\bprototype\b
  `,
  lead_time: r`
    # a date the goods are needed by is a question on lead time (weak: a complaint about it is no ask)
    ~\b(d'ici|avant le) (\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|samedi|la fin du mois)\b
    # ("un délai de paiement", "un délai pour régler le solde": time to pay)
    \bd[eé]lai\w*\b(?!( \w+){0,2} (de paiement|pour (payer|regler|le solde)))
    \b(temps|dur[eé]e) de (production|fabrication|livraison)\b
    \bquand (est-ce que )?(pouvez|pourrez|sera|serait|seront|arrive|livr|exp[eé]di|envoy)\w*\b
    \bcombien de (jours|temps|semaines)\b|\bdate de livraison\b
    ~\ben stock\b
    \bdisponible (tout de suite|imm[eé]diatement)\b
    \bquand\b.{0,40}\b(sort|sortira|sortent|sortiront|quitte|quittera|part|partira)\b
  `,
  shipping_cost: r`
    \b(frais|co[uû]t|prix|combien) (de |d'|co[uû]te (le |la |l')?)(port|livraison|transport|exp[eé]dition|envoi)\b
  `,
  sample_cost: r`
    \b[eé]chantillons? (payant|gratuit)\w*\b|\b(prix|co[uû]t) (de |d'|des )?[eé]chantillon\w*\b
  `,
  shipping: r`
    # a choice between ways to ship ("sea or air?"): a rep's question as often as a buyer's
    \b(mer|bateau|avion|aerien|maritime)\s+ou\s+(par |l'|le |en )?(mer|bateau|avion|aerien|maritime)\b
    \bfret\b|\btransitaire\b|\bd[eé]douan\w*\b
    ~\btransport\b
    ~\bexp[eé]dition\b
    \b(par|en|voie) (mer|avion|bateau|a[eé]rien(ne)?|maritime|express|route|camion)\b
    \bport\b
    ~\bconteneurs?\b
    \blivr\w* (a|au|en|jusqu)\b
  `,
  // read on the whole text (pattern-table.ts): negation.ts blanks "don't ship" as a waived ask
  shipment_held: r`
    # a shipment held back, put off or sent elsewhere: an instruction on the carriage
    \bne (livrez|exp[eé]diez|chargez) pas\b
    \b(arr[eê]tez|bloquez|suspendez|reportez|d[eé]calez) (l'|la |le |les )?(\w+ )?(exp[eé]ditions?|livraisons?|chargements?)\b
  `,
  payment_terms: r`
    \b(conditions?|modalit[eé]s?|mode|moyens?|termes?) de (paiement|r[eè]glement)\b
    \b(virement|lettre de cr[eé]dit|cr[eé]dit documentaire|paypal)\b
    ~\bacompte\b
    \bcomment (payer|r[eé]gler)\b
    ~\b(paiement|payer|r[eè]glement|solde)\b
  `,
  payment_extension: r`
    \b(payer|r[eé]gler|paiement|r[eè]glement)\b.{0,20}\b(plus tard|apr[eè]s|[aà] la livraison|[aà] r[eé]ception|en plusieurs fois|[aà] (30|45|60|90) jours|le mois prochain)\b
    \b(30|45|60|90) jours (fin de mois|de cr[eé]dit|net)\b
    \bd[eé]lai de paiement\b|\b[eé]ch[eé]ancier\b|\bfacilit[eé]s? de paiement\b
    \b(prolonger|reporter|d[eé]caler|[eé]chelonner|diff[eé]rer)\b.{0,10}\b(paiement|r[eè]glement|[eé]ch[eé]ance)\b
    \bpayer\b.{0,25}\b(a )?\d+ jours\b|\bdelai de paiement\b
  `,
  order_confirmation: r`
    \bconfirm\w* (la |notre |ma )?commande\b
    \b(passer|passons|passe|passerons|lancer|lancez|lan[cç]ons) (la |une |notre )?(commande|production)\b
    \bbon de commande\b
    \b(on|nous) (valide|validons|commande|commandons|prend|prenons)\b
    \b(valid|confirm)\w* (la |le )?(commande|proforma|pi|devis)\b
    \bacompte (pay[eé]|envoy[eé]|vir[eé])\b
    \b(envoy|transmet|prepar|etabli)\w*(-moi|-nous| moi| nous)? (la |une |votre )?(pi|proforma|facture proforma)\b
    \ble reste (est )?(confirm[eé]|valid[eé]|ok)\b
    # an order promised today on a condition the buyer sets ("si vous livrez en 45 jours je confirme aujourd'hui même")
    \b(je |on )?confirme (des |dès )?aujourd'?hui( m[eê]me)?\b
  `,
  order_split: r`
    \b(diviser|scinder|s[eé]parer|fractionner)\b.{0,15}\b(commande|envoi|exp[eé]dition|facture|en)\b
    \b(deux|2|trois|3|plusieurs) (exp[eé]ditions|envois|factures|livraisons|lots|parties)\b
    \b(livraison|exp[eé]dition) partielle\b|\ben plusieurs (fois|lots|envois)\b
    # "la moitie maintenant et le reste en septembre"
    \b(la moitie|une partie|\d[\d.,]*( \w+)?) (maintenant|tout de suite|d'abord)\b,? (et )?(le reste|le restant|les autres|l'autre moitie|la moitie|moitie|\d[\d.,]*)\b
    \b(expedi|envoy|livr)\w* (la partie|ce qui est|les pieces|la marchandise) (prete?s?|fini\w*|dispo\w*)\b[^.?!]{0,40}\ble reste\b
  `,
  complaint: r`
    \b(endommag\w*|cass[eé]\w*|d[eé]fectueu\w*|d[eé]fauts?|ab[iî]m[eé]\w*|ray[eé]\w*|rouill[eé]\w*)\b
    \b(manquant\w*|il manque|manque \d)\b
    \b(mauvaise|m[eé]diocre) qualit[eé]\b|\bprobl[eè]me de qualit[eé]\b
    \b(r[eé]clamation|plainte|remboursement|retour de (la )?marchandise|litige)\b
    \bretard\w*\b
    \b(toujours |encore )?pas (encore )?(re[cç]u|arriv[eé]|livr[eé])\b
    \bne (marche|fonctionne) pas\b|\berron[eé]\w*\b|\bpas conforme\b
    \b(toujours|encore|pas encore) (pas )?(expedi\w*|envoy\w*|livr\w*|arriv\w*|recu\w*)\b
    \b(ecrase\w*|abime\w*|mouille\w*|endommage\w*|casse\w*)\b|\b(mauvaise|mauvais) (couleur|taille|modele|quantite|article)\b|\b(il )?manque\b|\b(en )?retard\b
    # scratches, cracks, leaks, lights that stay off ("anti-rayures" is a spec: see product-spec.ts)
    \brayures?\b|\bfissur\w*\b|\bfuient\b|\bfuite\w*\b|\bne (marche|marchent|fonctionnent|s'?allument|s'?allume) (pas|plus)\b
    # fifth pass: a forwarded complaint of the buyer's customer; a replacement, a fix asked; faults of function
    \b(je vous (transfere|transmets|fais suivre)|voici (le )?(mail|message) de (mon|notre) client|(mon|notre) client (m'a |nous a )?(ecrit|dit|signale|se plaint))\b.{0,200}\b(remplac\w*|echange\w*|renvoyer|retourner|ne \w+ (pas|plus)|que proposez-vous)\b
    \b(demandons|exigeons|souhaitons|voulons|merci de|veuillez) (le |un |les )?(remplac\w*|echange\w*)\b
    \bne (chauffent|chauffe|refroidissent|refroidit|chargent|charge|tournent|tourne|demarrent|demarre) (pas|plus)\b
    \bcomment (allez-vous|comptez-vous|allez vous|comptez vous|on va|pouvez-vous) (resoudre|regler|corriger|compenser)\b|\bquelle (solution|compensation) (proposez|pouvez)
    # long due: a promised date gone by
    \b(vous aviez |vous avez )?promis\b.{0,80}\b(toujours rien|toujours pas|nous sommes|on est|deja)\b|\btoujours rien\b
    \bn'est pas (celle|celui|ce) qu(e |')(on a|nous avons|j'ai) (valide|approuve|commande|confirme)\w*\b|\bqualite (inferieure|moins bonne)\b|\bmoins bonne qualite\b|\bteintes? differentes?\b
    \bse plai(nt|gnent|gnait)\b|\bclignot\w*\b|\bs'ecaill\w*\b|\bgrincent\b|\btordu(e|s|es)?\b|\bmecontent\w*\b
    \bne (correspond|correspondent) (pas|plus)\b|\bqualite (a baisse|s'est degradee|a chute)\b|\bmoins que (sur )?(la facture|le packing|la liste de colisage)\b
    \b(inadmissible|inacceptable)\b|\bodeur (forte|chimique|de plastique)\b|\bnous a (renvoye|retourne) \d+\b
    \bse cass(e|ent)\b
    \bse (bloquent|bloque|coincent|coince)\b|(?<!(fichier|lien|pdf|document) )\bne (ferment|ferme|s'ouvrent|s'ouvre) (pas|plus)\b|\b(ont|a) grille\b
    # chipped or cracked; the goods unlike the sample or the photos
    \b([eé]br[eé]ch[eé]\w*|f[eê]l[eé]\w*|fendu\w*)\b
    \b(couleur|teinte|taille|logo)\b.{0,15}\b(pas bonne|fausse|differente|ne correspond pas)\b
    \b(diff[eè]re\w*|diff[eé]rent\w*|ne correspond pas) (de |a |à )?(l'|la |le |les )?([eé]chantillon|photos?|bat)\b
    # a fault laid at the supplier's door ("vous deviez vérifier ça")
    \bvous (deviez|auriez d[uû]) (v[eé]rifier|vous en occuper|nous pr[eé]venir|contr[oô]ler)\b|\bce n'est pas (normal|acceptable|possible)\b
  `,
  customization: r`
    \bpersonnalis\w*\b|\bsur mesure\b|\bmarque (blanche|propre|priv[eé]e)\b|\b(notre|ma) marque\b|\blogos?\b
    ~\b(tailles?|dimensions?|sp[eé]cification\w*|emballage\w*|impression|gravure)\b
    ~\bcouleurs?\b
    ~\ben (noir|blanc|rouge|bleu|vert|jaune|gris|rose|violet|orange|marron|dor[eé]|argent)\b
  `,
  certification: r`
    \bcertific\w*\b|\b(rapport|fiche) (de test|d'essai|de donn[eé]es|technique|de s[eé]curit[eé])\b|\bfds\b|\bconformit[eé]\b|\bnormes?\b|\bhomologation\b
  `,
  catalog_request: r`
    \bcatalogues?\b|\bliste de prix\b|\bgrille tarifaire\b|\b(liste|gamme) de produits\b|\bbrochure\b|\bplaquette\b
    \bfiches? techniques?\b|\bsp[eé]cifications techniques\b
  `,
  opt_out: r`
    \bne (plus|pas) (me |nous )?(contacter|[eé]crire|envoyer|d[eé]ranger)\b
    \b(arr[eê]tez|arr[eê]ter|cessez) de (m'|me |nous )?([eé]crire|envoyer|contacter|spammer)\b
    \b(d[eé]sinscri\w*|d[eé]sabonn\w*)\b|\bpas int[eé]ress[eé]\w*\b|\b(retirez|supprimez)[- ]moi\b
  `,
};
