import { cueTest } from '../text/cue-test';

// Production of one variant stopped, the rest of the order going on: "Please stop production of the red ones, the
// customer changed his mind", "Paren la producción de los azules", "Остановите производство белых", "赤色の生産は中止して
// ください", "黑色那款先停产". The order is changed, no colour is asked to be made: a revision of what was agreed, and
// no customization (the colour named is the one dropped). A halt with no variant named ("Stop production! The colour
// is wrong") is a fault reported: the tables' complaint, and this rule is not read when one was found. Folded text.

const COLOUR = String.raw`(red|blue|black|white|grey|gray|green|yellow|pink|beige|brown|orange|purple|navy|silver|gold|rojo|rojas?|rojos|azul(es)?|negr[oa]s?|blanc[oa]s?|gris(es)?|verdes?|amarill[oa]s?|rosas?|vermelh[oa]s?|pret[oa]s?|branc[oa]s?|cinzas?|rouges?|bleus?|noirs?|blanche?s?|vert(e|s)?|jaunes?|ross[oi]|rosse|blu|ner[oi]|nere|bianch[ie]|bianc[oa]|grigi[oe]?|verdi?|gialli?|rot(en?)?|blau(en?)?|schwarz(en?)?|weiss(en?)?|grau(en?)?|grun(en?)?|rode|blauwe|zwarte|witte|grijze|groene|czerwon\w*|niebiesk\w*|czarn\w*|bial\w*|szar\w*|zielon\w*|kirmizi|mavi|siyah|beyaz|gri|yesil|merah|biru|hitam|putih|abu-abu|hijau|красн\p{L}*|син\p{L}*|черн\p{L}*|бел\p{L}*|сер\p{L}*|зелен\p{L}*)`;
const VARIANT = String.raw`(colou?r|colors?|version|variant\w*|model|ones|design|farbe|variante|version|couleur|coloris|modele|colore|versione|variante|modello|kleur|versie|kolor\w*|wersj\w*|wariant\w*|renk|model|warna|versi|mau|цвет\p{L}*|верси\p{L}*|модел\p{L}*)`;
// the halt said with the production named: "stop production", "arrêtez la production", "wstrzymajcie produkcję"
const HALT = String.raw`(stop|halt|pause|cancel|suspend|hold)(ping)? (the )?(production|manufacturing|making)|(paren|detengan|pare|detenga|suspendan|cancelen) la produccion|(parem|suspendam|cancelem|pare) a producao|(arretez|stoppez|suspendez|annulez|arreter|stopper) la production|(fermate|bloccate|sospendete|annullate|fermare|bloccare) la produzione|(stoppen|stoppt|stopp|halten|anhalten|unterbrechen)( sie)?( bitte)? (die )?produktion|(stop|stopt|staak|pauzeer) (de )?productie|(wstrzymajcie|zatrzymajcie|wstrzymac|zatrzymac|anulujcie) produkcj\w*|(stop|hentikan|tunda|batalkan) produksi|(dung|tam dung|ngung|huy) san xuat|(остановите|приостановите|прекратите|отмените|остановить) (производство|выпуск)`;
// (the variant the object of the halt, a few short words on: "stop production, until we approve the design" names
// none; word edges read for any script, `\b` sees ASCII letters only)
const HALT_THEN_VARIANT = new RegExp(String.raw`(?<!\p{L})(${HALT})(?!\p{L})( \p{L}{1,5}){0,3} (${COLOUR}|${VARIANT})(?!\p{L})`, 'u');
// the variant first: "kırmızı renk üretimini durdurun", "赤色の生産は中止", "빨간색 생산은 중단", "红色那款先停产", "اللون الأحمر"
const VARIANT_THEN_HALT = new RegExp([
  String.raw`\b${COLOUR}( renk| renkli| model)?\w* uretimini? (durdur|iptal|beklet)\w*`,
  String.raw`(赤|青|黒|白|グレー|灰|緑|黄|ピンク|ネイビー)色?(の|は)?(モデル|タイプ)?(の|は)?(生産|製造)(は|を)?(一旦|いったん)?(中止|停止|ストップ|キャンセル)`,
  String.raw`(빨간|파란|검은|검정|흰|하얀|회|초록|노란|분홍|네이비)색?\s*(모델|제품)?\s*(생산|제작)(은|을|는)?\s*(중단|중지|취소|스톱)`,
  String.raw`(红|蓝|黑|白|灰|绿|黄|粉|紅|藍|綠)色?(那款|那个|的|这款|款)?(先|暂时|暫時)?(停产|停產|停止生产|停止生產|不要生产|別生產|别生产|不做了)`,
  String.raw`(وقفوا|اوقفوا|أوقفوا|وقف|ايقاف|الغوا) (انتاج|تصنيع) (اللون )?(ال)?(احمر|ازرق|اسود|ابيض|رمادي|اخضر|اصفر)`,
].join('|'));
const CUE = cueTest(/stop|halt|pause|cancel|suspend|hold|paren|detengan|pare|suspendan|cancelen|parem|suspendam|cancelem|arretez|stoppez|suspendez|annulez|arreter|stopper|fermate|bloccate|sospendete|annullate|fermare|bloccare|stoppen|stoppt|halten|anhalten|unterbrechen|produktion|stopt|staak|pauzeer|wstrzym|zatrzym|anulujcie|hentikan|tunda|batalkan|dung|ngung|huy|останов|приостанов|прекрат|отмен|uretim|生産|製造|생산|제작|停产|停產|停止生|不要生产|別生產|别生产|不做了|انتاج|تصنيع/);

/** Whether the folded text stops the production of one variant (a colour, a version) of the order. */
export function stopsAVariantsProduction(folded: string): boolean {
  if (folded.length > 300 || !CUE(folded)) return false;
  return HALT_THEN_VARIANT.test(folded) || VARIANT_THEN_HALT.test(folded);
}
