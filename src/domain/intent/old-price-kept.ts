import { cueTest } from '../text/cue-test';

// The old price asked to stand against a new quote ("Last year it was 12.80. Can you hold the old price if we order
// 1000?", "Tahun lalu 2,50. Kalau ambil 2000 bisa harga lama?", "能不能还按去年的3.0？", "eski fiyatı korur musunuz?"):
// the buyer pushes the price down, a discount request, though no word of a discount is said. A keeping verb with the
// price, and last year's or the old price named in the message; the old price only told ("the invoice still shows the
// old price") asks nothing of the kind. Folded text.

// the price of before, named anywhere in the message
const BEFORE = String.raw`(\blast year\b|\bprevious\w*|\bold (price|rate)|\bformer\b|\bletzte[ns]? jahr|\bvorjahr\w*|\balte[nr]? preis|\bbisherige\w* preis|\bano pasado\b|\bprecio (anterior|viejo|antiguo|de antes)\b|\ban dernier\b|\bannee derniere\b|\bancien prix\b|\bprix (precedent|d'avant)\b|\banno scorso\b|\bvecchio prezzo\b|\bprezzo (precedente|vecchio)\b|\bano passado\b|\bpreco antigo\b|\bpreco (anterior|velho)\b|\bvorig jaar\b|\boude prijs\b|\bvorige prijs\b|\bw zeszlym roku\b|\bzeszloroczn\w*|\bstar(a|ej|a) cen\w*|\bpoprzedni\w* cen\w*|в прошлом году|прошлогодн|стар(ую|ои|ая) цен|прежн(юю|еи|яя) цен|\bgecen (yil|sene)\w*|\beski fiyat\w*|\btahun lalu\b|\bharga lama\b|\bnam ngoai\b|\bgia cu\b|去年|上次|之前的价|原来的价|以前的价|老价|昨年|前回|以前の|작년|예전|이전 가격|기존 가격|السنة الماضية|العام الماضي|السعر القديم|السعر السابق)`;
// the old price kept: a keeping verb next to the price (within a few words), or the language's own short form
const KEEP = String.raw`(\b(hold|keep|maintain|honou?r|stick to|stay at|give us|give me|do|match|go back to|repeat)\b[^.?!\n]{0,25}\b(old |last year'?s |previous |same )?(price|prices|rate|rates|pricing)\b` +
  String.raw`|\b(halten|halt|behalten|beibehalten|gewahren|geben|bleiben)\b[^.?!\n]{0,25}\bpreis\w*|\bpreis\w*[^.?!\n]{0,20}\b(halten|beibehalten|behalten|gewahren)\b` +
  String.raw`|\b(respet|manten|mantien|conserv|sosten|aguant|dej|hac|dar)\w*\b[^.?!\n]{0,20}\bprecios?\b` +
  String.raw`|\b(gard|maint|conserv|respect|appliqu|fai)\w*\b[^.?!\n]{0,20}\bprix\b` +
  String.raw`|\b(manten|mantien|ten|conserv|rispett|applic|fa)\w*\b[^.?!\n]{0,20}\bprezz[oi]\b` +
  String.raw`|\b(mant(em|enha|enham|er|ém)|segur|conserv|respeit|fa(z|ca|zer)|d(a|ar))\w*\b[^.?!\n]{0,20}\bpreco\b` +
  String.raw`|\b(houd|aanhoud|handhaaf|handhav|behoud|geef|geven|hanter)\w*\b[^.?!\n]{0,25}\bprijs\b|\bprijs\b[^.?!\n]{0,10}\b(aan|aanhouden|houden|handhaven)\b` +
  String.raw`|\b(utrzym|zachow|dac|zostaw|daj)\w*\b[^.?!\n]{0,20}\bcen\w*` +
  String.raw`|(остав|сохран|держ|дад|даи|дадите)\S*[^.?!\n]{0,20}цен` +
  String.raw`|\bfiyat\w*[^.?!\n]{0,15}\b(koru|ver|uygula|devam|sabit)\w*` +
  String.raw`|\b(bisa|tetap|pakai|pake|kasih|dapat|boleh|masih)\b[^.?!\n]{0,12}\bharga (lama|tahun lalu|kemarin|sebelumnya)\b` +
  String.raw`|\bgiu( nguyen)? gia\b|\bgia cu\b[^.?!\n]{0,15}\b(duoc|khong)\b` +
  String.raw`|(还按|还是按|按照?|维持|保持|还给|给我们|照)(去年|之前|上次|以前|原来|老)的?[^。？！?!]{0,8}(价|价格|单价|報價|报价)|(去年|之前|上次|原来)的?(价格|价|单价)(可以|能|行|吗)` +
  String.raw`|(昨年|前回|以前|従来)の?(価格|値段|単価)[^。？！?]{0,10}(維持|据え置|いけ|お願い|可能|でき|で)` +
  String.raw`|(작년|이전|예전|기존)\s*(가격|단가)[^.?!]{0,10}(유지|그대로|가능|해\s*주|적용)` +
  String.raw`|(تثبت|تثبيت|تخلي|تعطيني|تعطونا|تبقي|تحافظ)[^.?!؟]{0,15}السعر)`;

// (folded Latin text is ASCII: the native \b is right there; the Cyrillic words carry none)
const BEFORE_RE = new RegExp(BEFORE);
const KEEP_RE = new RegExp(KEEP);
const CUE = /last year|previous|old |former|letzte|vorjahr|alte|bisherig|pasado|anterior|viejo|antiguo|dernier|derniere|ancien|precedent|d'avant|scorso|vecchio|passado|antigo|velho|vorig|oude|zeszl|stara|starej|poprzedni|прошл|стар|прежн|gecen|eski|tahun lalu|harga lama|nam ngoai|gia cu|去年|上次|之前|原来|以前|老价|昨年|前回|以前|작년|예전|이전|기존|الماضي|القديم|السابق/;
const hasCue = cueTest(CUE);

/** Whether the folded text asks for last year's or the old price to stand. */
export function asksToKeepTheOldPrice(folded: string): boolean {
  return hasCue(folded) && BEFORE_RE.test(folded) && KEEP_RE.test(folded);
}
