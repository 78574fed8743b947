import { cueTest } from '../text/cue-test';

// A small quantity asked to be allowed, or models and colours mixed in one order to reach the minimum: "can we order
// only 30 pcs to start?", "czy można zamówić tylko 5 sztuk na start?", "können wir erstmal nur 20 Stück bestellen?",
// "sadece 50 adet alabilir miyiz?", "можно заказать только 10 штук?", "只订50个可以吗", "50個だけ注文できますか",
// "can we mix 4 colours in one order?", "pedido mixto de varios modelos?", "caixas mistas?", "4色混載できますか",
// "طلبية مخلوطة". Whether the factory sells that little is the minimum order (the eleventh and fifteenth authors:
// moq). A sample asked ("only 2 samples") is no order, and a mixed container or a consolidated shipment (LCL) is the
// carriage. Folded text.

const ONLY_FEW = new RegExp([
  // "only 30 pcs", "tylko 5 sztuk", "nur 20 Stück", "solo 50 piezas", "sadece 50 adet", "только 10 штук"
  String.raw`\b(only|just|tylko|nur|erstmal nur|solo|solamente|seulement|juste|soltanto|alleen|maar|apenas|so|sadece|yalnizca|cuma|hanya|chi|moi)\s+(\d+|one|two|three|a few|een|jeden|jedna|bir)\s*(pcs|pc|pieces?|units?|sets?|sztuk\w*|szt|stuck|stk|stuks|piezas|unidades|pieces|pezzi|unita|pecas|adet|tane|buah|pcs|cai|chiec|bo|pallets?|palet\w*|cartons?|boxes|kartons?|dozen|container|conteneur|contenedor)\b`,
  String.raw`только\s+\d+\s*(шт\S*|штук\S*|единиц\S*|комплект\S*|паллет\S*|коробок)|(只要|只订|只买|只下|先订|先要)\s*\d+\s*(个|件|套|台|箱|pcs)|\d+\s*(個|台|枚|セット|pcs)だけ|\d+\s*(개|세트|대)만|(فقط)\s*\d+\s*(قطعة|حبة|كرتون)`,
].join('|'), 'u');
// the order: "order", "buy", "start with", "accept", "possible"
const ORDER = /\b(order\w*|buy|purchase|take|start\w*|begin|accept\w*|possible|ok|okay|pedir|pedido|comprar|empezar|arrancar|aceptan|posible|commander|acheter|commencer|acceptez|possible|ordinare|comprare|iniziare|accettate|possibile|bestellen|kaufen|anfangen|beginnen|moglich|kopen|bestellen|mogelijk|zamowic|zamowienia|kupic|zaczac|na start|mozliwe|mozna|encomendar|comprar|comecar|possivel|siparis\w*|almak|alsam|alabilir\w*|olur mu|pesan|beli|ambil|mulai|bisa|dat|mua|lay|duoc khong)\b|заказ|купить|взять|начать|можно|订|买|下单|可以吗|行吗|注文|購入|できますか|可能|주문|구매|가능|اطلب|أطلب|اشتري|ممكن/u;
const MIXED = new RegExp([
  String.raw`\b(mixed|mix) (order|assortment|models|colou?rs|designs|sizes|styles|items)\b|\bmix\b[^.?!\n]{0,30}\b(in|into) (one|an|the same|a single) order\b|\b(pedido|orden) (mixto|surtido|combinado)\b|\bmezclar (modelos|colores|tallas|referencias)\b|\b(encomenda|pedido) (mista|misto|sortida)\b|\b(caixas|pecas) (mistas|sortidas)\b|\bcommande (mixte|panachee)\b|\b(melanger|panacher) (les |des )?(modeles|coloris|couleurs|references)\b|\bordine (misto|assortito)\b|\bmischen (wir )?(die )?(modelle|farben)\b|\bgemischte (bestellung|auftrag)\b|\bgemengde (bestelling|order)\b|\bmieszan\w* (zamowieni\w*|kolor\w*|model\w*)\b|\bkarisik (siparis|model|renk)\w*|\bcampur (warna|model|ukuran|motif)\b|\btron (\d+ )?(mau|mau sac|mau ma|size|loai)\b`,
  String.raw`(混合下单|混批|混着订|混款|混色|搭配着订|色混載|柄混載|混載の場合|混ぜて|ミックスで|혼합 주문|섞어서 주문|طلبية مخلوطة|طلبية مشكلة|مشكل من كل)`,
].join('|'), 'u');
// a sample is no order; a container or a consolidated shipment is the carriage
const NOT_AN_ORDER = /\b(samples?|muestras?|amostras?|echantillons?|campion\w*|muster|monster\w*|probk\w*|numune\w*|sampel|mau thu|container|contenedor|conteneur|contentor|konteyner|kontainer|cont|lcl|groupage|consolidat\w*|load|loading|\d+\s*(ft|hq|hc|gp))\b|образ|контейнер|样品|樣品|サンプル|샘플|عينة|عينات|混載便|拼柜|拼箱/u;

/** Cue: a word of "only", of mixing or of the order, read on the whole text before the key's mask. */
export const mayAskASmallOrder = cueTest(/only|just|tylko|nur|solo|solamente|seulement|juste|soltanto|alleen|maar|apenas|so |sadece|yalnizca|cuma|hanya|chi |moi |только|只|先订|先要|だけ|만|فقط|mix|mezcla|mista|misto|mistas|mixte|melanger|panach|assortit|misch|gemengd|mieszan|karisik|campur|tron|混|ミックス|혼합|섞어|مخلوط|مشكل/);

/** Whether the folded text asks to order only a few, or to mix models or colours in one order. */
export function asksASmallOrMixedOrder(folded: string): boolean {
  if (folded.length > 300 || NOT_AN_ORDER.test(folded)) return false;
  return MIXED.test(folded) || (ONLY_FEW.test(folded) && ORDER.test(folded) && /[?？؟]|\b(possible|posible|moglich|mogelijk|mozliwe|possivel|possibile|olur mu|bisa|duoc khong|ok|czy)\b|можно|可以吗|行吗|できますか|가능|ممكن/u.test(folded));
}
