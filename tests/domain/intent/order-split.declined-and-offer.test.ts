import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/domain/classify';

// Order-split look-alikes of four kinds (invented here, none from a data file): a split refused ("don't split it"),
// a split already made and told, the offer split (its lines, its minimum over colours) and a payment in several
// transfers with its halves. None asks to ship one order in several lots; the true splits beside them still read.
const intents = (text: string) => classifyMessage({ text }).intents;

const refusedOrTold: string[] = [
  "Please don't split the order, we can wait two more weeks",
  'No need to split, send everything when it is ready',
  'No dividan el pedido, esperamos a que esté todo',
  'Não separem a carga, pode mandar tudo junto',
  'Bitte nicht aufteilen, wir warten auf die komplette Ware',
  'Niet opsplitsen graag, alles in één keer',
  'Nie dzielcie zamówienia, poczekamy',
  'Не разбивайте заказ, подождём всё вместе',
  'Siparişi bölmeyin, hepsini birlikte gönderin',
  'Jangan dipisah ya, kirim sekalian aja',
  'Đừng tách đơn, đủ hàng rồi gửi một lần',
  '别分批了，等货齐一起发',
  '分納しないでください。まとめて出荷希望です',
  '나누지 말고 한 번에 보내주세요',
  'The order was split into three containers without telling us, why?',
  'Last time you split the shipment and the second B/L had the wrong consignee',
  'La otra vez lo mandaron en dos partes y la aduana cobró doble',
  '上次分批出货，第二批晚了一个月',
  'I never asked for a partial shipment, please explain',
];

const offerOrPayment: string[] = [
  'Could you split the quotation into two options, with and without the remote?',
  'Kunnen jullie de offerte splitsen per model? Dan kan ik vergelijken',
  'Can I split the MOQ across 4 colours?',
  'Darf ich die 1.000 Stück auf drei Farben aufteilen?',
  'Vamos pagar em duas transferências por causa do limite do banco',
  'Предоплату разобьём на два платежа, лимит у банка',
  '尾款我们分两次汇，下周一次月底一次',
  '残金は2回に分けて送金します',
  'We will split the deposit into two payments, half now and half next week',
];

const trueSplits: string[] = [
  'Can you ship half now and the rest next month? Our warehouse is small',
  'Please split the order into two shipments, 2 containers in May and 2 in June',
  'Podemos dividir el pedido en dos embarques?',
  '能不能分两批发货？先发一半',
  'Bitte liefern Sie in zwei Teillieferungen, die erste sofort',
];

describe('order_split look-alikes: refused, told, the offer, a payment in transfers', () => {
  it.each(refusedOrTold)('no split asked: %s', (text) => expect(intents(text)).not.toContain('order_split'));
  it.each(offerOrPayment)('the offer or the payment is split: %s', (text) => expect(intents(text)).not.toContain('order_split'));
  it.each(trueSplits)('a split still asked: %s', (text) => expect(intents(text)).toContain('order_split'));
});
