// A buyer who has run out of patience and says so the way people do on WhatsApp, not the way a form does: "I've told
// you twice to stop", "Sie nerven! Aufhören!", "odczep się", "うざい、もう送るな", "ما تبعتليش تاني", "Kappen nu",
// "Voy a denunciar este número como spam". Each is a *likely* opt-out (sequences pause, the owner confirms): an angry
// buyer may still be angry about goods, and the owner tells the two apart in a second. Every line holds a literal of
// its own (no leading ".*"), so the prefilter (text/regex-prefilter.ts) skips it on most messages.
// Folded text: lower case, no accents (ö → o, ł → l, hamza forms → ا, ى → ي), Cyrillic й → и.

/** "I already told you … stop": said before, and a stop in the same breath (a repeated complaint has no stop). */
const SAID_BEFORE_THEN_STOP: RegExp[] = [
  /\b(already|i) (told|asked|said)( you| u)?\b.{0,40}\b(stop|leave (me|us) alone|don'?t (message|contact|text|write|call))\b/,
  /\b(schon|bereits|doch) (\w+ )?(gesagt|geschrieben|gebeten)\b.{0,40}\b(aufhor\w*|nicht mehr|in ruhe|lassen)\b/,
  /\b(al|toch al|al vaker|al eerder) (\w+ ){0,2}(gezegd|gevraagd)\b.{0,40}\b(stoppen|stop|ophouden|niet meer|met rust)\b/,
  /\bdetto\b.{0,40}\b(smett\w*|basta|non (scriv|mand|contatt)\w*|in pace|stare)\b/,
  /\b(dije|he dicho|pedi|he pedido)\b.{0,40}\b(dej(en|ar|a) de|no (me )?(escrib|mand|contact)\w*|basta|paren|en paz)\b/,
  /\b(falei|disse|pedi)\b.{0,40}\b(parar?|parem|chega|nao (me )?(mand|envi|escrev)\w*|em paz)\b/,
  /\b(mowilem|mowilam|pisalem|pisalam|prosilem|prosilam|mowilismy|prosilismy)\b.{0,40}\b(przesta\w*|nie pis\w*|nie wysyla\w*|spokoj|dosc)\b/,
  /\bda noi (roi|bao nhieu lan|nhieu lan|may lan)\b.{0,30}\b(dung|ngung|thoi)\b/,
  /\b(kac kere|defalarca) (soyledim|soyleyecegim|dedim|diyecegim)\b.{0,40}\b(yeter|birak\w*|rahat|yazma\w*)/,
  /كم مرة.{0,20}(اقول|اقلك|اقولك|قلت|قلتلك).{0,20}(خلاص|كفاية|يكفي|كفي|بس|وقف|بطل)/,
  /몇\s*번(을|이나)?\s*말(해야|했).{0,20}(그만|하지\s*마)/,
];

/** Fed up, rude or blunt, aimed at the sender: no goods are "annoying" or told to get lost. */
const FED_UP: RegExp[] = [
  /\b(sie nerven|ihr nervt|du nervst|nerv(t)? (nicht|mich nicht)|hor auf (zu nerven|mich zu nerven))\b/,
  /\b(non (mi |ci )?rompe(te|re)|mi avete rott[oa]|mi hai rott[oa]|piantatela|piantala)\b/,
  /\b(val (me|mij|ons) (niet|nou niet)( meer)? lastig|(stop|kap|hou op|houd op) ermee\s*([.!]|$))/,
  /\b(odczep\w* sie|odwal\w* sie|spadaj\w*|(prosze )?(mi|nam) nie przeszkadzac|nie przeszkadzaj(cie)? (mi|nam))\b/,
  /\b(me tienen hart[oa]|estoy hart[oa] de (sus|tus|tantos|estos) (mensajes|whatsapps?|ofertas))\b/,
  // ("送るなら" is "if you send": the prohibitive な stands at a clause end)
  /(うざい|うざっ|ウザい|送ってくんな|送るな(?!ら)|連絡すんな|連絡するな(?!ら)|しつこい(?!汚れ|よごれ))/,
  // Egyptian, Levantine and Maghrebi "don't send me any more": ما تبعتش تاني, ماتبعتليش, ماعادش تبعتلي, لا تكتبلي
  // ("to me" or "again" is named: "متبعتوش العينات لسه" holds the samples back, not the chat)
  /(^|\s)(ما ?|م|لا )(تبعت|تبعتل|تكتبل|ترسلل|تصيفط)\S*(ش)?\s+(تاني|ثاني|مرة تانية|مرة ثانية|بعد اليوم)|(^|\s)(ماعادش|ماعاد|ما عاد|لا عاد|ماتبقاش|ما تبقاش) (ت)?(بعت|تبعت|ترسل|تكتب|تصيفط|تراسل)|(^|\s)(ما|م)(ت|ا ت)(بعت|كتب|رسل|راسل|صيفط)(ل|ول)(ي|نا)ش(\s|$|[،.!])/,
  // Arabizi: "safi ma tb3atlich", "matb3atlish tani", "khalas ma tb3atli", "stop ba2a"
  /\b(ma|la|mat|mate|matt) ?(tb3at|teb3at|tab3at|tersel|trasel|tkteb|tsifet|tsifat)\w*\b|\bmatb3at\w*\b|\b(stop|khalas|5alas|bas|kefaya|kfaya|yezzi) ba2a\b/,
  /(достал[аи]?|задолбал[аи]?|надоел[аи]?) (уже )?(своими |вашими |со своими )?(сообщени|рассылк|спам|предложени|звонк)/,
  /\b(i'?m|i am|we'?re|we are) not (buying|gonna buy|going to buy)( anything| nothing| from you)?\b.{0,20}\bstop\b|\bstop\b.{0,20}\b(i'?m|i am|we'?re|we are) not (buying|gonna buy|going to buy)\b/,
  /^\s*blocked\s*[.!]+\s*(don'?t|do not|bye|goodbye|stop|never)\b|\b(don'?t|do not) bother (me|us|messaging|texting|contacting|writing|calling)\b/,
  /\b(phien qua|phien that|lam phien qua)\b.{0,20}\b(dung|ngung|thoi)\b/,
  // sick of what is sent, named: "mi sono rotto di ricevere i vostri messaggi", "j'en ai marre de vos mails", "ich habe
  // die Nase voll von Ihren Nachrichten", "ik ben die berichten zat" (goods are not named: "stufo dei ritardi" is a
  // complaint)
  /\b(mi sono (rott[oa]|stufat[oa]|stancat[oa])|(sono|siamo) stuf[oia]|ne (ho|abbiamo) abbastanza|j'en ai (marre|assez|ras le bol)|on en a marre|(estou|estamos) (fart[oa]s?|cansad[oa]s?)|(estoy|estamos) (cansad[oa]s?|hart[oa]s?)|(ich habe|ich hab|wir haben) (echt |wirklich )?die nase voll|(ich bin|wir sind) es leid|ik word gek|(ik ben|wij zijn|we zijn) (het |die |jullie |uw )?(\w+ )?(zat|beu)|(ik heb|wij hebben|we hebben) er genoeg van|mam (serdecznie |juz )?dosc|mamy (serdecznie |juz )?dosc|i'?m (so )?(sick|tired|fed up)|we'?re (so )?(sick|tired|fed up)|biktim|biktik|bikmistim)\b.{0,40}\b(messag\w*|mail\w*|e-?mail\w*|offert[ae]|chiamat\w*|telefonat\w*|spam\w*|ricever\w*|mensage\w*|mensajes|correos|llamadas|nachricht\w*|angebote\w*|anrufe\w*|bericht\w*|appjes|wiadomosc\w*|ofert\w*|telefonow|offres|appels|relances|texts|calls|offers|mesaj\w*|arama\w*|whatsapps?)\b|\b(messages|mails|berichten|wiadomosci|nachrichten|messaggi|mensajes|mensagens|mesajlar\w*)\b.{0,30}\b(zat|beu|biktim|biktik)\b/,
];

/** Reporting the sender as spam, however the sentence runs between the verb and "spam". */
const REPORTED: RegExp[] = [
  // or to the privacy authority: "al prossimo messaggio vi segnalo al Garante", "ich melde Sie der Datenschutzbehörde"
  /\b(segnal\w*|denunci\w*|report\w*|melde\w*|anzeig\w*|zglos\w*|sikayet\w*|bildir\w*|lapor\w*|klacht)\b.{0,40}\b(garante|aepd|cnil|datenschutz\w*|uodo|autoriteit persoonsgegevens|kvkk|anpd|cnpd)\b/,
  /(بلاغ|ابلاغ|اشتكي|اشكي|شكوي|شكوى)\s?(\S+ )?(ازعاج|سبام|مزعج|للاتصالات)/,
  /\b(denunci\w*|report\w*|signal\w*|segnal\w*|melde\w*|meld|zglos\w*|bao cao|lapor\w*|sikayet\w*|bildir\w*)\b.{0,30}\bspam\b/,
];

/** The whole message is "enough", said in a way no quantity answer is ("ya basta", "es reicht", "kappen nu"). */
const HAD_IT: RegExp[] = [
  // "…Proszę przestać." as the last words
  /\b(prosze|prosimy|blagam) (juz )?(przestac|przestancie|przestan)\s*[.!]*\s*$/,
  /^\s*(ya basta|basta ya|es reicht( jetzt)?|jetzt reicht'?s|kappen( nu)?|genoeg nu|hou op|dosc tego|yeter artik|stop ba2a)\s*[.!]*\s*$/,
  /^\s*(もうやめて|やめて|やめろ|いい加減にして|しつこい|كفاية|يكفي|خلاص|بطل|وقف الرسايل|وقف الرسائل)(ください|よ|って)?\s*[.!！。]*\s*$/,
];

export const EXASPERATED_OPT_OUT: RegExp[] = [...SAID_BEFORE_THEN_STOP, ...FED_UP, ...REPORTED, ...HAD_IT];

/**
 * A stop hand or a no-entry sign with nothing but "enough" or "stop" around it ("✋ enough", "🚫 es reicht",
 * "✋ もういい"): the emoji says who is to stop. Matched on the text left once the emoji are gone.
 */
export const STOP_EMOJI = /[\u270B\u{1F6AB}\u{1F6D1}\u26D4\u{1F645}\u{1F91A}]/u;
export const ENOUGH_ALONE = /^\s*(enough|stop|es reicht|genug|genoeg|basta|ya basta|chega|dosc|du roi|thoi|yeter|cukup|assez|ca suffit|suffit|もういい|もう十分|十分|够了|夠了|그만|يكفي|كفاية|خلاص|хватит)( (already|now|ya|jetzt|nu|artik|di|roi))?\s*[.!！。]*\s*$/;

/**
 * Separable "unsubscribe me" verbs, whose halves a regex for the whole verb misses: explicit, so acted on ("ab" of a
 * time is a date: "ich melde mich ab Montag wieder").
 */
export const SEPARABLE_OPT_OUT: RegExp[] = [
  /\b(melde|meldet|melden sie) (mich|uns)( \w+){0,3} ab\b(?! (und zu|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|jetzt|sofort|nachste\w*|kommende\w*|mitte|anfang|ende|dem|der|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|\d))|\b(trag|tragt|tragen sie) (mich|uns)( \w+){0,5} aus (der|dem|ihrem|ihrer|eurem|eurer|allen)\b/,
  /\b(meld|schrijf) (me|mij|ons)( \w+){0,3} (af|uit)\b/,
  // the subject between the verb and its object, as a question asks it: "Wie melde ich mich ab?", "Hoe schrijf ik me
  // uit?", "Wo trage ich mich aus?" (the German particle last: "melde ich mich ab Montag" is no goodbye); and
  // "tragen Sie mich aus" with nothing after it
  /\b(melde|trage) (ich|wir) (mich|uns)( \w+){0,4} (ab|aus)\s*([.?!,]|$)|\b(meld|schrijf) (ik|wij|we) (me|mij|ons)( \w+){0,3} (af|uit)\b/,
  /\b(trag|tragt|tragen sie) (mich|uns)( bitte)? aus\s*([.!]|$)/,
  /\b(wypisz|wypiszcie|wypisac|wypisanie) (mnie|nas)\b|\b(mnie|nas) (z \w+ )?wypisac\b/,
  // "Chcę się wypisać", "proszę się wypisać z listy": the reflexive before the verb
  /\b(chce|chcemy|chcialbym|chcialabym|chcielibysmy|prosze|pragne|pragniemy|musze) (sie )?(wypisac|wyrejestrowac)( sie)?\b|\bsie (wypisac|wyrejestrowac)\b/,
];
