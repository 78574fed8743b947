import { cueTest } from '../text/cue-test';

// Another supplier's credit told: "our current supplier gives us 60 days credit", "nuestro proveedor actual nos da
// crédito a 60 días", "unser jetziger Lieferant gibt 60 Tage Zahlungsziel", "mevcut tedarikçimiz 90 gün vade veriyor",
// "供应商给我们60天账期". The buyer sets the terms he expects against a rival's: a question on the payment terms (the
// thirteenth author), and no payment of ours put off. Read beside a competitor the tables found; "the other factory
// gives me 60 days to pay the balance" names a balance put off and stays an extension. Folded text.

const CREDIT = new RegExp([
  String.raw`\b\d+\s*(-| )?days? (credit|terms|payment terms|open account|net)\b|\b(credit|terms|net|open account) (of |at )?\d+\s*days?\b`,
  String.raw`\b(credito|plazo) (a|de) \d+ dias\b|\b\d+ dias de (credito|plazo)\b|\b(credito|prazo) de \d+ dias\b|\b\d+ dias de prazo\b|\b(credit|delai de paiement|paiement) (de |a )?\d+ jours\b|\b\d+ jours (de credit|fin de mois|net)\b`,
  String.raw`\b(credito|dilazione|pagamento) (a|di) \d+ giorni\b|\b\d+ giorni (data fattura|fine mese|di credito)\b|\b\d+ tage (zahlungsziel|ziel|netto)\b|\bzahlungsziel (von )?\d+ tage\w*|\b\d+ dagen (krediet|betalingstermijn|netto)\b|\bbetalingstermijn van \d+ dagen\b`,
  String.raw`\b\d+ dni (kredytu|kredytu kupieckiego|odroczonego terminu|terminu platnosci)\b|\btermin\w* (platnosci )?\d+ dni\b|\b\d+ gun (vade|vadeli)\b|\bvade(si)? \d+ gun\b|\b(tempo|kredit|termin) \d+ hari\b|\b\d+ hari (kredit|tempo)\b|\bcong no \d+ ngay\b|\bno \d+ ngay\b`,
  String.raw`отсрочк\S* (платежа )?(на )?\d+ дн|\d+ дн\S* отсрочк|(账期|賬期)\d+天|\d+天(的)?(账期|賬期)|サイト\d+日|\d+日サイト|\d+日(後|の)?(支払|払い)|외상 \d+일|\d+일 (외상|결제)|(اجل|آجل) \d+ يوم|\d+ يوم (اجل|آجل)`,
].join('|'), 'u');

/** Cue: a word of credit days, read on the whole text before the key's mask. */
export const namesCreditDays = cueTest(/day|credit|terms|net|dias|plazo|prazo|jours|giorni|tage|dagen|dni|gun|hari|ngay|дн|天|日|일|يوم/);

/** Whether the folded text tells a number of days' credit (beside another supplier: the terms asked to match). */
export function tellsCreditDays(folded: string): boolean {
  return folded.length <= 400 && CREDIT.test(folded);
}
