import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// The twenty-eighth pass (a helper; tuning sets only, no retraining): one variant's production stopped; one line of an
// order cancelled with the rest kept; the arrival at the buyer's port asked; whether the goods come in a colour.
// Invented examples, none from a data set; the guards ("still …") keep the new rules from reaching too far.
const intents = (text: string, previous?: string[]) => classifyWithConfidence({ text, previous }).intents;

describe('one variant\'s production stopped is a revision of the order (variant-production-stopped.ts)', () => {
  it.each([
    'Please halt production of the blue version, our client dropped it.',
    'Detengan la producción de los negros, el cliente ya no los quiere.',
    'Bloccate la produzione del modello bianco, grazie.',
    'Остановите производство синих, заказчик передумал.',
    'Mavi renk üretimini durdurun lütfen.',
    '青色の生産は中止でお願いします。',
    '黑色那款先停产，等我消息。',
  ])('"%s" is a quote revision', (text) => expect(intents(text)).toContain('quote_revision'));

  it.each([
    'Stop production! The colour does not match what we approved.',
    'Stoppen Sie die Produktion, bis wir das neue Design freigeben.',
  ])('still no revision in "%s"', (text) => expect(intents(text)).not.toContain('quote_revision'));
});

describe('one line cancelled, the rest kept, confirms the order (part-of-order-cancelled.ts)', () => {
  it.each([
    'Please cancel item 4 only, the rest stays as is.',
    'Cancelen solo la línea 3 del pedido, lo demás igual.',
    'Position 2 bitte stornieren, der Rest bleibt.',
    '3번 품목만 취소하고 나머지는 그대로 진행해 주세요.',
    '第二项取消，其他不变。',
  ])('"%s" is an order confirmation', (text) => expect(intents(text)).toContain('order_confirmation'));

  it.each([
    'Cancel the order please.',
    'The rest is fine, thanks for the update.',
  ])('still no confirmation in "%s"', (text) => expect(intents(text)).not.toContain('order_confirmation'));
});

describe('the arrival at the buyer\'s port asked (arrival-asked.ts)', () => {
  it.each([
    'ETA Felixstowe?',
    'Arrivo previsto a Livorno?',
    'Verwachte aankomst Antwerpen?',
    'Tahmini varış tarihi nedir?',
    '부산 도착 예정일 알려주세요',
  ])('"%s" asks the lead time and the carriage', (text) => expect(intents(text)).toEqual(expect.arrayContaining(['lead_time', 'shipping'])));

  it.each([
    'Wann kommt der Container in Hamburg an?',
    'Kiedy kontener dotrze do Gdańska?',
    '船什么时候到港？',
  ])('"%s" asks the lead time', (text) => expect(intents(text)).toContain('lead_time'));

  it.each([
    'Thanks, the samples arrived and look good.',
    'The container arrived with three cartons crushed.',
  ])('still no lead time in "%s"', (text) => expect(intents(text)).not.toContain('lead_time'));
});

describe('whether the goods come in a colour is customization (colour-available.ts)', () => {
  it.each([
    'How much are the laundry baskets, and do you have them in navy too?',
    'Was kosten die Körbe, und gibt es die auch in Beige?',
    'Quanto costano le sedie? Le avete anche nere?',
    'Ile kosztują kosze i czy są w kolorze czarnym?',
    'Сколько стоят корзины и есть ли белые?',
    '这个篮子多少钱？有没有白色的？',
    'このカゴはいくらですか。ネイビーもありますか。',
  ])('"%s" asks a colour', (text) => expect(intents(text)).toContain('customization'));

  it.each([
    'Есть сертификат соответствия на эти корзины?',
    'Yes please, send 3 of the grey ones.',
    'Do you have the invoice? The red cartons arrived today.',
  ])('still no customization in "%s"', (text) => expect(intents(text)).not.toContain('customization'));
});
