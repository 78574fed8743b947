// The buyer says they want off the chat, the group or the list, or that there is nothing more to follow up, without a
// verb of removing: "Ik wil hier vanaf", "Ik wil uit deze groep", "Ich will raus aus dieser Gruppe", "u hoeft niet meer
// op te volgen", "Sie brauchen nicht mehr nachzufassen". Said to the sender, these mean "stop", but an owner should
// look (a group of buyers may be left for another reason), so each is a *likely* opt-out. The place left is a chat,
// a group or a list, never goods or a contract ("ich will aus dem Vertrag raus" is no opt-out). Folded text.

const WHERE_NL = String.raw`(deze|de|jullie|uw|die|dit|het|je) (\w+ )?(\w*groep|\w*lijst|chat|app-?groep|whatsapp-?groep|bestand)`;
const WHERE_DE = String.raw`(dieser|der|eurer|ihrer|diesem|dem|eurem|ihrem|diesen|den) (\w+ )?(\w*gruppe|\w*liste|\w*verteiler|chat|newsletter)`;

const NO_ORDER_AFTER = String.raw`(?!.{0,40}\b(bestel|bestell|koop|kauf|order|betal|bezahl|zahl|bevestig|bestatig)\w*)`;

export const WANT_OFF_OPT_OUT: RegExp[] = [
  // Dutch: "ik wil hier vanaf", "ik wil uit deze groep (gehaald worden)", "we willen graag van jullie lijst af"
  new RegExp(String.raw`\b(ik wil|wij willen|we willen|wil ik)( graag| alstublieft| aub)? (hier vanaf|hier af|(uit|van) ${WHERE_NL}( af| uit| gehaald| verwijderd)?( worden)?)\s*([.!,?]|$)`),
  // "u hoeft niet meer op te volgen", "jullie hoeven ons niet meer na te bellen" (unless an order follows: "…, we
  // bestellen morgen" needs no chasing because it is coming)
  new RegExp(String.raw`\b(u|je|jij|jullie) (hoeft|hoeven|hoef) (\w+ ){0,2}niet meer (op te volgen|na te bellen|na te mailen|te volgen)\b${NO_ORDER_AFTER}`),
  // Flemish "stopt nu eens met da gestuur", "stop met dat gemail": the sending itself, as a noun
  /\bstop(t|pen)? (\w+ ){0,3}met (da|dat|die|het|uw|jullie) (gestuur|gemail|geapp|gebel|gespam|gezever)\b/,
  // German: "ich will raus aus dieser Gruppe", "wir möchten aus Ihrem Verteiler raus", "ich will hier raus"
  new RegExp(String.raw`\b(ich will|ich mochte|wir wollen|wir mochten)( bitte)? (raus aus ${WHERE_DE}|aus ${WHERE_DE} raus|(hier|da) raus)\s*([.!,?]|$)`),
  // "Sie brauchen nicht mehr nachzufassen", "ihr müsst nicht mehr nachhaken"
  new RegExp(String.raw`\b(sie|ihr|du) (brauchen|braucht|brauchst|mussen|musst) (\w+ ){0,2}nicht mehr (nachzufassen|nachzuhaken|nachfassen|nachhaken)\b${NO_ORDER_AFTER}`),
];
