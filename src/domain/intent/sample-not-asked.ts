import { blankSpans } from './blank-spans';

// A sample named but not asked for: the yardstick of a complaint ("no coincide con la muestra aprobada", "warnanya beda
// jauh sama sampel", "wijkt af van het goedgekeurde sample", "لون العينة مو نفس الصور"), one the customer already
// approved ("el cliente final aprobó la muestra"), or one declined before another ask ("サンプルはもう不要です。見積もりだけ",
// "샘플은 됐고 바로 견적", "لا داعي للعينات، ابعت السعر"). Sample words are blanked when sample requests are read
// (tag-intents.ts), unless the message also asks for a new or another sample ("the colour differs, send a new sample").
// Folded text (no accents; ł → l, ı → i; Arabic alef forms unified).

const SAMPLE_WORD = String.raw`(samples?|sampel|sample|muster|muestras?|amostras?|campion[ei]|echantillons?|probk\w*|probek|numune\w*)`;
const SAMPLE = /\b(samples?|sampel(nya)?|muster|muestras?|amostras?|campion[ei]|echantillons?|probk\w*|probek|numune\w*)\b|образ\S*|样品|樣品|サンプル|샘플|(لل|ل|ال)?(عينات|عينة|عينه)/g;

const NOT_ASKED = new RegExp([
  // compared with, and found different
  String.raw`\b(no coincide\w*|no es igual|diferente|distint\w*|differ\w*|doesn'?t match|does not match|not the same as|unlike|beda( jauh)?|tidak sama|ga sama|gak sama|wijkt\w*( \w+)? af|anders dan|anders als|weicht\w*( \w+)? ab|nicht wie|divers[oa]|non corrisponde\w*|ne correspond\w* pas|nao bate|farkli|ayni degil|khac)\b.{0,40}\b${SAMPLE_WORD}\b`,
  // the sample the yardstick, in the other word order or found wrong: "stimmt nicht mit dem Muster überein",
  // "numuneyle aynı değil", "el color de la muestra está mal", "kolor próbki jest zły", "warna sampelnya salah"
  String.raw`\bstimm\w* nicht (\w+ ){0,2}${SAMPLE_WORD}\b|\b${SAMPLE_WORD}\w*( \w+){0,2} (ayni degil|tidak sama|ga sama|gak sama|nicht uberein\w*|ne correspond pas)\b|\b${SAMPLE_WORD}\w*\b.{0,25}\b(esta mal|ta errad[oa]|esta errad[oa]|errad[oa]|n'est pas bon(ne)?|sbagliat[oa]|e sbagliat[oa]|falsch|ist falsch|fout|jest zl[ya]|zl[ya]|yanlis|salah|is wrong|wrong)\b`,
  String.raw`(مش|مو|ليس|ليست|غير) (نفس|زي|مثل|مطابق\S*) (لل|ل|ال)?(عينة|عينه)|サンプル(の|と)(色|カラー|サイズ)?(が|は)?(違|異な)|샘플\s*(색상|색깔|컬러|사이즈)?(이|가|과|와|하고)?\s*(틀렸|틀려|달라|다릅|다르)|(цвет|качество|размер)\S* образц\S*( \S+)? (неправильн|не такой|не тот|другой)|образц\S* (не совпада|отличает)|(跟|和|与|與)(样品|樣品)不一样|(样品|樣品)(的)?(颜色|顏色)?不(对|對)`,
  // no longer needed ("Não precisamos mais de amostras", "Artık numune gerekmiyor", "サンプルはもう必要ありません")
  String.raw`\bnao (precisamos|preciso) mais de ${SAMPLE_WORD}\b|\bno (necesitamos|necesito) mas ${SAMPLE_WORD}\b|\bnumune\w* (artik )?(gerekmiyor|gerek yok|lazim degil)\b|サンプル(は|も)?(もう)?(必要ありません|必要ない)|샘플(은|는)?\s*(이제\s*)?(더\s*)?(안\s*보내|보내지\s*않)`,
  // approved already
  String.raw`\b(aprob\w*|aprov\w*|approv\w*|approuv\w*|genehmig\w*|freigegeben\w*|goedgekeur\w*|zatwierdz\w*|onayla\w*|disetujui|duyet)( \w+){0,2} ${SAMPLE_WORD}\b|\b${SAMPLE_WORD} (aprobad\w*|aprovad\w*|approuve\w*|approvat\w*|goedgekeurd\w*|zatwierdzon\w*|onaylanan|disetujui|(was|is) approved)\b`,
  String.raw`(لون|جوده|جودة|مقاس) (العينة|العينه)|(العينة|العينه) (مو|مش|ليس|ليست|غير) (نفس|زي|مثل|مطابق)`,
  // declined before another ask
  String.raw`サンプル(は|も)?(もう)?(不要|いらない|いりません|結構|大丈夫)|샘플(은|는)?\s*(됐고|됐어요|필요\s*없|괜찮)|샘플\s*(또|다시)?\s*보내지\s*마|لا داعي (لل|ل)?(عينات|عينة)|(ما|مش|لا) (نحتاج|احتاج|محتاج\S*) (لل|ل|ال)?(عينات|عينة)`,
].join('|'));

// Another sample asked for beside it: the ask stands.
const ANOTHER = new RegExp(String.raw`\b(new|nuev\w*|nov[oa]s?|nouve\w*|neue\w*|nieuw\w*|nuov\w*|now\w*|yeni|baru|another|otra|outra|autre|weitere\w*|andere\w*|altr[oaie]|kolejn\w*|baska|again|de nuevo|otra vez|de novo|encore)\b.{0,15}\b${SAMPLE_WORD}\b|\b${SAMPLE_WORD}\b.{0,15}\b(again|de nuevo|otra vez|de novo|nochmal|opnieuw|di nuovo|jeszcze raz|tekrar|lagi)\b`);

/** The folded text with sample words blanked (same length) when the sample named is not asked for; else the text. */
export function maskSampleNotAsked(folded: string): string {
  if (!NOT_ASKED.test(folded) || ANOTHER.test(folded)) return folded;
  return blankSpans(folded, [SAMPLE]);
}
