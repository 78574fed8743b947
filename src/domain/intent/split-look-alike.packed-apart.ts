import { spanMask } from './blank-spans';

// Goods packed apart by colour, size or model: "색상별로 나눠서 포장해 주세요", "色別に分けて梱包", "按颜色分开包装",
// "pack each colour separately". A packing instruction (customisation), every lot goes together. Folded text.
const PACKED_APART = new RegExp([
  String.raw`(색상|컬러|사이즈|모델|품목|제품)(별로|마다)\s?(나눠서|나누어서|나눠|분리해서|따로)\s?(포장|박스|담아)`,
  String.raw`(色|カラー|サイズ|品番|モデル)(別|ごと)に(分けて)?(梱包|包装|箱詰め|袋詰め)`,
  String.raw`按(颜色|顏色|尺码|尺碼|款式|型号|型號)(分开|分開|分别|分別)?(包装|包裝|装箱|裝箱)`,
  String.raw`\bpack\w* (each |every )?(colou?r|size|model|design|sku)s? separately\b|\bpack\w*( \w+){0,2} separately (by|per) (colou?r|size|model|design|sku)\b`,
].join('|'), 'g');
const CUE = /색상|컬러|사이즈|모델|품목|제품|色|カラー|サイズ|品番|モデル|按|separately/;

/** The folded text with goods packed apart blanked (same length), or the text itself. */
export const maskPackedApart = spanMask(CUE, [PACKED_APART]);
