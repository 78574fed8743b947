import { spanMask } from './blank-spans';
import { CANCEL_VERB, ORDER_LINE } from './part-of-order-cancelled';

// One line of an order cancelled or changed, the rest kept: "cancel only line 5, the rest stays", "Anulujcie tylko
// linię 5 zamówienia, reszta bez zmian", "Отмените только строку 3, остальное в силе", "Position 4 streichen, Rest
// bleibt". A change to the order (a confirmation of the rest, part-of-order-cancelled.ts, whose words of a line
// cancelled this reads too), nothing shipped apart. Folded text.
const ONE_LINE_CANCELLED = new RegExp([
  String.raw`\b${CANCEL_VERB}\w*( \w+){0,2} ${ORDER_LINE}\.? ?(no\.? ?|nr\.? ?|#)?\d+`,
  String.raw`(отмен|удал|убер|исключ)\S*( \S+){0,2} (строк|позици|пункт)\S* (№ ?)?\d+`,
  String.raw`\b(the rest|reszta|der rest|el resto|le reste|il resto|de rest|o resto|sisanya|geri kalan)( \w+){0,2} (unchanged|stays|remains|as is|bez zmian|bleibt|sin cambios|igual|inchange|invariato|ongewijzigd|sem alteracao|tetap|ayni)\b|остальн\S* (в силе|без изменений|оставляем|остается)`,
].join('|'), 'g');
const CUE = /line|item|position|pos\b|row|lini|linha|pozycj|zeile|ligne|linea|riga|regel|positie|satir|kalem|baris|dong|articul|artigo|article|artikel|строк|позици|пункт|rest|reszt|resto|reste|sisanya|geri kalan|остальн/;

/** The folded text with one order line cancelled (and the rest kept) blanked (same length), or the text itself. */
export const maskOneLineCancelled = spanMask(CUE, [ONE_LINE_CANCELLED]);
