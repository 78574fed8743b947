import { spanMask } from './blank-spans';

// Lots named to ask what holds for them, no split: "is the test certificate valid for all three batches?", "gilt das
// Zertifikat für alle drei Chargen?", "le certificat couvre-t-il les trois lots ?". A certification question; the lots
// are already there. Read only beside a certificate or report word. Folded text.
const LOTS_FOR_A_PAPER = new RegExp(
  String.raw`\b(for|fur|voor|pour|para|per|dla|untuk|icin) (all|alle|allen|toutes les|tous les|les|todos los|todas las|tutti i|tutte le|wszystkich|semua|tum|both|beide) (\w+ )?(two|three|four|zwei|drei|vier|twee|drie|deux|trois|dos|tres|due|tre|dwoch|trzech|2|3|4)? ?(batches|lots|chargen|partien|partijen|lotes|lotti|partii|parti|shipments|lieferungen|zendingen)\b`,
  'g',
);
const PAPER = /certif|zertifikat|zeugnis|prufbericht|report|bericht|rapport|informe|relatorio|rapporto|raport|atest|test|sgs|coa\b|msds|sertifika|sertifikat/;
const CUE = /batches|lots|chargen|partien|partijen|lotes|lotti|partii|parti\b|shipments|lieferungen|zendingen/;
const mask = spanMask(CUE, [LOTS_FOR_A_PAPER]);

/** The folded text with lots named for a certificate's question blanked (same length), or the text itself. */
export function maskLotsForAPaper(folded: string): string {
  const out = mask(folded);
  return out !== folded && PAPER.test(folded) ? out : folded;
}
