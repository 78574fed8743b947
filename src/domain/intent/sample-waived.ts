import { cueTest } from '../text/cue-test';

// The sample waived to go straight to the order ("No sample needed, we know the quality. Send the PI", "Образцы не
// нужны, качество знаем. Присылайте инвойс", "不用寄样品了，直接做大货"): an order confirmed (the labels of the eleventh
// and twelfth authors: the proforma asked once the buyer has decided). The waiver and the papers or the bulk order
// must both be said: a sample waived alone ("no need for samples, thanks") orders nothing. Folded text.
const WAIVED = String.raw`(\b(no|don'?t|do not|dont) need (a |any |the )?samples?\b|\bno samples? (needed|required|necessary)\b|\bskip (the )?samples?\b|\bsamples? (is |are )?not (needed|necessary|required)\b` +
  String.raw`|\b(wir brauchen|brauchen) (kein|keine)\w* (muster|probe)\w*|\b(kein|keine) (muster|probe)\w* (notig|noetig|erforderlich)\b|\bgeen (sample|staal|monster)s? nodig\b|\b(we hebben|hebben) geen (sample|staal|monster)s? nodig\b` +
  String.raw`|\bno (necesitamos|necesito|hace falta|hacen falta)( la| las| el| los)? muestras?\b|\bsin muestras?\b|\bnao (precisamos|preciso|precisa)( de)?( a| as)? amostras?\b|\bsem amostras?\b` +
  String.raw`|\bpas (besoin|la peine)( d'| de | des )?echantillons?\b|\bnon (serve|servono|ci serve|ci servono|abbiamo bisogno di)( il| i| un| dei)? campion\w*|\bniente campion\w*` +
  String.raw`|\bnie (potrzebujemy|potrzeba|trzeba) (probek|probki|probka)\b|\bbez probek\b|\bnumune\w* gerek yok\b|\bnumune istemiyoruz\b` +
  String.raw`|\b(gak|ga|nggak|tidak|tak|gausah|ngga) (perlu|usah) (sampel|sample|contoh)\b|\bkhong can (mau|hang mau|sample)\b` +
  String.raw`|образ\S* не нужн\S*|не нужн\S* образ\S*|без образц\S*` +
  String.raw`|(不用|不要|不需要|无需|無需)(寄|发|發|打)?(样品|樣品|样板|樣板)|サンプル(は)?(不要|いりません|必要ありません|結構)|샘플(은|는)?\s*(필요\s*없|안\s*보내|괜찮)|(ما|لا) (نحتاج|نبي|نبغى|نريد) (عينه|عينة|عينات))`;
const GO_AHEAD = String.raw`(\bpi\b|\bp\.i\b|\bproforma\w*|\binvoice\b|\bfactura\b|\bfatura\b|\bfacture\b|\bfattura\b|\brechnung\b|\bfactuur\b|\bfaktur\w*|\bcontract\b|\bmass production\b|\bbulk (order|production)\b|\bgo ahead\b|инвоис\S*|счет\S*|проформ\S*|大货|大貨|量産|본\s*생산|양산|فاتور\S*)`;
// (folded Latin text is ASCII: the native \b is right there; the Cyrillic words carry none)
const WAIVED_RE = new RegExp(WAIVED);
const GO_AHEAD_RE = new RegExp(GO_AHEAD);
const CUE = /sample|muster|probe|staal|monster|muestra|amostra|echantillon|campion|probek|probki|numune|sampel|contoh|khong can|образ|样品|樣品|样板|樣板|サンプル|샘플|عين/;
const hasCue = cueTest(CUE);

/** Whether the folded text waives the sample and goes on to the order (the papers or the bulk asked). */
export function waivesTheSampleToOrder(folded: string): boolean {
  return hasCue(folded) && WAIVED_RE.test(folded) && GO_AHEAD_RE.test(folded);
}
