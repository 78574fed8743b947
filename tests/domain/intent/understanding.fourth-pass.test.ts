import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// What buyers write, the fourth pass (#16): orders only supposed, splits and later payments that are neither, and
// replies read against the rep's news (a delay, our price). Invented examples, with look-alikes that must stay apart.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;

describe('an order the buyer only supposes', () => {
  it.each([
    'What discount could you give if we order 8 pallets?',
    'Si pedimos 4 contenedores, ¿qué precio nos hace?',
    'Если возьмём 2 контейнера, какая будет скидка?',
    'Could we see a pre-production sample before we place the order?',
    'Możemy dostać próbkę zanim zamówimy?',
    'Numune onaylarsak toplu sipariş vereceğiz, önce numune gönderir misiniz?',
    'Your best price please? If it suits, we order this week.',
  ])('places no order in "%s"', (text) => expect(intents(text)).not.toContain('order_confirmation'));

  it.each(['Drop it to 2.10 and we order today', 'We will take 600 pcs, please send the PI', 'Ya pagué el anticipo, empiecen la producción'])(
    'still reads "%s" as an order',
    (text) => expect(intents(text)).toContain('order_confirmation'),
  );

  it.each(['dale', 'договорились', 'giá chót?'])('reads a bare "%s" as no order', (text) => expect(intents(text)).not.toContain('order_confirmation'));

  it('reads a paid deposit while nothing ships as a complaint, no order', () =>
    expect(intents('We sent the deposit six weeks ago and the goods still have not shipped, this is unacceptable')).toEqual(['complaint']));
});

describe('splits of something other than the goods', () => {
  it.each([
    'The colour between the two batches is different, we want compensation',
    'Please split the price into unit cost and mould cost',
    'Can we split the difference at 3.15?',
    'Kunnen we de rest in drie termijnen betalen?',
  ])('reads no order split in "%s"', (text) => expect(intents(text)).not.toContain('order_split'));

  it.each(['Please split the order into two shipments', 'Ship 1,000 now and the rest next month'])('still reads "%s" as an order split', (text) =>
    expect(intents(text)).toContain('order_split'),
  );
});

describe('later payments that ask for no time', () => {
  it.each([
    ['Can we pay by L/C at 90 days instead of TT?', 'payment_terms'],
    ['Ship the finished cartons now and the rest of the quantity later', 'order_split'],
  ])('reads "%s" without a payment extension', (text, expected) => {
    const got = intents(text);
    expect(got).not.toContain('payment_extension');
    expect(got).toContain(expected);
  });

  it.each(['Can we pay the balance 60 days after arrival?', 'We need 90 days credit on this order'])('still reads "%s" as an extension', (text) =>
    expect(intents(text)).toContain('payment_extension'),
  );
});

describe('replies to the rep’s news', () => {
  it.each([
    ['Delayed again?! Our client is furious', 'Sorry, the shipment is delayed by 10 days.'],
    ['Opnieuw vertraging? Weer!', 'De levering wordt helaas een week uitgesteld.'],
    ['Опять?! Уже второй раз', 'К сожалению, отгрузка задерживается на неделю.'],
  ])('reads "%s" after a delay as a complaint', (text, rep) => expect(intents(text, [rep])).toContain('complaint'));

  it('reads a polite question after a delay as no complaint', () =>
    expect(intents('Ok, what is the new ETD?', ['Sorry, the shipment is delayed by 10 days.'])).not.toContain('complaint'));

  it.each([
    ['On Alibaba the same model is 2.40', 'Our price is USD 2.95 per piece FOB Ningbo.'],
    ['1688上一样的才12块', '我们的价格是USD 2.95一个。'],
  ])('reads "%s" after our price as a competitor and a discount ask', (text, rep) =>
    expect(intents(text, [rep])).toEqual(expect.arrayContaining(['competitor_mention', 'discount_request'])));

  it('reads a marketplace link without our price as no discount ask', () =>
    expect(intents('On Alibaba the same model is 2.40', ['Happy new year!'])).not.toContain('discount_request'));
});
