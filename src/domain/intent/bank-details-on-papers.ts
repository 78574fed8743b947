import { cueTest } from '../text/cue-test';

// The bank details on the proforma put right: "the bank details on the PI are wrong, please revise", "Proformadaki banka
// hesabı eski, yeni IBAN ile düzenleyin", "na proformie jest stary numer konta", "PI上的银行信息不对". The papers are
// revised (quote_revision): an account number is no question on the payment terms. Terms named with it ("30/70", "a
// 30% deposit", "60 days") still set terms. Folded text.

const BANK = /\b(bank|banka|banco|banque|rekening|konto|konta|iban|swift|bic|account|cuenta|conta|compte|conto|beneficiar\w*|rekeningnummer|hesab\w*|tai khoan|ngan hang)\b|банк|реквизит|银行|銀行|账户|賬戶|口座|계좌|은행|حساب|بنك/u;
const TERMS = /\d\s*%|%\s*\d|\b\d{1,3}\s*\/\s*\d{1,3}\b|\b\d+\s*(days?|dias|jours|giorni|tage|dagen|dni|gun|hari|ngay)\b|\d+\s*(天|日|일)|\b(l\/c|lc|t\/t|tt|d\/p|escrow|paypal)\b/u;

/** Cue: a bank word, read on the whole text first. */
export const namesABank = cueTest(/bank|banco|banque|rekening|konto|konta|iban|swift|bic|account|cuenta|conta|compte|conto|beneficiar|hesab|tai khoan|ngan hang|банк|реквизит|银行|銀行|账户|賬戶|口座|계좌|은행|حساب|بنك/);

/** Whether the folded text names the bank details and no payment terms. */
export function namesBankDetailsOnly(folded: string): boolean {
  return folded.length <= 400 && BANK.test(folded) && !TERMS.test(folded);
}
