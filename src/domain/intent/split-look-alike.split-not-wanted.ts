import { spanMask } from './blank-spans';

// A split refused in Japanese, Korean and Chinese: "分納せず一括で", "分けないでください", "나눠서 보내지 말고 한 번에",
// "나누지 마세요", "不要分批", "别拆柜". The buyer wants one shipment: a shipping ask, the opposite of an order split
// (split-declined.ts reads the Latin-script languages). Folded text (CJK is kept as written).
const SPLIT_NOT_WANTED = new RegExp([
  String.raw`(分納|分割(出荷|発送|納品)?|分けて(出荷|発送|送|納品)?)(せず|しないで|しない|は(不要|結構|しないで)|なしで|無しで)|分け(ず|ないで)(に)?`,
  String.raw`(나눠서|나누어서|나눠|나누어|분할해서|분할)\s?(보내|발송|선적|출고|배송)?(하)?지\s?(말고|마시고|마세요|말아|않고|않게)|나누지\s?(말고|마시고|마세요|말아)|분할\s?(선적|배송|출고)?\s?(없이|안\s?(해|돼))`,
  String.raw`(不要|别|別|不用|不需要|无需|無需|不想|唔好|唔使)\s?(分批|分开发|分開發|分两次|分兩次|拆单|拆單|拆柜|拆櫃|分柜|分櫃)`,
].join('|'), 'g');
const CUE = /分納|分割|分け|나눠|나누|분할|分批|分开|分開|分两|分兩|拆|分柜|分櫃/;

/** The folded text with a split refused (CJK) blanked (same length), or the text itself. */
export const maskSplitNotWanted = spanMask(CUE, [SPLIT_NOT_WANTED]);
