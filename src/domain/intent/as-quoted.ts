import { spanMask } from './blank-spans';
import { cueTest } from '../text/cue-test';

// "Proceed with the order as per the last offer", "Tamam, son teklife göre siparişe devam edin", "好，照最後報價走",
// "최종 견적대로 진행해주세요": the quote named is the one the buyer goes ahead on, no price asked (the labels of every
// author: order_confirmation alone). The reference is blanked when prices are read (tag-intents.ts) and for the model
// (look-alikes-for-model.ts); said with a go-ahead ("proceed", "lanjut", "работаем", "走") it confirms the order even
// without an order word (unworded-asks.ts). Folded text.

const REF_LATIN = String.raw`\b((as per|according to|in line with|based on|per) (your |the |our )?(last |latest |final |previous |revised )?(quote|quotation|offer|proforma|pi)|come da (la )?(vostra )?(ultima )?offerta|secondo (la )?(vostra )?(ultima )?offerta|zgodnie z (ostatnia |wasza |nasza )?ofert\w*|zoals (in )?(de |jullie )?(laatste )?offerte|volgens (de |jullie )?(laatste )?offerte|son teklif\w* gore|teklif\w* gore|sesuai (dengan )?penawaran( terakhir)?|theo (bao gia|gia bao)( cuoi( cung)?)?|selon (votre|la|notre) (derniere )?(offre|cotation|devis)|segun (la |su )?(ultima )?(oferta|cotizacion)|conforme (a )?(ultima )?(proposta|cotacao|oferta)|(laut|gemass) (ihrem |dem |ihres )?(letzten )?angebot\w*)\b`;
const REF_OTHER = String.raw`по (последнему|вашему|последнему вашему) (предложению|кп|коммерческому предложению)|(照|按|按照)(最后|最後|上次)?的?(报价|報價)|最終見積(もり)?(の内容)?(で|どおり|通り)|(최종 )?견적(대로|서대로)|حسب (العرض|عرض السعر)( الأخير)?`;
const REF = new RegExp(`${REF_LATIN}|${REF_OTHER}`, 'g');
const GO = new RegExp(String.raw`\b(proceed|go ahead|go on|lanjut\w*|ok(e|ay)? (lanjut|go)|lam|devam|realizowac|realizujcie|doorgaan|door|procediamo|procedete|andate avanti|adelante|procedan|prosigan|seguimos|seguir|allez-y|procedez|continuez|weiter|fortfahren|sipari\w+)\b|работаем|делаем|запускаем|走|進めて|진행|ابدأ|امش`);
const CUE = /per|according|line with|based on|come da|secondo|zgodnie|zoals|volgens|teklif|sesuai|theo|selon|segun|conforme|laut|gemass|по|照|按|最終見積|견적|حسب/;
const hasCue = cueTest(CUE);
/** Whether a text may name a quote to go by: the cue alone, cheap enough to test before a mask. */
export const asQuotedCue = hasCue;

/** The folded text with a quote named as the one to go by blanked (same length), or the text itself. */
export const maskAsQuoted = spanMask(CUE, [REF]);

/**
 * Whether the folded text goes ahead on a quote named ("procediamo come da ultima offerta"): the quote read in `whole`
 * (the acknowledgements' mask takes "theo báo giá" for a quote received), the go-ahead in `asked` (negations blanked:
 * "don't proceed yet" goes nowhere).
 */
export function goesAheadAsQuoted(whole: string, asked: string): boolean {
  if (!hasCue(whole)) return false;
  REF.lastIndex = 0;
  return REF.test(whole) && GO.test(asked);
}
