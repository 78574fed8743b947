import { cueTest } from '../text/cue-test';

// The rest of the payment held back until a fault is put right: "we will hold the remaining 30% until replacements
// ship", "Bis zur Lösung halten wir die restlichen 40% zurück", "no vamos a transferir el 40% restante hasta que…",
// "nous suspendons le paiement des 40% restants tant que…", "il saldo resta sospeso finché…", "остаток оплачивать не
// будем, пока…", "yedek parçalar gelene kadar kalan ödemeyi bekleteceğiz", "在问题解决之前尾款暂缓支付". The buyer
// pays later than agreed: every author labels it a payment extension (beside the complaint), and no question on the
// terms. One sentence must hold the keeping back, the rest of the money and the condition. Folded text.

// holding the money back (or not paying it)
const HOLD = String.raw`(\b(hold|holding|withhold\w*|keep(ing)? back|hold(ing)? back|suspend\w*|retain\w*|freez\w*|won'?t (pay|transfer|release)|will not (pay|transfer|release)|not (pay|release|transfer)\w*|segur\w*|ret(er|emos|enemos|endremos|ido|ida)|reten\w*|suspen\w*|no vamos a (pagar|transferir|liberar)|nao vamos (pagar|transferir|liberar)|ne (paierons|verserons|reglerons) pas|retenons|bloqu\w*|sospes\w*|sospend\w*|tratten\w*|blocc\w*|non (paghiamo|pagheremo|saldiamo|salderemo|verseremo)|zuruck(halten|behalten|gehalten)?|einbehalt\w*|inhouden|houden (we )?\w* in|achterhouden|opschorten|wstrzym\w*|nie (zaplacimy|zaplacimy|przelejemy|wplacimy)|bekle(t|tiyor|tecegiz|tiyoruz)\w*|durdur\w*|odemeyecegiz|tahan|ditahan|tunda|ditunda|giu lai|tam dung|tam hoan|chua thanh toan)\b|(не будем (оплачивать|платить|переводить)|оплачивать не будем|платить не будем|задерж\S*|приостанов\S*|暂缓|暂扣|扣着|扣留|先不付|不付|停付|保留|支払いを保留|支払いを止め|보류|지급하지 않|نوقف|بنوقف|نحجز|نمسك|موقفين))`;
// the money: the balance, the payment, a share ("the rest" alone is as often the goods: "hold the rest in your
// warehouse until we call it off")
const REST = String.raw`(\b(balance|final payment|saldo|bakiye|pelunasan|payment|paiement|pago|pagamento|zahlung|restzahlung|betaling|platnosc|odeme\w*|pembayaran|thanh toan)\b|\d+\s*%|%\s*\d+|оплат\S*|尾款|余款|残金|잔금|잔액|الدفعة|المبلغ)`;
// the condition: until, as long as not, pending
const UNTIL = String.raw`(\b(until|till|pending|unless|as long as|hasta|ate|enquanto|tant qu\w*|jusqu\w*|finche|fino a quando|bis|solange|totdat|tot|zolang|dopoki|do czasu|kadar|sampai|hingga|cho den khi|khi nao)\b|пока|до тех пор|直到|之前|以前|まで|때까지|전까지|لين|حتى|لحين|الى ان)`;

// the money next to the holding, nothing of the condition between ("hold the goods until the balance is paid" holds
// the goods)
const HELD_RE = new RegExp(String.raw`${HOLD}(?<gap>[^.?!\n]{0,25}?)${REST}|${REST}(?<gap2>[^.?!\n]{0,25}?)${HOLD}`, 'gu');
const UNTIL_RE = new RegExp(UNTIL, 'u');
const HOLD_ALONE_RE = new RegExp(HOLD, 'u');
// another clause begun between them ("ship 50% now and hold the rest" holds the goods)
const CLAUSE_RE = /,|\b(and|then|y|et|und|en|e|i|ve|dan|va)\b|(^|\s)и\s/u;

/** Cue: a word of the condition, read on the whole text before the key's mask. */
export const saysUntil = cueTest(/until|till|pending|unless|as long as|hasta|ate|enquanto|tant qu|jusqu|finche|fino a quando|bis|solange|totdat|tot|zolang|dopoki|do czasu|kadar|sampai|hingga|cho den khi|khi nao|пока|до тех пор|直到|之前|以前|まで|때까지|전까지|لين|حتى|لحين|الى ان/);

/** Whether one sentence of the folded text holds the rest of the payment back until something is done. */
export function holdsThePaymentBack(folded: string): boolean {
  if (folded.length > 2000 || !UNTIL_RE.test(folded) || !HOLD_ALONE_RE.test(folded)) return false;
  return folded.split(/[.!?\n。！？]+/).some((s) => UNTIL_RE.test(s)
    && [...s.matchAll(HELD_RE)].some((m) => {
      const gap = m.groups?.gap ?? m.groups?.gap2 ?? '';
      return !UNTIL_RE.test(gap) && !CLAUSE_RE.test(gap);
    }));
}
