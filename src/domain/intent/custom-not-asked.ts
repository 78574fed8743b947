// What need not be custom, said beside another ask: "the sample doesn't have to be customised, send the standard one",
// "Il campione non deve essere personalizzato", "Próbka nie musi być z logo", "Het sample hoeft niet met logo",
// "Sampelnya gak usah custom", "样品不用定制", "العينة مش لازم تكون باللوجو": the customisation is waived, none is asked;
// what the message does ask (the sample, the MOQ) stays read. ("Without a logo" is negation.ts's own, which reads it with
// what follows: "senza logo quanto viene?" after a quote with a logo asks to revise it, and stays read so.)
// negation.ts blanks these spans before its own masks: the thing first ("het sample hoeft niet") would otherwise take
// the negation for itself and leave "met logo" asked. The span starts at the negation, so the thing named before it
// stays. Folded text; the Latin sources run on ASCII (no Unicode flag), the others on any script.

// what is customised: a logo (ours), a print or an engraving, "custom" itself
const CUSTOM = String.raw`(custom\w*|kustom\w*|personali[sz]\w*|personnalis\w*|personaliz\w*|individuali[sz]\w*|gepersonaliseerd\w*|op maat|bedruck\w*|bedrukt\w*|logo|logos|logo's|branded|branding|printed|impress[oa]s?|estampad[oa]s?|grabad[oa]s?|gravad[oa]s?|grave(e|es)?|graviert|incis[oa]|nadruk\w*|cetak|sablon)`;
// the little words between: "be", "with", "our", "printed" ("no need to be printed with our logo")
const BETWEEN = String.raw`( (be|with|a|an|the|any|our|my|your|printed|con|com|avec|mit|met|z|ze|el|la|o|a|le|il|de|het|een|su|tu|nuestro|nosso|notre|nostro|unser\w*|ons|onze|nasz\w*|pakai|pake|di|dengan|essere|sia|ser|etre|byc|miec|tener|ter|avoir|avere|llevar|levar|in|cetak)){0,2}`;
const WAIVED = [
  // English: "doesn't have to be", "need not be", "no need for", "without"
  String.raw`\b((does|do)n'?t (need|have) to (be|have|carry)|(does|do) not (need|have) to (be|have|carry)|needn'?t (be|have)|need not (be|have)|no need (for|to be|to have))`,
  // Spanish, Portuguese, French, Italian
  String.raw`\b(no (hace falta|necesita|tiene que|debe|tienen que|deben|necesitan)( que)?( ser| tener| llevar| sea| lleve| tenga)?)`,
  String.raw`\b(nao (precisa|tem que|deve|precisam|tem de|leva|levam)( de)?( ser| ter| estar)?)`,
  String.raw`\b((pas besoin|pas la peine|inutile) (de |d')(etre |avoir )?|(ne |n')?(doit|doivent) pas (etre|avoir))`,
  String.raw`\b(non (deve|devono|serve|servono|occorre|c'e bisogno)( che)?( essere| sia| avere| abbia)?)`,
  // German, Dutch, Polish
  String.raw`\b((muss|mussen|braucht|brauchen) (nicht|kein\w*)( mit)?)`,
  String.raw`\b((hoeft|hoeven) (niet|geen)( met)?)`,
  String.raw`\b(nie (musi|musza|trzeba)( byc| miec)?)`,
  // Indonesian, Vietnamese
  String.raw`\b((gak|ga|nggak|tidak|ndak|tak|enggak) (usah|perlu)( pakai| pake| di)?|gausah)`,
  String.raw`\b((khong|ko|hong) can (in|co|lam|dung)|khoi (in|lam))`,
].map((waived) => String.raw`${waived}${BETWEEN} ${CUSTOM}\b`);

/** The Latin (folded ASCII) sources, for negation.ts. */
export const CUSTOM_NOT_ASKED: readonly string[] = WAIVED;

/** The sources of the other scripts (Unicode flag), for negation.ts. */
export const CUSTOM_NOT_ASKED_OTHER: readonly string[] = [
  String.raw`(не нужн\S*|не надо|не обязательно)( \S+)? (логотип\S*|лого|печат\S*|нанесени\S*|гравировк\S*)`,
  String.raw`(مش لازم|مو لازم|مب لازم|ما يحتاج|ما في داعي|لا داعي)( تكون| يكون| فيها| عليها)? ?(بال|ب|ال)?(لوجو|لوغو|شعار)`,
  // Chinese "need not" (不要 orders it left off: a custom instruction, our labels read "不要印logo" so); Japanese, Korean
  String.raw`(不用|不需要|无需|無需|不必)(再)?(定制|订制|印(\s*(logo|标|我们的))?|做\s*logo|logo|贴牌)`,
  String.raw`(ロゴ|名入れ)(は|も)?(なし|不要|いりません|入れなくて)|(로고|인쇄)(는|도)?\s*(없이|필요\s*없|안\s*(넣|찍))`,
];
