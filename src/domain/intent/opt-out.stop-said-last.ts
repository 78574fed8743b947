// A complaint about being messaged that ends in a bare "stop!": "Jeden Tag drei Nachrichten mit Bildern von
// Gartenmöbeln. Ernsthaft? Aufhören!", "Hartelijk dank voor de twintig berichten deze week. Nu graag stoppen.",
// "…tutti questi messaggi in inglese. Smettetela per favore", "Sie schreiben mich seit Monaten an… Schluss damit.".
// The stop names no object, so no line of opt-out.patterns.ts can take it; what is to stop is what the message talked
// about. Read only when the stop is a sentence of its own at the end and the message names messages or writing in its
// language (or English): "The blue one is too dark. Stop." names none. A *likely* opt-out: the owner confirms.
// Folded text (no accents; ł → l, ı → i).
import type { DetectedLanguage } from '../language/languages';
import { OPT_OUT_LEXICON } from './opt-out.lexicon';

// Each language's bare "stop it", with the words said around it ("now", "please", "immediately").
const STOP_IT = String.raw`(stop( it| this| now)?|enough( already)?|aufhoren|hort (endlich )?auf|horen sie (endlich |bitte )?auf|schluss( damit| jetzt)?|es reicht|(nu |graag |aub )*stoppen|stop ermee|hou (er(mee)? )?op|kap ermee|arretez( ca)?|ca suffit|smettetela|smettila|smettete|basta( cosi)?|finitela|ya basta|paren( ya)?|parem( com isso)?|chega( disso)?|przestancie|przestan|(natychmiast )?przestac|dosc( tego)?|wystarczy|yeter( artik)?|kesin( artik)?|durun|(bitte )?loschen|(graag )?verwijderen|usuncie|usunac|borrenme|cancellate|apaguem|supprimez|удалите|hentikan|cukup|dung lai|thoi di|хватит|прекратите|перестаньте|やめてください|もうやめて|그만하세요|그만해 ?주세요|够了|别发了|كفاية|كفى|توقفوا)`;
const AROUND = String.raw`(please|pls|bitte|graag|per favore|por favor|prosze|lutfen|svp|s'il vous plait|alstublieft|aub|now|nu|natychmiast|endlich|sofort|subito|ya|juz|jetzt|ahora|agora|tout de suite|immediatamente|danke|thanks|merci|grazie|obrigad[oa]|gracias|dziekuje|tesekkurler)`;
const SAID_LAST = new RegExp(String.raw`(^|[.!?。！？]\s*)((${AROUND}),? )*${STOP_IT}(,? (${AROUND}))*\s*[.!。！]*\s*$`, 'u');

const TAIL = 80;

/** True when the message ends in a bare stop of its own and talks about messages or writing before it. */
export function stopSaidLast(folded: string, language: DetectedLanguage): boolean {
  // (the stop is short: only the message's end is read, whatever its length)
  const offset = Math.max(0, folded.length - TAIL);
  const stop = SAID_LAST.exec(offset ? folded.slice(offset) : folded);
  if (!stop || stop.index === 0) return false;
  const before = folded.slice(0, offset + stop.index);
  const contact = [OPT_OUT_LEXICON.en.contact, ...(language === 'und' ? [] : [OPT_OUT_LEXICON[language].contact])];
  // (String.prototype.search ignores and restores the lexicon's global lastIndex)
  return contact.some((re) => before.search(re) >= 0);
}
