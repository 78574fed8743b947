// A buyer who complains of being messaged rather than asks to stop: the messages are unsolicited or sent without
// consent ("Ongevraagde commerciële berichten zijn verboden", "Unerwünschte Werbung per WhatsApp ist eine
// Belästigung", "Nie wyrażałem zgody na otrzymywanie informacji handlowych"), or the buyer already unsubscribed and they
// still come ("Ik heb me al afgemeld en krijg nog steeds berichten", "Hab mich schon abgemeldet und bekomme trotzdem
// noch Nachrichten"), or a complaint to the regulator is threatened. Each is a *likely* opt-out: the owner confirms.
// Every line names the buyer's consent or commercial messages, so a complaint about goods cannot match. Folded text.

const STILL = String.raw`(nog steeds|nog altijd|trotzdem|immer noch|noch immer|weiterhin|still|keep|toujours|encore|todavia|aun|sigo|seguimos|ainda|continuo|continuamos|ancora|continuo|dalej|nadal|wciaz|ciagle|hala|yine|masih|tetap)`;
const UNSUBSCRIBED = String.raw`(afgemeld|uitgeschreven|abgemeldet|ausgetragen|unsubscribed|opted out|desinscrit\w*|desabonne\w*|di de baja|dado de baja|dimos de baja|descadastr(ei|amos)|me descadastrei|disiscritt\w*|cancellato|wypisal\w*|rezygnuje|rezygnowal\w*|abonelikten ciktim|berhenti berlangganan|huy dang ky)`;

export const SPAM_COMPLAINT_OPT_OUT: RegExp[] = [
  // unsolicited commercial messages, in each language's legal words
  /\bunsolicited (commercial )?(messages?|emails?|marketing|advertising|offers|texts|whatsapps?|communications?|sms)\b/,
  /\b(unerwunscht|unverlangt|unaufgefordert)\w* (\w+ )?(werbung|nachrichten|e-?mails|mails|zusendungen|anrufe|whatsapp\w*|sms)\b/,
  /\bongevraagde? (commerciele |reclame)?(berichten|reclame|mails|e-mails|whatsapps?|aanbiedingen|sms)\b/,
  /\b(messages?|sms|mails?|courriels?|publicites?|sollicitations?|prospection) (\w+ )?non (sollicit|desire|consenti|demande)\w*/,
  /\b(mensajes|publicidad|correos|comunicaciones|spam) (\w+ )?no (solicitad|desead|autorizad|consentid)\w*/,
  /\b(mensagens|publicidade|e-?mails|comunicacoes) (\w+ )?nao (solicitad|autorizad|desejad|consentid)\w*/,
  /\b(messaggi|pubblicita|e-?mail|comunicazioni) (\w+ )?non (richiest|sollecitat|autorizzat|desiderat)\w*/,
  /\bnie (wyrazalem|wyrazalam|wyrazilem|wyrazilam|wyrazalismy|wyrazilismy|dawalem|dalem|dalam) (\w+ )?zgody\b|\bniezamawian\w* (informacj|wiadomosc|reklam|ofert)\w*/,
  /\b(izinsiz|istenmeyen) (\w+ )?(mesaj|reklam|ileti|sms|arama|e-?posta)\w*/,
  /(не давал|не давала|не давали) (\S+ )?согласи|нежелательн\S* (рассылк|реклам|сообщени)/,
  // unsubscribed already, and the messages still come
  new RegExp(String.raw`\b${UNSUBSCRIBED}\b.{0,80}\b${STILL}\b`),
  // a complaint to the regulator or the spam line threatened: "meld ik het bij de ACM", "phản ánh lên tổng đài 156"
  /\b(meld\w*|klacht\w*) .{0,20}\b(acm|autoriteit persoonsgegevens)\b|\b(phan anh|bao cao|to cao|khieu nai) (len |voi |den )?(tong dai )?156\b|\bbi lam phien boi (so|tin)\b/,
];
