import { spanMask } from './blank-spans';
import { letterEdged } from '../text/letter-edge';

// An order split refused or told, not asked: "don't split it, we'll wait", "不要分批", "分納不可", "분할선적 불가",
// "niet splitsen", "yok bölmeyelim" (ship it all at once: the opposite ask); a split already made, told or complained
// of ("why was this split without asking", "last time you split our shipment, the second B/L…", "前回分納していただいた際",
// "Zweite Teillieferung erhalten"). Blanked with the other look-alikes of a split (not-a-split.ts). Folded text.

// the split verbs and nouns as they follow a negation
const SPLIT_WORD = String.raw`(split\w*|divid\w*|separ\w*|partir|parta\w*|fraccion\w*|fractionn\w*|scind\w*|(auf)?teil(en|t)\b|splits\w*|opsplits\w*|verdel\w*|dziel\w*|podziel\w*|bol(me|mey|meyin|meyelim|meyiniz)\w*|ayir(ma|may)\w*|разбива\S*|разбе\S*|дели\S*|дробит\S*|dipisah\w*|dibagi\w*|pisah\w*|bagi\w*|chia\w*|tach\w*)`;

const DECLINED = letterEdged([
  // en, es, pt, fr, it, de, nl, pl, ru: a negation right before the split word ("don't split it", "no need to split")
  String.raw`\b(don'?t|do not|dont|please don'?t|no need to|never|not to|no|sin|nao|sem|ne|non|senza|nicht|niet|nie|bez|не|без)( (la|lo|le|les|los|las|it|them|the order|o|a|os|as|il|es|het|ich|go|je|ее|его|их|его не))? ${SPLIT_WORD}`,
  String.raw`\b(never|didn'?t|did not|not|haven'?t|have not)( \w+)? (agree|agreed|ask|asked|accept|accepted|approve|approved|want|wanted|request|requested)( to| for)? (a |any |the )?(partial (shipments?|deliver(y|ies))|split\w*)`,
  String.raw`\b(keine|geen|pas de|aucun\w*|no|sin|sem|nessun\w*|zadnego|никаких) (aufteilung|teillieferung\w*|opsplitsing|deellevering\w*|fractionnement|division|divisao|frazionamento|podzial\w*|разбивк\S*|дроблени\S*)\b`,
  // a part shipment not wanted: "Não quero embarque parcial", "we don't want partial shipments", "wir wollen keine
  // Teillieferung"
  String.raw`\b(nao quero|nao queremos|no quiero|no queremos|(i|we) (don'?t|do not) want|wir wollen keine|ich will keine|je ne veux pas|nous ne voulons pas|non voglio|non vogliamo|ik wil geen|we willen geen|nie chce\w*)( \w+){0,2} (partial|parcia\w*|partiel\w*|parzial\w*|teil(lieferung|sendung|verschiffung)\w*|deellevering\w*|czesciow\w*|split\w*)`,
  // Turkish negates inside the verb ("bölmeyelim", "ayırmayın"), Indonesian and Vietnamese before it
  String.raw`\b(bol|ayir)(me|ma)(yin|yiniz|yelim|yalim|yiz|sin|yacagiz|yin lutfen)\b`,
  String.raw`\b(ga|gak|nggak|ngga|tidak|tak|jangan|ndak)( usah| perlu| mau)? (di)?(pisah|bagi|split|pecah)\w*`,
  String.raw`\b(dung|khong|ko|k)( can| nen| muon)? (chia|tach)( \S+)?`,
  // Chinese (Cantonese too), Japanese, Korean
  String.raw`(不要|别|不用|唔好|唔使|毋须|无需|無需|不需要|不)(再)?(分批|拆单|拆單|分开发|分開發|分柜|分櫃|拆开|拆開)`,
  String.raw`(分納|分割出荷|分割発送|分割船積み?)(は|も)?(不要|不可|なし|無し|しない|しません|しないで)|(分けないで|分割しないで|分納しないで)`,
  String.raw`(분할\s*(선적|배송|출고)?|나눠서?\s*(선적|배송|보내))\s*(불가|안\s*돼|하지\s*마|말아|없이)|나누지\s*(말|마)`,
  String.raw`(لا|بدون|ما) (تقسم\S*|تقسيم\S*|تجزئ\S*|نقسم\S*)`,
].join('|'), 'g');

// a split already made: "why was this split without asking me", "the order was split into 3 containers"
const SPLIT_DONE = letterEdged([
  String.raw`\b(was|were|got|been|has been|have been|is being)( (this|it|that|they|the \w+|our \w+|my \w+))? split\b`,
  // a past time beside the split: "last time you split our shipment", "el año pasado cuando nos mandaron en dos partes"
  String.raw`\b(last time|the last time|previous time|last year|the other time|the previous (order|shipment)|la (otra|ultima) vez|el ano pasado|da (outra|ultima) vez|no ano passado|la derniere fois|l'an dernier|l'ultima volta|la volta scorsa|l'anno scorso|letztes (jahr|mal)|beim letzten mal|vorige keer|bij de vorige|vorig jaar|ostatnim razem|w zeszlym roku|gecen (sefer|yil)|в прошлыи раз|в прошлом году|lan truoc|nam ngoai|terakhir kali|tahun lalu|waktu itu)\b[^.?!]{0,45}\b(split\w*|divid\w*|en (dos|2|tres|3) partes|em (duas|2|tres|3) partes|partiel\w*|teillieferung\w*|deellevering\w*|czesciow\w*|kismi|частичн\S*|parcial\w*|parzial\w*|chia (2|hai|3|ba) lo|dipisah\w*)[^.?!]*`,
  String.raw`\b(teillieferung|deellevering|partial (shipment|delivery)|entrega parcial|envio parcial|livraison partielle|consegna parziale|dostaw\w* czesciow\w*)\w*\b[^.?!]{0,20}\b(letztes jahr|vorig jaar|last year|el ano pasado|l'an dernier|l'anno scorso|w zeszlym roku)\b`,
  String.raw`(上次|上回|之前|前次)[^。？！]{0,6}(分批|拆单|拆單|分柜|分櫃)|前回[^。？！]{0,6}(分納|分割)|(저번에|지난번에?|예전에)\s*\S{0,6}\s*(분할|나눠)`,
  // a part delivery received: "Zweite Teillieferung erhalten", "received the second partial shipment"
  String.raw`\b(zweite|erste|dritte|second|first|third|2nd|1st|tweede|eerste)( \w+)? (teillieferung|teilsendung|deellevering|partial (shipment|delivery))\b[^.?!]{0,15}\b(erhalten|angekommen|received|arrived|ontvangen|binnen)\b|\b(received|got|erhalten|ontvangen)( the| die| de)? (second|first|third|zweite|erste|tweede|eerste)( \w+)? (teillieferung|deellevering|partial (shipment|delivery)|lot|batch)\b`,
].join('|'), 'g');

// every pattern needs a split word, and the cue only those less common than "part" or "teil" alone
const CUE = /parcia|split|divid|separ|partir|parta|partan|partes|partial|fraccion|fraction|scind|aufteil|teilen|teillief|teilsend|splits|verdel|dziel|bolme|bolmey|ayirma|ayirmay|разбив|разбе|делит|дробит|dipisah|pisah|dibagi|pecah|chia|tach|aufteilung|opsplitsing|deellever|podzial|разбивк|дроблени|parcial|partiel|parzial|czesciow|kismi|частичн|分批|拆|分开|分開|分柜|分櫃|分納|分割|分け|분할|나눠|나누|تقسم|تقسيم|تجزئ|نقسم/;

/** The folded text with splits refused or already made blanked (same length), or the text itself. */
export const maskSplitDeclined = spanMask(CUE, [DECLINED, SPLIT_DONE]);
