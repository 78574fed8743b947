import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// Whom a buyer greets carries no ask. One training template, "hey Jenny … how much, how long, shipping to Houston",
// written once and translated 11 times, taught the model that "Jenny" asks price, lead time and shipping: "Hi Jenny"
// alone came out as all three at 0.85. The trainer now leaves the greeted name out (intent-trainer.ts).
const intents = (text: string) => [...classifyWithConfidence({ text }).intents].sort();

describe('a greeting with the name of whom it greets', () => {
  it.each(['Hi Jenny', 'hi jenny', 'Hello Jenny!', 'Hi Jenny, good morning', 'hallo Jenny', 'Hola Jenny', 'Hi Lisa'])('is a greeting only: %s', (text) => {
    expect(intents(text)).toEqual(['greeting']);
  });

  it('keeps what follows the name, and adds nothing the name taught', () => {
    expect(intents('Hi Jenny, price for 500 pcs?')).toEqual(['greeting', 'price_inquiry']);
  });
});

describe('their customer ordered again', () => {
  it.each([
    'Ein Kunde hat 30 Stück nachbestellt.',
    'Good news, our customer reordered 200 pcs',
    'Notre client a recommandé 50 pièces',
    'Il nostro cliente ha riordinato 100 pezzi',
    'Onze klant heeft opnieuw besteld, 40 stuks',
  ])('is no complaint: %s', (text) => {
    expect(classifyWithConfidence({ text }).intents).not.toContain('complaint');
  });
});
