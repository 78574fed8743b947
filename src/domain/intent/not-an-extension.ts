import { spanMask } from './blank-spans';

// What reads like paying later but asks for no time: a usance L/C ("pay by L/C 60 days instead of T/T") is a way to pay
// (payment_terms, 11 of 11 such rows of ours), "send what's ready and the balance later" is the rest of the goods (an
// order split), and a bare "Zahlungsziel?" asks what the terms are. Blanked when payment extensions are read
// (tag-intents.ts); "60 days credit", "pay the balance later" still read as one. All patterns read folded text.

const LETTER_OF_CREDIT = String.raw`(l/?c|letter of credit|carta de credito|lettre de credit|credit documentaire|akkreditiv|lettera di credito|accreditivo|akredytyw\w*|akreditif|thu tin dung|аккредитив\S*|اعتماد مستندي|خطاب اعتماد)`;
const DAYS = String.raw`\d+ ?(days?|dias|jours|tage[n]?|giorni|dni|gun|hari|ngay|dagen|дн\S*|يوم)`;
const USANCE_LC = new RegExp(
  String.raw`\b${LETTER_OF_CREDIT}( (at|a|per|на|di|de|van|op|with|con|com|par|mit|z|dengan))? ?${DAYS}|\b${DAYS}( (l/?c|lc))\b`,
  'g',
);

// "the balance of the qty later", "ship what's ready and the rest later", "الجاهز والباقي بعدين": the goods' rest.
const GOODS_BALANCE = new RegExp([
  String.raw`\b(balance|rest|remainder) of the (qty|quantity|goods|order|pieces|pcs|cartons|units|shipment)\b.{0,20}\b(later|after)\b`,
  String.raw`\b(ship|send|deliver|dispatch)\w* (what|whatever|what's|the finished|the ready)\b.{0,60}\b(balance|rest|remainder)\b.{0,20}\b(later|after)\b`,
  String.raw`(الجاهز|اللي خلص|اللي جاهز|الموجود)\S*.{0,20}(والباقي|و الباقي) ?(بعدين|لاحقا|بعد)`,
].join('|'), 'g');

// the whole message is the term, asked: what the terms are
const BARE_TERM_ASKED = /^\s*(zahlungsziel|zahlungsbedingungen|payment terms?|credit terms?|plazo de pago|prazo de pagamento|delai de paiement|termini di pagamento|betalingstermijn|termin platnosci|vade|отсрочка)\s*[?？]+\s*$/g;

const CUE = /l\/?c|\blc\b|credit|credito|akkredit|accredit|akredyt|akreditif|tin dung|аккредит|اعتماد|balance|rest|remainder|الباقي|zahlungs|terms|plazo|prazo|delai|termini|termijn|termin|vade|отсрочка/;

/** The folded text with look-alikes of a payment extension blanked (same length), or the text itself. */
export const maskNotAnExtension = spanMask(CUE, [USANCE_LC, GOODS_BALANCE, BARE_TERM_ASKED]);
