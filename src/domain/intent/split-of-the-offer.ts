import { spanMask } from './blank-spans';
import { letterEdged } from '../text/letter-edge';

// What is split is the offer, not the goods' delivery: a quote split into lines or variants to compare ("split the
// quote into two lines", "das Angebot aufteilen", "разбить КП на две позиции", "견적을 두 줄로 나눠"), a quote revision;
// a minimum order spread over colours or models ("die Mindestmenge auf mehrere Farben aufteilen", "MOQ'yu renklere
// bölmek"), an MOQ question; a price asked for each variant apart ("quote the 20ft and the 40ft separately", "los
// precios de cada talla por separado", "色ごとに別々に見積もり"), a price inquiry. Blanked with the other look-alikes of
// a split (not-a-split.ts). Folded text.

const QUOTE = String.raw`(quote|quotation|offer|cotizacion|cotacao|orcamento|presupuesto|devis|offre|angebot|offerte|preventivo|offerta|oferta|oferte|ofert[eya]|wycen\w*|teklif\w*|penawaran|bao gia|кп|предложени\S*|расчет\S*)`;
const SPLIT = String.raw`(split\w*|separ\w*|divid\w*|verdel\w*|repart\w*|distribu\w*|spread\w*|break\w*( down| up)?|scind\w*|(auf)?teil\w*|splits\w*|opsplits\w*|podziel\w*|rozdziel\w*|ayir\w*|bol\w*|pisah\w*|pecah\w*|tach\w*|chia|разби\S*|раздел\S*)`;
// the kinds of one product an order is spread over: colours, models, sizes (never lots, shipments or containers)
const VARIANTS = String.raw`(colou?rs?|models?|sizes?|designs?|styles?|skus?|items|versions|farben|modelle|grossen|varianten|kleuren|modellen|maten|kolor\w*|model[ei]|rozmiar\w*|renk\w*|model\w*|beden\w*|цвет\S*|модел\S*|размер\S*|reng\w*|colores|modelos|tallas|cores|tamanhos|couleurs|modeles|tailles|colori|modelli|taglie|warna|ukuran|mau( sac)?|kich (co|thuoc))`;
const SEVERAL = String.raw`(\d+|two|three|four|several|different|multiple|various|mehrere|verschiedene|zwei|drei|meerdere|verschillende|twee|drie|kilka|roznych|dwa|trzy|farkli|birkac|iki|uc|несколько|разны\S*|два|три|varios|varias|diferentes|dos|tres|vários|varias|duas|plusieurs|differentes|deux|trois|diversi|vari|due|tre|beberapa|berbagai|dua|tiga|nhieu|hai|ba)`;

const PRICE = String.raw`(prices?|pricing|quot\w*|precios?|cotiz\w*|cotar|cotem|precos?|prix|chiffr\w*|tarif\w*|preis\w*|kalkul\w*|prijs\w*|prijzen|prezz\w*|cen[aeyi]|fiyat\w*|harga|gia|цен\S*)`;
const APART = String.raw`(separately|individually|por separado|separad[oa]s?|em separado|separement|a part|separatamente|getrennt|einzeln|separat|apart|afzonderlijk|osobno|oddzielnie|ayri ayri|ayri|terpisah|rieng|отдельно|раздельно)`;
// (no word of sending between: "the price to ship the two containers separately" asks a split of the goods)
const NOT_SENT = String.raw`(?!(ship|send|deliver|load|dispatch|envi|mand|embarc|despach|liefer|versch|versend|verzend|stuur|spedi|exped|livr|wysl|gonder|kirim|giao|gui|отгруз|отправ)\S*)`;

const PRICED_APART = letterEdged([
  String.raw`\b(${SPLIT} (\S+ ){0,4})?(${QUOTE}|${PRICE})( ${NOT_SENT}\S+){0,6} ${APART}\b|\b${APART} (\S+ ){0,2}(${QUOTE}|${PRICE})\b`,
  String.raw`(分别|分別|单独|單獨|分开|分開|各自)(报价|報價|报个价|報個價|出价|出價)|(別々|個別)に?(の)?(お)?(見積|単価)|(따로|별도로?|각각)\s*(견적|단가)`,
].join('|'), 'g');

const OFFER_SPLIT = letterEdged([
  String.raw`\b${SPLIT} (up )?(sie |you |u )?(the |this |your |our |das |die |den |de |la |le |l'|el |o |a |il |ваш\S* |это |)${QUOTE}\b`,
  String.raw`\b${QUOTE}( \S+){0,2} ${SPLIT}`,
  // "die Mindestmenge auf mehrere Farben aufteilen", "minimum adedi farklı renklere bölebilir miyim", "split 1,000 pcs over 3 colours"
  String.raw`\b${SPLIT}( \S+){0,4} (over|across|among|between|into|in|auf|uber|in|over|tussen|na|pomiedzy|en|entre|em|sur|en|su|tra|ke|jadi|thanh|на|по|между) ${SEVERAL} ${VARIANTS}\b`,
  String.raw`\b${SEVERAL} ${VARIANTS}\w* (\S+ )?${SPLIT}`,
  // Chinese, Japanese, Korean
  String.raw`(报价|報價|见积|見積もり?|견적)\S{0,4}\s*(\S+\s*){0,6}(拆|分开|分開|分け|나눠|나누어)|(起订量|起訂量|最小起订|最低発注数量?|最小ロット|최소\s*주문\s*(수량|량)|moq)\S{0,4}\s*(\S+\s*){0,3}(分到|分配|拆|分け|나눠)`,
].join('|'), 'g');

// every pattern needs a split word: most messages have none (the offer and variant words alone are common)
const CUE = /split|separ|divid|verdel|repart|distribu|spread|break|scind|teil|splits|podziel|rozdziel|ayir|bol|pisah|pecah|tach|chia|разби|раздел|拆|分开|分開|分け|分到|分配|나눠|나누어/;

/** The folded text with a split of the offer (its lines, its minimum) blanked (same length), or the text itself. */
// (the price per variant has its own cue: "apart", "einzeln", "separately"…)
const APART_CUE = /separ|individually|a part\b|getrennt|einzeln|apart|afzonderlijk|osobno|oddzielnie|ayri|terpisah|rieng|отдельно|раздельно|分别|分別|单独|單獨|分开|分開|各自|別々|個別|따로|별도|각각/;
const offerSplit = spanMask(CUE, [OFFER_SPLIT]);
const pricedApart = spanMask(APART_CUE, [PRICED_APART]);
export const maskSplitOfTheOffer = (folded: string): string => offerSplit(pricedApart(folded));
