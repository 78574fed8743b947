import { blankSpans } from './blank-spans';
import { cueTest } from '../text/cue-test';

// A payment timed by the goods' arrival: "Can we pay the balance 30 days after the goods arrive at port?", "這批尾款可以改成
// 到港後30天再付嗎？", "ممكن أدفع الباقي بعد وصول البضاعة ميناء أم قصر؟", "Cho em trả phần còn lại sau khi hàng về cảng 30
// ngày". The arrival dates the payment; nothing is asked about the carriage. None of the 44 such messages in our labelled
// sets (every author) is labelled shipping. With a word of paying in the message, the arrival is blanked when shipping
// is read (tag-intents.ts) and before the model reads it (look-alikes-for-model.ts). Folded text.

const PAY = /\b(pay|paid|paying|payment|balance|deposit|zahl\w*|bezahl\w*|rest|restzahlung|saldo|solde|pai\w*|pag\w*|betal\w*|plat\w*|splat\w*|bayar\w*|pelunasan|lunas\w*|tra|thanh toan|odeme\w*|oderiz|restante)\b|оплат|плат|дораш|دفع|ادفع|ندفع|الباقي|尾款|付款|付|支払|払|결제|잔금|입금/;
const ARRIVAL = [
  String.raw`\b(after|upon|on|once|when) (the )?(goods |cargo |container |shipment |it |they )?(arriv\w*|reach\w*|land\w*)( (at|in) (the )?(port|destination|warehouse|\w+))?`,
  String.raw`\bnach (der )?(ankunft|eintreffen|erhalt der ware|wareneingang)( (im|in|am) (hafen|\w+))?`,
  String.raw`\b(apres|a|des) (la )?(reception|arrivee)( (au|du|des|de la) (port|marchandises?|conteneur))?`,
  String.raw`\b(despues de|tras|a la) (la )?(llegada|recepcion)( (al|del|de la) (puerto|mercancia|mercaderia|contenedor))?|\bal llegar( (al|el) (puerto|contenedor|mercancia))?`,
  String.raw`\b(apos|depois d[ae]|na) (a )?(chegada|recepcao)( (ao|no|da|do) (porto|mercadoria|contentor|conteiner))?`,
  String.raw`\bdopo (l'arrivo|l'arrivo|arrivo|il ricevimento)( (al|in|della|del) (porto|merce|container))?`,
  String.raw`\bna (aankomst|ontvangst)( (in|van) de (haven|goederen|container))?`,
  String.raw`\bpo (dostawie|przybyciu|dotarciu|odbiorze)( (do|w) (portu|porcie))?`,
  String.raw`\bsetelah (barang(nya)? )?(sampai|tiba)( di (pelabuhan|gudang|\w+))?`,
  String.raw`\bsau khi hang (ve|den|toi)( (cang|kho))?|\bhang ve (cang|kho)`,
  String.raw`\b(limana |depoya )?(varistan|vardiktan|geldikten|ulastiktan) sonra`,
];
const ARRIVAL_OTHER = [
  String.raw`после (прибытия|прихода|поступления)( (в порт|груза|товара|контейнера))?`,
  String.raw`بعد (وصول|ما توصل|ما يوصل)( (البضاعه|البضاعة|الشحنه|الشحنة|الحاويه|الحاوية))?( (الي |ل)?(ال)?ميناء( [^\s،,؟?]+){0,2})?`,
  String.raw`(到港|到货|到貨|货到|貨到|入港|到着)(后|後)?|도착\s*후|입항\s*후`,
];
const CUE = cueTest(/arriv|reach|land|ankunft|eintreffen|erhalt|wareneingang|reception|arrivee|llegada|llegar|recepcion|chegada|recepcao|arrivo|ricevimento|aankomst|ontvangst|dostawie|przybyciu|dotarciu|odbiorze|sampai|tiba|hang ve|hang den|hang toi|varistan|vardiktan|geldikten|ulastiktan|прибыти|приход|поступлени|وصول|توصل|يوصل|到港|到货|到貨|货到|貨到|入港|到着|도착|입항/);
const LATIN = new RegExp(ARRIVAL.join('|'), 'g');
const OTHER = new RegExp(ARRIVAL_OTHER.join('|'), 'gu');

/** The folded text with the arrival that dates a payment blanked (same length); else the text. */
export function maskPaidOnArrival(folded: string): string {
  if (!CUE(folded) || !PAY.test(folded)) return folded;
  return blankSpans(folded, /[^\u0000-\u007f]/.test(folded) ? [LATIN, OTHER] : [LATIN]);
}
