import { spanMask } from './blank-spans';

// A carrier's notifications, named as what the buyer wants to stop or be taken off ("Can you unsubscribe me from the
// DHL notifications?", "¿Cómo me doy de baja de las notificaciones de DHL?", "Wie kann ich die DHL-Benachrichtigungen
// abbestellen?", "powiadomienia SMS od DHL", "uit de cc van de Maersk-updates"): the carrier's messages, no shipping
// question. Blanked when shipping is read, by the patterns (tag-intents.ts) and the model (look-alikes-for-model.ts);
// "where is my DHL parcel?" names no notification and stays a shipping question.
// (carriers by name: "shipment updates" or "tracking e-mails" asked for are a shipping question)
const CARRIER = String.raw`(dhl|fedex|ups|tnt|dpd|gls|inpost|aramex|usps|postnl|maersk|msc|cma cgm|cosco|hapag(-lloyd)?|evergreen|sf express|correos|poczta polska|yurtici|aras kargo|jne|j&t)`;
// (notifications, not "updates" or "messages": "any updates from Maersk?" asks where the goods are)
const NOTICES = String.raw`(notifications?|notification e-?mails?|sms|sms notifications|alerts|notificaciones|notificacoes|benachrichtigung(en)?|notifiche|meldingen|powiadomie\w*|bildirim\w*|notifikasi|thong bao)`;
const NOTIFICATIONS = new RegExp([
  // the carrier first: "the DHL notifications", "DHL-Benachrichtigungen", "DHL SMS"
  String.raw`\b${CARRIER}[- ]?${NOTICES}\b`,
  // the notices first: "notificaciones de DHL", "powiadomienia SMS od DHL", "notifications from FedEx"
  String.raw`\b${NOTICES}( sms)? (de|da|do|del|von|van|od|from|of|by|dari|tu|di|du|des) (la |el |o |a |der |het |the )?${CARRIER}\b`,
  // off the copy of a carrier's updates: "uit de cc halen van de Maersk-updates", "take me off the cc of the DHL updates"
  String.raw`\b(uit de cc|out of (the )?cc|off (the )?cc|aus dem cc|aus der cc|del cc|da copia)( \S+){0,4} ${CARRIER}[- ]?(updates?|e-?mails?|mails)\b`,
].join('|'), 'g');

const CUE = /notif|sms|alert|benachricht|meldingen|powiadom|bildirim|thong bao|cc\b/;

/** The folded text with a carrier's notifications blanked (same length), or the text itself. */
export const maskCarrierNotifications = spanMask(CUE, [NOTIFICATIONS]);
