import { cueTest } from '../text/cue-test';

// The payment split into a deposit and the balance, with no later date: "can we split the payment into deposit and
// balance?", "¿podemos dividir el pago en anticipo y saldo?", "Anzahlung und Restzahlung, geht das?", "DP dulu,
// pelunasan sebelum kirim", "定金加尾款可以吗", "前金と残金に分けて". The usual terms asked, no payment put off (the
// thirteenth author): "the balance" in it is no later payment. A balance paid 60 days on, next month or after a delay
// is put off, and stays an extension. Folded text.

const DEPOSIT = String.raw`(\b(deposit|down ?payment|advance|upfront|anticipo|adelanto|enganche|sinal|entrada|adiantamento|acompte|avance|arrhes|acconto|anticipo|caparra|anzahlung|vorauszahlung|aanbetaling|voorschot|zaliczk\w*|przedplat\w*|pesin\w*|kapora|on odeme|dp|uang muka|panjar|dat coc|tien coc|coc)\b|предоплат\S*|аванс\S*|задат\S*|定金|订金|訂金|预付|預付|首付|前金|前払|手付|선금|계약금|선수금|عربون|دفعة مقدمة|مقدم)`;
const BALANCE = String.raw`(\b(balance|remainder|rest|saldo|resto|restante|reste|solde|restzahlung|rest|restbetrag|restant|reszt\w*|pozostal\w*|kalan\w*|bakiye|pelunasan|sisa\w*|lunas\w*|con lai|phan con lai)\b|остат\S*|尾款|余款|余额|残金|残額|잔금|잔액|الباقي|المتبقي|الرصيد)`;
// a date or a delay that puts the balance off
const LATER = String.raw`(\b\d+\s*(days?|dias|jours|giorni|tage[n]?|dagen|dni|gun|hari|ngay|weeks?|semanas|semaines|settimane|wochen|weken|tygodni|hafta|minggu|tuan|months?|meses|mois|mesi|monate[n]?|maanden|miesiec\w*|ay|bulan|thang)\b|\b(later|next month|postpone|delay|extend|after (arrival|delivery|receiving|we receive|sale|we sell)|credit|terms of)\b|\d+\s*(дн\S*|недел\S*|месяц\S*)|отсроч|позже|\d+\s*(天|日|일|周|個月|个月|ヶ月|개월)|账期|賬期|延期|延长|猶予|연기|유예|تأجيل|آجل)`;
const DEPOSIT_RE = new RegExp(DEPOSIT, 'u');
const BALANCE_RE = new RegExp(BALANCE, 'u');
const LATER_RE = new RegExp(LATER, 'u');

/** Cue: a word of the deposit, read on the whole text before the key's mask. */
export const namesADeposit = cueTest(/deposit|down|advance|upfront|anticipo|adelanto|enganche|sinal|entrada|adiantamento|acompte|avance|arrhes|acconto|caparra|anzahlung|vorauszahlung|aanbetaling|voorschot|zaliczk|przedplat|pesin|kapora|on odeme|dp|uang muka|panjar|coc|предоплат|аванс|задат|定金|订金|訂金|预付|預付|首付|前金|前払|手付|선금|계약금|선수금|عربون|مقدم/);

/** Whether the folded text splits the payment into a deposit and the balance, with no date putting the balance off. */
export function splitsIntoDepositAndBalance(folded: string): boolean {
  return folded.length <= 300 && DEPOSIT_RE.test(folded) && BALANCE_RE.test(folded) && !LATER_RE.test(folded);
}
