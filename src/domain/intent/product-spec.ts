import { spanMask } from './blank-spans';

// A defect word inside a product's specification is what the buyer wants the goods to resist: "scratch-resistant
// glass?", "anti-scratch film", "leak-proof bottles", "防刮玻璃", "漏れ防止ボトル". Such spans are blanked when
// complaints are read (tag-intents.ts); the rest of the message ("…, price?") is read as usual.
const DEFECT = String.raw`(scratch\w*|leak\w*|crack\w*|rust\w*|shatter\w*|break\w*|stain\w*|dent\w*|corrosion|tear)`;
const SPEC = new RegExp([
  String.raw`\b(anti|non)[- ]?${DEFECT}`,
  String.raw`\b${DEFECT}[- ]?(resistant|resistance|proof|free|protection|protected)\b`,
  String.raw`\b(resistant|resistance|protection) (to|against) ${DEFECT}`,
  // fr, es, pt, it
  String.raw`\banti[- ]?(rayures?|fuites?|fissures?|rouille|arranhoes|riscos?|vazamentos?|graffi|graffio|rayones|aranazos)\b`,
  String.raw`\bresistant\w* aux? (rayures|fissures|fuites|chocs)\b|\bresistentes? (a|ao|aos|ai|alle) (rayones|aranazos|arranhoes|riscos|graffi|fugas|vazamentos|urti)\b`,
  String.raw`\ba prueba de (fugas|rayones|golpes)\b|\ba prova de (vazamentos?|riscos|arranhoes)\b`,
  // pl, ru, vi, id
  String.raw`\bodporn\w* na (zarysowania|pekniecia|uszkodzenia)\b|устоичив\S* к (царапинам|трещинам|протечкам)|защит\S* от (царапин|протечек|трещин)`,
  String.raw`\bchong (tray|xuoc|ro ri|nut|vo)\b|\b(anti|tahan) (gores|bocor|retak|pecah)\b`,
  // ar, zh, ja, ko
  String.raw`مقاوم\S* (لل|ضد ال?)(خدش|خدوش|كسر|تسرب|صدا)|ضد (ال)?(خدش|خدوش|التسرب|الكسر)`,
  String.raw`(防|耐|抗)(刮花?|划痕?|漏水?|裂|摔|碎)|不漏水`,
  String.raw`(傷|キズ|漏れ|割れ|ひび)(防止|に強い|にくい)|(傷|キズ)つきにくい`,
  String.raw`(스크래치|긁힘|누수|깨짐|흠집)\s?방지`,
].join('|'), 'g');

const CUE = /scratch|leak|crack|rust|shatter|break|stain|dent|corrosion|tear|anti|resist|prueba|prova|odporn|устоичив|защит|chong|tahan|مقاوم|ضد|防|耐|抗|不漏|防止|に強い|にくい|방지/;

/** The folded text with product specifications of resistance blanked (same length), or the text itself. */
export const maskProductSpecs = spanMask(CUE, [SPEC]);
