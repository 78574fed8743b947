// The buyer wants nothing from the sender and never asked for anything: "Stop gewoon. Ik heb niks besteld en wil niks.",
// "Ik heb gezegd dat ik niks moet hebben. Gedaan nu.", "Ich will nichts von Ihnen.", "Ich habe nichts bestellt, hören Sie
// auf." Said to a seller who keeps writing, it is the buyer ending the contact; German and Dutch say it so more than
// other languages (our held-out reading misses their opt-outs most). Each is a *likely* opt-out (the owner confirms): the
// "nothing" stands at the end of its clause, so "ik wil niks veranderen" (nothing changed) or "wir brauchen nichts weiter,
// bitte die PI" are not read, and an order word after it ("… wir bestellen morgen") keeps it a trade message. Folded text.

const NO_TRADE_AFTER = String.raw`(?!.{0,60}\b(bestel|bestell|koop|kauf|order|betal|bezahl|zahl|bevestig|bestatig|pi|proforma|offerte|angebot|preis|prijs|muster|monster|sample)\w*)`;
const END = String.raw`\s*([.!,;]|$| en | und | maar | aber )`;

export const WANT_NOTHING_OPT_OUT: RegExp[] = [
  // Dutch (and Flemish "moet niks hebben"): "ik wil niks (meer) (van jullie)", "ik heb niks besteld"
  new RegExp(String.raw`\b(ik|wij|we) (wil|willen|moet|moeten|hoef|hoeven) (echt |helemaal |gewoon )?(niks|niets|nix)( meer)?( (van|bij) (jullie|u|je|jou))?( (te )?(hebben|kopen|weten))?${END}${NO_TRADE_AFTER}`),
  // (in a clause after "dat": "ik heb gezegd dat ik niks moet hebben")
  new RegExp(String.raw`\b(ik|wij|we) (niks|niets|nix)( meer)?( (van|bij) (jullie|u|je|jou))? (wil|willen|moet|moeten|hoef|hoeven)( (te )?(hebben|kopen|weten))?${END}${NO_TRADE_AFTER}`),
  new RegExp(String.raw`\b(ik|wij|we) (heb|hebben) (helemaal |echt |nooit )?(niks|niets|nix) (besteld|gevraagd|aangevraagd)\b${NO_TRADE_AFTER}`),
  // German: "ich will nichts (von Ihnen)", "wir brauchen nichts", "ich habe nichts bestellt / angefragt"
  new RegExp(String.raw`\b(ich|wir) (will|wollen|mochte|mochten|brauche|brauchen) (wirklich |absolut |gar |einfach )?(nichts|nix)( mehr)?( (von|bei) (ihnen|euch|dir))?( (haben|kaufen|wissen))?${END}${NO_TRADE_AFTER}`),
  new RegExp(String.raw`\b(ich|wir) (habe|haben|hab) (gar |nie |absolut |doch )?(nichts|nix) (bestellt|angefragt|angefordert)\b${NO_TRADE_AFTER}`),
  // English: "I want nothing from you", "I never ordered anything", "I didn't ask for anything"
  new RegExp(String.raw`\b(i|we) (want|need) nothing( (more|else))?( from (you|u))?${END}${NO_TRADE_AFTER}|\b(i|we) (never|didn'?t|did not) (order|ordered|ask for|asked for|request|requested) anything\b${NO_TRADE_AFTER}`),
];
