import { cueTest } from '../text/cue-test';

// A rival's offer put to us as a challenge ("Another supplier offered free shipping to Dubai, can you match?", "Ein
// anderer Lieferant bietet 2,70 USD an. Können Sie mithalten?", "Otra fábrica me ofrece flete gratis, ustedes?",
// "另一家工厂说可以包运费到新加坡，你们能做到吗"): the buyer asks us to do as well, a discount request beside the
// competitor mention (the labels of every author: a better offer elsewhere is competitor_mention + discount_request).
// Read only where the tables already found the rival; the challenge is a short question turned to us. Folded text.
const CHALLENGE = String.raw`(\b(can|could|will|would) (you|u|ya) (guys )?(match|beat|do (the same|that|it|same|this|better|likewise)|also|too|offer the same)\b|\b(and|what about|how about) (you|u|yours)( guys)?\b|\bmatch (it|that|this|their|the offer|the price)\b` +
  String.raw`|\b(konnen|koennen|konnten|koennten) sie (das|dies|da) (auch|ebenfalls)\b|\bmithalten\b|\bmitgehen\b|\bund sie\b|\bund ihr\b|\bwas ist mit ihnen\b` +
  String.raw`|\b(y )?ustedes\b|\by vos\b|\b(pueden|podrian|puedes|podrias) (igualar\w*|hacer lo mismo|mejorarlo|mejorar eso|hacerlo tambien)\b|\bigualar\w*` +
  String.raw`|\bet vous\b|\bvous (aussi|pouvez faire (pareil|de meme|la meme chose|mieux))\b|\b(vous )?aligner\b|\bfaire (pareil|de meme|la meme chose)\b` +
  String.raw`|\b(e )?voi\b[^a-z]*$|\b(potete|potreste) (fare lo stesso|fare altrettanto|pareggiare|allinearvi|farlo anche voi)\b|\bpareggi\w*|\ballinearvi\b` +
  String.raw`|\b(e )?voces (fazem|conseguem|podem|tambem)\b|\b(podem|conseguem|consegue) (fazer o mesmo|igualar|cobrir)\b|\bcobrir (a oferta|o preco|essa oferta)\b` +
  String.raw`|\b(kunnen|kan) (jullie|u) (dat|het) (ook|evenaren)\b|\b(en|wat met) jullie\b|\bevenaren\b` +
  String.raw`|\ba wy\b|\b(mozecie|czy mozecie|da sie) (to )?(tez|rowniez|wyrownac|zrobic to samo|dac tyle)\b|\bwyrownac\b` +
  String.raw`|а вы(?![а-я])|вы сможете|вы можете так же|(сможете|можете) (так же|тоже|также)|а у вас` +
  String.raw`|\bsiz (de )?(yapar|yapabilir|verebilir|karsila)\w*|\bya siz\b|\bsiz ne dersiniz\b|\besitle\w*` +
  String.raw`|\bkalian (bisa|sanggup|mau)\b|\b(bisa|sanggup) (samain|menyamakan|ngikutin|sama)\b|\bgimana (dengan )?kalian\b` +
  String.raw`|\bben (anh|chi|em|ban|minh|shop) (lam|co the lam|giao|ho tro) (duoc|the) (khong|ko)\b|\bben (anh|chi|ban) thi sao\b` +
  String.raw`|御社(は|では|でも)|貴社(は|では|でも)|同じ(条件|価格|値段)で(でき|お願い|対応)|対抗でき` +
  String.raw`|여기는요|(여기|그쪽|귀사)(는|도)\s*(가능|돼|되나|어때|해\s*주)|맞춰\s*(주|줄)` +
  String.raw`|你们(能|可以|也能|也可以)(做到|跟上|跟进)|你们呢|你们(能|可以)吗` +
  String.raw`|تقدرون\s*[؟?]|تقدرون (مثلهم|زيهم|نفسهم|تسوون نفس|تعطون نفس)|تقدر (تعطيني|تسوي|تعمل) نفس|وانتو\s*[؟?]|وانتم\s*[؟?])`;

// (folded Latin text is ASCII: the native \b is right there; the Cyrillic words carry none)
const CHALLENGE_RE = new RegExp(CHALLENGE);
const CUE = /you|match|beat|konn|koenn|mithalt|mitgeh|sie|ihr|ustedes|vos|igual|vous|align|pareil|voi|pareggi|allinear|voces|conseg|podem|cobrir|jullie|evenar|wy|wyrown|mozec|вы|у вас|siz|esitle|kalian|bisa|sanggup|ben |御社|貴社|同じ|対抗|여기|그쪽|귀사|맞춰|你们|تقدر|انتو|انتم/;
const hasCue = cueTest(CUE);

/** Whether the folded text turns a rival's offer to us as a challenge (read where a rival is mentioned). */
export function asksToMatchARival(folded: string): boolean {
  return hasCue(folded) && CHALLENGE_RE.test(folded);
}

// the rival's offer is on the carriage: free shipping, in each language
const FREE_CARRIAGE = new RegExp(String.raw`(\bfree (shipping|freight|delivery|carriage)\b|\b(shipping|freight|delivery) (is |for )?free\b|\bfrei haus\b|\b(kostenlos|gratis)\w* (lieferung|versand|fracht)\b|\b(flete|envio|frete|fret|transporte?|trasporto|spedizione|verzending|transport|dostaw\w*|navlun|kargo)\w* (gratis|gratuit\w*|darmow\w*|ucretsiz)\b|\b(gratis|darmow\w*|ucretsiz|gratuit\w*) (flete|envio|frete|fret|transporte?|trasporto|spedizione|verzending|levering|transport|dostaw\w*|navlun|kargo)\b|\blevert gratis\b|\bfree ongkir\b|\bgratis ongkir\b|\bfree ?ship\b|бесплатн\S* (доставк|перевозк)\S*|送料無料|無料(配送|発送)|무료\s*(배송|운송)|包运费|包郵|包邮|免运费|الشحن مجان)`);

/** Whether the rival's offer named in the folded text is free carriage. */
export function rivalOffersFreeCarriage(folded: string): boolean {
  return FREE_CARRIAGE.test(folded);
}
