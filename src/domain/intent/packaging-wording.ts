import { cueTest } from '../text/cue-test';

// What the packaging, the labels or the manual are to say: in a language ("the manual in French, German and Italian",
// "Verpackung mit deutscher Beschriftung", "instrukcja po polsku", "инструкция на русском", "品質表示を日本語で"), or
// printed or stuck on the cartons ("print the batch number on every carton", "Chargennummer auf jeden Karton drucken",
// "shipping mark랑 barcode sticker 붙여서 packing", "在外箱上印生产日期"). The goods' wording made to the buyer's
// market: every author labels it customization. A fault of the wording on goods received is a complaint (read by the
// tables first). Folded text.

// the packaging, a label, the manual
const DOC = String.raw`(\b(manuals?|user manual|instructions?|user guide|packaging|package|boxe?s?|cartons?|labels?|labell?ing|stickers?|mode d'emploi|notice|emballages?|etiquettes?|manuel|manuale|istruzioni|confezion\w*|imballo|etichett\w*|anleitung|bedienungsanleitung|gebrauchsanweisung|verpackung\w*|etikett\w*|beschriftung|handleiding|verpakking\w*|etiket\w*|dozen|doos|instrukcj\w*|opakowan\w*|etykiet\w*|karton|kartons|kartony|kartonu|kartonach|kilavuz\w*|ambalaj\w*|kutu\w*|koli\w*|panduan|kemasan|dus|kardus|huong dan|bao bi|thung|hop|manual|instrucciones|empaque|embalaje|caja|cajas|etiqueta\w*|embalagem|caixas?|rotulo\w*)\b|инструкц\S*|упаковк\S*|этикет\S*|маркировк\S*|коробк\S*|说明书|包装|标签|外箱|纸箱|取扱説明書|説明書|パッケージ|品質表示|表示|ラベル|カートン|外箱|설명서|포장|라벨|박스|دليل|العلب|العلبة|الملصقات|الكرتون|الكراتين)`;
// a language the wording is to be in
const LANGUAGE = String.raw`(\b(in |en |em |auf |op |po |na |di |bang |dalam )?(french|english|german|spanish|arabic|russian|polish|italian|dutch|turkish|portuguese|japanese|korean|chinese|hebrew|frances|francais|francaise|ingles|anglais|englisch|deutsch|deutscher|deutschen|allemand|aleman|italiano|italien|italienisch|arabe|arabisch|ruso|russe|polaco|polonais|polsku|polskim|turkce|bahasa indonesia|bahasa|tieng viet|portugues|nederlands|frans|duits|engels|italiaans)\b|на (русском|казахском|узбекском|украинском|английском)|по-русски|(中文|英文|日文|法文|德文|西班牙文|阿拉伯文)|日本語|英語|한국어|영어|(بالعربي|العربية|عربي))`;
// printed or stuck on
const PRINTED = String.raw`(\b(print|printed|stamp|stick|attach|imprim\w*|estamp\w*|pegar|peguen|coller|collez|stampa\w*|incolla\w*|drucken|bedrucken|aufdrucken|kleben|bedrukken|plakken|drukken|nadruk\w*|naklei\w*|bas(in|iniz|ilsin|mak)|yapistir\w*|cetak|tempel\w*|in len|dan (tem|nhan|len))\b|напечат\S*|нанес\S*|наклеи\S*|印上|印刷|印字|贴上|貼|붙여|인쇄|اطبع|طباعة|لصق)`;
const SAID_RE = new RegExp(`${DOC}[^.?!\\n]{0,40}?${LANGUAGE}|${LANGUAGE}[^.?!\\n]{0,25}?${DOC}`, 'u');
const PRINTED_RE = new RegExp(`${PRINTED}[^.?!\\n]{0,40}?${DOC}|${DOC}[^.?!\\n]{0,40}?${PRINTED}`, 'u');
// what is to be printed on them: a date, a number, a code, a mark (no picture of the goods to be sent)
const WORDING = /\w*(nummer|datum)\b|\b(date|number|code|barcode|ean|upc|mark|marks|logo|name|batch|lot|nummer|datum|numero|fecha|codigo|marca|data|codice|kod|numer|tarih|kod|nomor|tanggal|ma vach|so lo)\b|номер|дат|код|штрих|марк|日期|批号|条码|唛头|製造日|ロット|バーコード|マーク|날짜|바코드|마크|تاريخ|رقم|باركود/u;

/** Cue: a word of the packaging, a label or the manual, read on the whole text before the key's mask. */
export const namesPackagingOrManual = cueTest(/manual|instruc|guide|packag|box|carton|label|sticker|emploi|notice|emballage|etiquet|manuel|istruz|confez|imballo|etichett|anleitung|gebrauchsanweisung|verpackung|etikett|beschriftung|handleiding|verpakking|etiket|doos|dozen|instrukcj|opakow|etykiet|karton|kilavuz|ambalaj|kutu|koli|panduan|kemasan|dus|huong dan|bao bi|thung|hop|empaque|embalaj|caja|embalagem|caixa|rotulo|инструкц|упаковк|этикет|маркировк|коробк|说明书|包装|标签|外箱|纸箱|説明書|パッケージ|表示|ラベル|カートン|설명서|포장|라벨|박스|دليل|العلب|الملصقات|الكرتون|الكراتين/);

/** Whether the folded text asks the packaging, the labels or the manual in a language, or a wording printed on them. */
export function asksThePackagingsWording(folded: string): boolean {
  if (folded.length > 400) return false;
  return SAID_RE.test(folded) || (PRINTED_RE.test(folded) && WORDING.test(folded));
}
