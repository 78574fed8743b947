import { cueTest } from '../text/cue-test';

// Whether a product comes in another colour: "do you have it in navy too?", "gibt es die auch in Beige?", "¿lo tienen
// en verde?", "czy są w kolorze czarnym?", "有没有白色的", "ネイビーもありますか", "베이지도 있나요?", "في لون أسود؟". The
// colour wanted is a spec of the goods, which two authors label customization whether or not it is a stock colour. Only
// a colour asked for with "have / is there / come in" is read: a colour told ("the grey ones are ready", "send 3 of the
// grey ones") asks no spec, and a colour said to be wrong is a fault (fault-not-a-spec.ts). "Mẫu này còn màu đỏ không?"
// (is the red one still in stock) asks the stock, no spec (understanding.second-pass.test.ts). Folded text.

const COLOURS = String.raw`(grey|gray|black|white|red|blue|navy|green|beige|brown|pink|yellow|orange|purple|silver|gold|anthracite|gris|negro|negra|blanco|blanca|rojo|azul|verde|marron|rosa|amarillo|cinza|preto|preta|branco|branca|vermelho|noir|blanc|rouge|bleu|vert|grigio|grigi|grigie|nero|neri|nere|bianco|bianchi|bianche|rosso|blu|grau|schwarz|weiss|rot|blau|grun|grijs|zwart|wit|rood|blauw|groen|szar\w*|czarn\w*|bial\w*|czerwon\w*|niebiesk\w*|gri|siyah|beyaz|kirmizi|mavi|yesil|abu(-abu)?|hitam|putih|merah|biru|hijau)`;
// (Russian by its endings: "серт…" is a certificate)
const RU_COLOURS = String.raw`((сер|бел|черн|красн|зелен|беж|син)(ыи|ая|ое|ые|ых|ом|ую|ого|ии|яя|ие|их|ее|ем|ев\p{L}*|н\p{L}*))`;
const VI_COLOURS = String.raw`(xam|den|trang|do|xanh|vang|hong|be|nau)`;
const ASKED = new RegExp([
  // the availability, then the colour: "do you have them in grey", "se le avete anche grigie", "ada warna abu gak"
  String.raw`\b(do you (have|make|do|carry)|can you (do|make) (it|them|these|those)|have you got|is (it|there)|are (they|there)|does it come|do they come|available|tienen|tiene|hay|lo hacen|la hacen|tem|tenem|existe|avez|avete|c'e|ci sono|esiste|gibt es|gibt's|habt ihr|haben sie|hebben jullie|heb je|bestaat|zijn (die|ze)|czy (sa|macie|jest)|macie|ada|punya)\b( [^\s.?!,;]+){0,5}? (also |too |auch |ook |anche |aussi |tambien |tambem |tez |juga |)(in |en |em |na |in der farbe |en color |na cor |in kleur |w kolorze |w |warna |mau |color |colore |cor |kleur |farbe )?${COLOURS}\b`,
  // the colour, then the availability: "gri rengi var mi", "màu xám không", "in grau gibt", "grigie ce l'avete"
  String.raw`\b${COLOURS}( renk\w*| rengi| rengini)? (var mi|olur mu|yapabilir misiniz|yapiyor musunuz)\b|(?<!\bcon )\bmau ${VI_COLOURS} (khong|ko|hok|duoc khong)\b|\bwarna ${COLOURS} (ada|gak|nggak|ga|tidak)\b|\bin ${COLOURS} (gibt|geben|habt|haben|zijn|is|verkrijgbaar|leverbaar|lieferbar|erhaltlich|available)\b`,
  String.raw`(есть ли|есть|бывают|имеются)( у вас)?( они| такие)?( в)? ${RU_COLOURS}|${RU_COLOURS} (есть|бывают|имеются)`,
  String.raw`(灰|黑|白|红|蓝|绿|米|粉|紅|藍|綠)色(的)?(有没有|有吗|有嗎|有沒有)|(有没有|有沒有|能不能做|可以做|能做)(.{0,4})?(灰|黑|白|红|蓝|绿|米|粉|紅|藍|綠)色|(グレー|ブラック|ホワイト|ネイビー|ベージュ|黒|白|赤|青|緑)(色)?(も|の)?(あります|ありますか|ある|できます)|(회색|검정|블랙|흰색|화이트|빨간색|파란색|네이비|베이지|초록)(도|으로도|로도)?\s*(있어요|있나요|있습니까|있을까요|되나요|가능)`,
  String.raw`(فيه|في|عندكم|يوجد|هل يوجد|متوفر)( منه)? (لون )?(رمادي|اسود|ابيض|احمر|ازرق|اخضر|بيج)`,
].join('|'), 'u');
const CUE = cueTest(/have|can you|lieferbar|erhaltlich|verkrijgbaar|leverbaar|is it|is there|are they|are there|come|available|tienen|tiene|hay|hacen|tem|existe|avez|avete|c'e|ci sono|esiste|gibt|habt|haben|hebben|heb je|bestaat|zijn|czy|macie|ada|punya|var mi|olur mu|yapabilir|yapiyor|khong|ko|hok|gak|nggak|ga|tidak|есть|бывают|имеются|有没有|有吗|有嗎|有沒有|能不能做|可以做|能做|あります|ある|できます|있어요|있나요|있습니까|있을까요|되나요|가능|فيه|في|عندكم|يوجد|متوفر/);

/** Whether the folded text asks if the goods come in a colour (a spec asked: customization). */
export function asksForAColour(folded: string): boolean {
  return folded.length <= 400 && CUE(folded) && ASKED.test(folded);
}
