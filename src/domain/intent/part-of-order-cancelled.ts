import { cueTest } from '../text/cue-test';

// One line of an order cancelled and the rest kept: "Please cancel item 4 only, the rest stays as is", "Cancelen solo
// la línea 3, lo demás igual", "Positionen 2 bitte stornieren, der Rest bleibt", "第二项取消，其他不变", "3번 품목만 취소하고
// 나머지는 그대로 진행해 주세요". The buyer confirms what is left of the order: an order confirmation, and no opt-out nor
// a cancelled deal. Both halves are needed: a cancellation alone ("cancel the order") confirms nothing, and "the rest
// is fine" alone is no order. Folded text.

// The words of one order line cancelled, Latin (folded): a verb that cancels or takes off, and the line named ("line
// 5", "Position 2", "pozycje 3"). One reading for the two files that read the idea: this one (the rest of the order
// confirmed) and split-look-alike.one-line-cancelled.ts (the cancelled line blanked, no split of the goods). Not the
// Italian "togliete": an author read "Togliete dall'ordine l'articolo 3 e il 7, il resto rimane uguale" as no confirmation.
export const CANCEL_VERB = String.raw`(cancel|remove|delete|drop|take out|anul|annul|storn|streich|schrap|usun|skresl|iptal|hapus|batal|huy|bo dong|supprim|elimin|verwijder)`;
export const ORDER_LINE = String.raw`(line|item|position|pos|row|linea|linha|ligne|riga|posizione|positie|regel|pozycj\w*|lini\w*|zeile|satir|kalem\w*|baris|dong|articulo|artigo|article|articolo|artikel)`;

const CANCEL = new RegExp([
  String.raw`\b${CANCEL_VERB}\w*\b`,
  String.raw`(отмен\p{L}*|уберите|удалите|ألغ\p{L}*|الغ\p{L}*|احذف\p{L}*|キャンセル|取り消|削除|취소|빼\p{L}*|取消|删掉|刪掉|去掉)`,
].join('|'), 'u');
// what is left stands: "the rest stays", "lo demás igual", "der Rest bleibt", "остальное в силе", "其他照旧"
const REST_STANDS = new RegExp([
  String.raw`\b(the rest|everything else|all (the )?other (items|lines)|other (items|lines))( of (it|the order|the po))? (is|are|stays?|remains?|as|unchanged|go(es)? ahead|goes on|still|ok|fine|same)\b|\bkeep (the rest|everything else|the other (items|lines))\b`,
  String.raw`\b(el resto|lo demas|lo otro)( del pedido)? (se mantiene|igual|sigue|queda|esta bien|sin cambios|va)\b|\bo resto( do pedido)? (mantem|se mantem|fica|igual|segue|continua|esta ok|sem alteracoes)\b`,
  String.raw`\ble reste( de la commande)? (reste|est bon|ne change pas|inchange|est ok|sans changement|tient|maintenu)\b|\bil resto( dell'ordine)? (resta|rimane|va bene|invariato|confermato|ok)\b`,
  String.raw`\b(der rest|alles andere|die anderen positionen)( der bestellung)? (bleibt|bleiben|ist ok|unverandert|wie bestellt|gilt)\b|\bde rest( van de order)? (blijft|is goed|ongewijzigd|gaat door)\b`,
  String.raw`\b(reszta|pozostale( pozycje)?)( zamowienia)? (bez zmian|zostaje|zostaja|aktualna|aktualne|ok)\b|\b(digerleri|gerisi|kalanlar|diger (kalemler|siparis\w*))( \w+){0,2} (ayni|aynen|devam|kalsin|gecerli)\w*`,
  String.raw`\b(sisanya|yang lain|lainnya) (tetap|aman|lanjut|jalan|ok)\b|\b(con lai|phan con lai) (giu nguyen|van giu|van lay|van ok)\b`,
  String.raw`(остальн\p{L}*|прочие позиции)( позиции)? (в силе|без изменени|оставляем|оставьте|остается|остаются|как есть)`,
  String.raw`(他|その他|残り)(の(品目|明細|行))?は(そのまま|変更なし|予定通り)|나머지(는|도)?\s*(그대로|변동\s*없|유지)|(其他|其余|其它|剩下的)(的)?(照旧|照舊|不变|不變|保持|正常)|(والباقي|والبقية|والباقين|الباقي) (تمام|زي ما هو|كما هو|مثل ما هو|ماشي|يمشي)`,
].join('|'), 'u');
// a line of the order named ("line 5", "Position 2", "第三项", "السطر الخامس"): a variant dropped with the rest kept
// ("cancel the grey one, the rest stands") is read as nothing by one author, and is left to the tables
const LINE = new RegExp(String.raw`\b${ORDER_LINE}\b|позици|строк|行目|項目|明細|라인|품목|항목|第.{1,3}(项|項|行)|السطر|البند`, 'u');
const CUE = cueTest(/rest|else|other|keep|resto|demas|otro|reste|anderen|andere|reszta|pozostale|digerleri|gerisi|kalanlar|diger|sisanya|yang lain|lainnya|con lai|остальн|прочие|他は|その他|残り|나머지|其他|其余|其它|剩下的|الباقي|البقية|الباقين/);

/** Whether the folded text cancels part of an order and keeps the rest (the rest confirmed). */
export function cancelsPartOfTheOrder(folded: string): boolean {
  return folded.length <= 300 && CUE(folded) && REST_STANDS.test(folded) && CANCEL.test(folded) && LINE.test(folded);
}
