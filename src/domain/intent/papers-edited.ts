import { cueTest } from '../text/cue-test';

// A line of the quote or proforma to be added, taken off, put on its own line, written otherwise or in another name,
// or its validity stretched: "add the test fee to the quote as its own line", "take the spare parts off the offer",
// "put the PI in the name of our company", "Bitte die Proforma auf unsere neue Firma umschreiben", "Na proformie proszę
// dopisać nasz NIP", "В КП отдельной строкой укажите доставку", "见积りに…を追加してください", "把第三项删掉，重新发个PI",
// "can you extend the validity of the quote?", "the quote expired, can you hold the same price?". Every author labels
// it a quote revision: the papers are to be redone, though no word of a revision is said (the price, the freight or
// the payment named in it is the line edited, no question of its own). A wrong detail on the papers to be put right is
// read by reissue-the-papers.ts; a bare "send me the quote" or "the quote is fine" edits nothing. Folded text.

// the papers, as the place of the edit: "to the quote", "en la cotización", "na proformie", "в КП", "見積りに", "견적서에"
// (a paper named alone is no edit's place: "send a quote including freight" asks a price)
const PAPERS = String.raw`(\b(to|on|in|into|from|off|of) (the |your |our |this |that |my |a new )?(pi|p\.i|proforma|pro-forma|quote|quotation|offer|invoice)\b|\b(en|a|de|del) (la |el |tu |su |nuestra )?(cotizacion|proforma|factura|oferta|presupuesto|pi)\b|\b(na|no|da|do|a|em) (proforma|fatura|factura|cotacao|orcamento|oferta|pi)\b|\b(dans|sur|de|a) (l'|la |le |votre |notre )?(offre|devis|proforma|facture|pi)\b|\b(nell'|sull'|dall'|nella |sulla |dalla |in |della |dell')(offerta|proforma|fattura|pi)\b|\b(auf|in|aus|von) (der |die |dem |das |den |unserer |ihrer )?(proforma|rechnung|angebot|pi)\b|\bdie (proforma|rechnung|pi)\b|\b(op|in|van|uit) (de |het |je |uw |onze )?(offerte|proforma|factuur|pi)\b|\bde offerte\b|\b(na|w) (proformie|fakturze|ofercie|pi)\b|\bz (proformy|faktury|oferty)\b|\b(teklif|proforma|fatura)(e|a|te|ta|ten|tan|ye|ya|de|da|den|dan)\b|\b(di|ke|dari|dalam) (penawaran|proforma|invoice|pi|quotation)( nya)?\b|\b(vao|trong|tren|khoi) (bao gia|hoa don|proforma|pi|invoice)\b|(^|\s)(в|на|из) (кп|сч[её]те|инвоисе|проформе|коммерческом предложении)(?=[\s.,!?]|$)|\bpi\b|(形式发票|发票|發票|报价单|報價單)|(見積|見積書|見積り|請求書|インボイス)(に|から|の)|(인보이스|견적서|견적)(에|에서|에는)|(في|من|على) (العرض|الفاتورة|البروفورما|عرض السعر))`;
// an edit of a line: add, take off, put on its own line, write, put in a name, split by
const EDIT = String.raw`(\b(add|put|write|remove|delete|take (out|off)|drop|split|separate|revise|rename|reissue)\b|\bseparate(ly)?\b|\bin the name of\b|\bper (dozen|piece|carton|set|colou?r)\b` +
  String.raw`|\b(anad|agreg|incluy|inclu|pon|ponga|ponme|pong|quit|elimin|separ|desglos|divid|coloc|acrescent|adicion|tira|tire|tirem|retir|ajout|mett|mets|enlev|supprim|separe|aggiung|mett|togli|elimin|divid|scorpor|inseri|zet|voeg|haal|verwijder|splits|vermeld|tambah|hapus|hilang|cantum|tulis|pisah|ekle|cikar|silin|yazin|yaziniz|ayir|dopis|dodaj|dodac|usun|wpis|rozbij|rozdziel)\w*\b` +
  String.raw`|\b(hinzufug|erganz|auffuhr|ausweis|streich|entfern|umschreib|trenn|auflist)\w*|\bgesondert\b|\bseparat\b|\ba nombre de\b|\bem nome de\b|\bau nom de\b|\ba nome d[ie]\b|\bop naam van\b|\bna (firme|nazwe)\b|\batas nama\b|\badina\b|\b(ligne|riga|linea|regel|satir|dong) (separee|a parte|separata|separada|apart|ayri|rieng)\b` +
  String.raw`|\b(them|bo|xoa|ghi|tach|doi ten)\b(?=[^.?!\n]{0,40}\b(vao|trong|khoi|tren) (bao gia|hoa don|pi|proforma|invoice)\b)` +
  String.raw`|(укажите|добавьте|уберите|удалите|впишите|внесите|выделите|разделите|отдельной строкой|на имя|на компанию|переделайте)` +
  String.raw`|(删掉|删除|去掉|加上|加到|加入|写上|写成|改成|改为|分开|拆开|单独列|分别列|抬头|追加|記載|削除|別記|分けて|明記|入れて|빼고|빼 주|추가|넣어|적어|기재|삭제|분리|따로)` +
  String.raw`|(اكتب|حط|امسح|احذف|اضف|ضيف|شيل|سطر لحال|باسم))`;
// the validity stretched or the quote expired with its price kept
const VALIDITY = String.raw`(\b(extend|prolong)\w*\b[^.?!\n]{0,30}\bvalid\w*|\bvalid\w*\b[^.?!\n]{0,30}\b(extend|prolong)\w*|\b(quote|quotation|offer|pi|proforma)\b[^.?!\n]{0,15}\bexpired\b|\b(ampli|extend|prorrog|prolong|verlang|verleng|przedluz|uzat|perpanjang|diperpanjang|gia han)\w*\b[^.?!\n]{0,30}\b(validez|validade|validite|validita|gultigkeit|geldigheid|waznos\w*|gecerlilik\w*|masa berlaku|hieu luc)\b|\b(validez|validade|validite|validita|gultigkeit|geldigheid|waznosc|gecerlilik\w*|masa berlaku|hieu luc)\b[^.?!\n]{0,30}\b(ampli|extend|prorrog|prolong|verlang|verleng|przedluz|uzat|perpanjang|diperpanjang|gia han)\w*|продл\S*[^.?!\n]{0,25}(срок|действ)|(有效期|有効期限|유효기간)[^。？！?!]{0,10}(延长|延長|延ば|연장)|(تمديد|مدد)[^.?!؟]{0,20}(صلاحي|مدة))`;

// the quote named anywhere (for its validity: "the offer expired", "la cotización ya venció", "报价过期了")
const QUOTE = String.raw`(\b(pi|proforma|quote|quotation|offer|price|prices|cotizacion|oferta|precio|proposta|orcamento|cotacao|preco|offre|devis|prix|offerta|preventivo|prezzo|angebot|preis|offerte|prijs|oferta|cena|ceny|teklif\w*|fiyat\w*|penawaran|harga|bao gia|gia)\b|кп|предложени|цен|报价|報價|价格|價格|見積|価格|견적|가격|العرض|عرض السعر|السعر)`;
// the quote said to have run out
const EXPIRED = String.raw`(\b(expired|has expired|is expired|ran out|lapsed|no longer valid|(vencio|vencida|vencido|caduco|caducada|caducado|expiro|expirada|expirado|ya no es valid[oa]|ya no esta vigente|perdio vigencia)|(venceu|vencida|vencido|expirou|expirada|expirado|caducou|perdeu a validade)|(a expire|est expiree|est expire|n'est plus valable|n'est plus valide|perime\w*)|(e scadut[oa]|scadut[oa]|non e piu valid[oa])|(abgelaufen|nicht mehr gultig|verfallen)|(verlopen|is verlopen|niet meer geldig)|(wygasl[aoy]|wygasla|stracil[ao]? waznosc|juz niewazn\w*|nieaktualn\w*)|(suresi (doldu|gecti|bitti)|gecerliligi (doldu|bitti|kalmadi)|gecersiz oldu)|(kadaluarsa|kadaluwarsa|sudah expired|udah expired|sudah habis masa berlaku\w*|tidak berlaku lagi)|(het han|het hieu luc|qua han))\b|(истек\S*|истёк\S*|просрочен\S*|утратил\S* силу|уже не действ\S*)|(过期|已过期|失效|已失效|到期了|過期)|(期限切れ|期限が切れ|有効期限が過ぎ|失効)|(만료|기한이 지났|유효기간이 지났)|(انتهت صلاحي|انتهت مدة|منتهي الصلاحي|خلصت صلاحي))`;
// the price kept, or the quote renewed, when it ran out: "can you hold the same price?", "¿pueden mantener el mismo
// precio?", "renew it", "can you re-quote the same?"
const KEPT = String.raw`(\b(hold|keep|maintain|honou?r|same|renew|reissue|re-?quote|extend|still|again|mantener|mantienen|manten|mismo|misma|renovar|manter|mesmo|mesma|maintenir|meme|garder|mantenere|stesso|stessa|halten|gleich\w*|selben|behalten|erneuern|verlengen|houden|dezelfde|zelfde|utrzyma\w*|ta sama|tej samej|takiej samej|odnow\w*|ayni|koru\w*|yenile\w*|sama|tetap|perpanjang|diperpanjang|giu|van|nhu cu)\b|(сохран|держ|та же|ту же|прежн|продл|обнов)|(保持|还按|按原|维持|不变|延长|原价|一样)|(据え置|維持|同じ|延長|更新)|(유지|그대로|동일|연장|갱신)|(نفس|تثبت|تمديد|تجديد))`;
const QUOTE_RE = new RegExp(QUOTE, 'u');
const EXPIRED_RE = new RegExp(EXPIRED, 'u');
const KEPT_RE = new RegExp(KEPT, 'u');
const PAPERS_RE = new RegExp(PAPERS, 'u');
const EDIT_RE = new RegExp(EDIT, 'u');
const VALIDITY_RE = new RegExp(VALIDITY, 'u');

/** Cue: a paper's word or a word of the validity, read on the whole text before the key's mask. */
export const namesThePapers = cueTest(/valid|valab|expir|venc|caduc|abgelaufen|verfallen|verlopen|wygas|waznos|nieaktualn|scadut|perime|gultig|geldig|gecerli|suresi|berlaku|kadaluarsa|kadaluwarsa|het han|hieu luc|qua han|lapsed|ran out|истек|просроч|продл|утратил|действ|过期|失效|到期|過期|有效期|期限|有効|만료|기한|유효|صلاحي|مدة|تمديد|pi|proform|invoice|quot|offer|factur|fatura|fattura|rechnung|factuur|faktur|offert|angebot|cotiza|cotacao|orcamento|presupuesto|devis|offre|teklif|penawaran|hoa don|bao gia|кп|предложени|инвоис|проформ|сч|インボイス|請求書|見積|인보이스|견적|发票|發票|报价|報價|فاتور|بروفورما|العرض/);

/** Whether the folded text asks for a line of the quote or proforma edited, or its validity stretched. */
export function editsThePapers(folded: string): boolean {
  if (folded.length > 300) return false;
  if (QUOTE_RE.test(folded) && (VALIDITY_RE.test(folded) || (EXPIRED_RE.test(folded) && KEPT_RE.test(folded)))) return true;
  return PAPERS_RE.test(folded) && EDIT_RE.test(folded);
}
