import { spanMask } from './blank-spans';

// Parts of the goods arrived broken: "mehrere Teile gebrochen", "zwei Teile sind beschädigt", "several parts came
// broken", "kilka części uszkodzonych". A complaint: "Teile" / "parts" there are pieces of the goods, not parts of an
// order. Folded text.
const BROKEN = String.raw`(beschadigt|kaputt|gebroch\w*|defekt|zerbroch\w*|zerkratzt|verbogen|fehlen|fehlten|broken|damaged|cracked|missing|bent|scratched|uszkodz\w*|zniszcz\w*|pekniet\w*|brak\w*|kapot|beschadigd|gebroken|rotti|danneggiat\w*|rotas?|danad\w*|quebrad\w*|cass\w*|endommag\w*)`;
const PARTS_DAMAGED = new RegExp(
  String.raw`\b(mehrere|einige|viele|zwei|drei|\d+|several|some|many|two|three|kilka|wiele|dwie|trzy|meerdere|enkele|alcune|diverse|varias|algunas|plusieurs) (teile|parts|pieces|czesci|onderdelen|delen|parti|pezzi|partes|piezas|pieces)\b(?=[^.?!]{0,30}\b${BROKEN})[^.?!]{0,30}\b${BROKEN}`,
  'g',
);
const CUE = /teile|parts|pieces|czesci|onderdelen|delen|parti|pezzi|partes|piezas/;

/** The folded text with parts of the goods said broken blanked (same length), or the text itself. */
export const maskPartsDamaged = spanMask(CUE, [PARTS_DAMAGED]);
