import { cueTest } from '../text/cue-test';

// Customisation turned down, said as a refusal the negation masks do not know: "don't worry about the logo for now",
// "no custom, just the standard model", "niks custom, gewoon het standaardmodel", "logo da kutu da istemiyoruz, düz
// ürün", "baskısız olursa kaç adetten başlar?", "không in logo không hộp màu gì hết", "カスタマイズは不要です",
// "커스텀은 필요 없어요", "定制就不用了". The buyer wants the goods as they are: no custom spec is asked (every author),
// and the rest of the message (the MOQ, the lead time) is what is asked. Folded text.

// what is customised: custom itself, a logo, a private label
// ("no print on the carton" is a spec of the carton, and stays one)
const CUSTOM = String.raw`(custom\w*|kustom\w*|customi[sz]\w*|personali[sz]\w*|personnalis\w*|personaliz\w*|logo|logos|branding|private label|op maat|in logo|oem)`;
// the refusal, after the custom word ("logo da istemiyoruz", "custom gak usah") or before it ("no custom", "niks custom")
const AFTER = String.raw`( (da|de|is|for now|ga|gak|nya|yok|ise|also|too|as well|pas|nicht))*( (not needed|not necessary|no need|unnecessary|isn'?t needed|istemiyoruz|istemiyorum|gerek yok|gerekmez|gak usah|ga usah|nggak usah|tidak perlu|gak perlu|ga perlu|niet nodig|hoeft niet|nicht notig|nicht noetig|pas necessaire|no hace falta|no es necesari[oa]|nao precisa|non serve|non necessari[oa]|niepotrzebn\w*|nie trzeba|khong can))\b`;
// ("without a logo" is negation.ts's own: "senza logo quanto viene?" after a quote with one asks it revised)
const BEFORE = String.raw`\b(no|niks|geen|kein\w*|khong|don'?t worry about( the| any)?|forget( about)?( the)?|skip( the)?|no need (for|of)( the| a| any)?|we don'?t (need|want)( the| a| any)?|i don'?t (need|want)( the| a| any)?)`;
const DECLINED = new RegExp([
  String.raw`\b${CUSTOM}${AFTER}`,
  String.raw`${BEFORE} ${CUSTOM}\b(?![^.?!\n]{0,30}\b(but|please|pls|instead)\b)`,
  String.raw`\b(logosuz|baskisiz|etiketsiz)\b|не нужн\S* (кастомизаци\S*|индивидуализаци\S*)|(кастомизаци\S*|логотип\S*) не нужн`,
  String.raw`(定制|订制|客制|印logo|logo)(就|也)?(不用|不需要|不要了|免了)|(カスタマイズ|カスタム|名入れ|ロゴ入れ)(は|も)?(不要|いりません|なしで|必要ありません)|(커스텀|커스터마이징|로고|인쇄)(은|는|도)?\s*(필요\s*없|안\s*해도|없어도)|(بدون|مش لازم|مو لازم) (لوجو|لوغو|طباعة|تخصيص)`,
].join('|'), 'u');

/** Cue: a word of customisation, read on the whole text before the key's mask. */
export const namesCustomWork = cueTest(/custom|kustom|personali|personnalis|logo|print|branding|private label|op maat|bedruk|baski|cetak|sablon|in logo|hop mau|оем|oem|etiket|кастомизаци|индивидуализаци|логотип|定制|订制|客制|カスタ|名入れ|ロゴ|커스텀|로고|인쇄|لوجو|لوغو|طباعة|تخصيص/);

/** Whether the folded text turns customisation down. */
export function declinesCustomWork(folded: string): boolean {
  return folded.length <= 300 && DECLINED.test(folded);
}
