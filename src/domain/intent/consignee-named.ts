import { cueTest } from '../text/cue-test';

// Who the goods are consigned to, or a name on the bill of lading, set or changed: "change the consignee to our
// company", "take my name off the BL, put the company's", "В CMR укажите получателем ТОО …", "Empfänger auf dem B/L
// bitte …", "收货人改成我们公司", "B/L의 수하인을 변경해 주세요". The transport papers are the carriage's: every author
// labels it shipping. The BL named as the payment's moment ("70% against BL copy") sets terms and is not read, nor
// is a payee of a bank transfer or the buyer named on an invoice (a revision of the papers). Folded text.

// the consignee or the notify party, in each language
const CONSIGNEE = /\b(consignee|notify party|destinatario|destinataire|empfanger|empfaenger|ontvanger|geadresseerde|odbiorc\w*|alici|penerima|consignee\w*|nguoi nhan)\b|получател\S*|грузополучател\S*|收货人|收貨人|荷受人|수하인|수취인|المرسل اليه|المستلم/u;
// the bill of lading or the consignment note, and a name on it set or changed
const TRANSPORT_PAPER = /\b(b\/?l|bl|bill of lading|cmr|awb|air ?waybill|konsimento|konsimentoyu|polizz\w*|conocimiento|connaissement|frachtbrief|vrachtbrief|list przewozowy)\b|коносамент\S*|накладн\S*|提单|提單|船荷証券|선하증권|بوليصة/u;
const NAME_SET = /\b(name|nama|nombre|nom|nome|naam|nazw\w*|isim|ten|company|empresa|societe|societa|firma|bedrijf|sirket\w*|perusahaan|pt|cong ty|put|write|change|remove|delete|hapus|ganti|pake|cambi\w*|pon\w*|quit\w*|mett\w*|change\w*|supprim\w*|togli\w*|ander\w*|setz\w*|wijzig\w*|zet|zmien\w*|wpisz\w*|degistir\w*|yaz\w*|sua|doi|xoa)\b|укажите|впишите|измените|поменяйте|уберите|имя|名字|名义|改成|改为|名義|名前|変更|이름|명의|변경|اسم|غير/u;
const PAYMENT_SHARE = /\d\s*%|%\s*\d|٪/u;
// a payee of a bank transfer, or the buyer named on the invoice or the proforma, is no consignee of the goods
const BANK_OR_INVOICE = /\b(bank|banka|banco|banque|rekening|iban|swift|account|transfer|dana|invoice|proform\w*|pi|factura|fattura|facture|rechnung|faktur\w*|fatura)\b|банк|инво[ий]с|сч[её]т|银行|發票|发票|インボイス|인보이스|بنك|فاتورة/u;

/** Cue: a consignee or transport paper word, read on the whole text before the key's mask. */
export const namesTheConsignment = cueTest(/consignee|notify|destinatari|destinataire|empfanger|empfaenger|ontvanger|geadresseerde|odbiorc|alici|penerima|nguoi nhan|получател|收货人|收貨人|荷受人|수하인|수취인|المرسل|المستلم|bl|bill of lading|cmr|awb|waybill|konsimento|polizz|conocimiento|connaissement|frachtbrief|vrachtbrief|przewozowy|коносамент|накладн|提单|提單|船荷証券|선하증권|بوليصة/);

/** Whether the folded text sets or changes the consignee, or a name on the transport papers. */
export function setsTheConsignee(folded: string): boolean {
  if (folded.length > 300 || PAYMENT_SHARE.test(folded)) return false;
  if (TRANSPORT_PAPER.test(folded)) return CONSIGNEE.test(folded) || NAME_SET.test(folded);
  return CONSIGNEE.test(folded) && !BANK_OR_INVOICE.test(folded);
}
