import { describe, expect, it } from 'vitest';
import { classifyWithConfidence } from '../../../src/domain/classify';

// A term at the seller's door (FOB, EXW, FCA) or a number of containers beside a price ask is the price's basis and the
// order's size, no question of carriage: most authors of our DEV and training sets tag such a message price alone
// (dev4, dev-optout, the tenth, fourteenth and fifteenth authors). A term with the freight in it, or the term or the
// container asked alone, is still shipping. Invented examples.
const intents = (text: string) => classifyWithConfidence({ text }).intents;

describe('an Incoterm as the basis of a price', () => {
  it.each([
    'Best price for 3,000 pcs FOB Xiamen?',
    'Precio FOB Shenzhen para 800 unidades, por favor',
    'Wie ist Ihr EXW-Preis für 1.200 Stück?',
    '1x40HQ de sillas, ¿cuál es su mejor precio?',
  ])('reads "%s" as a price ask, no shipping', (text) => {
    expect(intents(text)).toContain('price_inquiry');
    expect(intents(text)).not.toContain('shipping');
  });

  it.each([
    'FOB Qingdao or CIF Rotterdam?',
    'How many cartons fit in a 20GP?',
    'Price CIF Mombasa please',
  ])('still reads shipping in "%s"', (text) => expect(intents(text)).toContain('shipping'));
});
