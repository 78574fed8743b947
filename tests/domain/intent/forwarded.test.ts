import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/domain/classify';

const intents = (text: string) => classifyMessage({ text }).intents;

// A buyer who forwards their own customer's words with only a greeting of their own passes them on for us to answer;
// a quoted offer of ours is not their ask.
describe('a forwarded message under a greeting', () => {
  it.each([
    ['Hello,\n> 30 of the 200 chairs arrived broken, please replace them', 'complaint'],
    ['Hi, see below.\n\nFrom: Mark Ellis\nSent: Monday\nSubject: order 4471\n\nHalf of the panels flicker after two days. We need replacements.', 'complaint'],
    ['Bonjour,\n> Pouvez-vous nous envoyer le certificat CE ?', 'certification'],
  ])('reads the quoted ask of %j', (text, intent) => {
    expect(intents(text)).toContain(intent);
    expect(intents(text)).toContain('greeting');
  });

  it('does not read our own quoted offer as the buyer asking for a price', () => {
    expect(intents('Hello,\n> Unit price USD 6.80 FOB Ningbo, MOQ 500 pcs, valid 30 days')).not.toContain('price_inquiry');
  });

  it('reads only the buyer\'s own ask when they wrote one', () => {
    expect(intents('Hello, can you send the catalogue?\n> 30 of the 200 chairs arrived broken')).not.toContain('complaint');
  });
});
