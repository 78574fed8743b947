import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyWithConfidence } from '../../../src/domain/classify';
import { ACTION_THRESHOLD } from '../../../src/domain/intent/confidence';

const after = (rep: string, text: string) => classifyMessage({ text, previous: [rep] }).intents;

describe('a short reply read in the light of the rep’s last message', () => {
  it('takes the topic of a question with options from a chosen value', () => {
    expect(after('Sea or air?', 'air')).toEqual(['shipping']);
    expect(after('Prefiere usted pago por TT o por L/C?', 'L/C')).toEqual(['payment_terms']);
    expect(after('Quelle couleur pour le boîtier ?', 'gris')).toEqual(['customization']);
    expect(after('Hangi renk olsun?', 'lacivert')).toEqual(['customization']);
    expect(after('外壳要什么颜色？', '灰色')).toEqual(['customization']);
    expect(after('Via mare o via aerea?', 'aereo')).toEqual(['shipping']);
  });

  it('takes up what the rep offered with a yes', () => {
    expect(after('Would you like a couple of samples first?', 'yes please')).toEqual(['sample_request']);
    expect(after('Soll ich Ihnen den Katalog schicken?', 'ja, gerne')).toEqual(['catalog_request']);
    expect(after('Вам прислать каталог?', 'да')).toEqual(['catalog_request']);
    expect(after('カタログをお送りしましょうか？', 'はい、お願いします')).toEqual(['catalog_request']);
    expect(after('Voulez-vous le certificat CE ?', 'oui merci')).toEqual(['certification']);
    // the question's own sentence, not the quote before it
    expect(after('Unit price USD 2.60 FOB Xiamen. Would you like samples?', 'yes please')).toEqual(['sample_request']);
  });

  it('keeps an inherited topic below the action threshold: it was inferred, not said', () => {
    const { tags } = classifyWithConfidence({ text: 'yes please', previous: ['Would you like a couple of samples first?'] });
    expect(tags).toHaveLength(1);
    expect(tags[0].confidence).toBeLessThan(ACTION_THRESHOLD);
  });

  it('reads another Incoterm asked for after a quote as a revision of it', () => {
    expect(after('Total FOB Qingdao USD 6,300 for the 20GP.', 'and DDP Madrid?')).toEqual(['quote_revision']);
  });

  it('does not inherit from thanks, acknowledgements or status answers', () => {
    expect(after('Sea or air?', 'thanks')).toEqual(['other']);
    expect(after('Would you like a couple of samples first?', 'ok thanks')).toEqual(['other']);
    expect(after('Did the samples arrive?', 'yes')).toEqual(['other']);
    expect(after('Did the samples arrive?', 'not yet')).toEqual(['other']);
    expect(after('Here is our catalogue for 2025.', 'received')).toEqual(['other']);
  });

  it('reads a refusal of an offer as other, but keeps a stop', () => {
    expect(after('Would you like a couple of samples first?', 'no thanks')).toEqual(['other']);
    expect(after('Wollen Sie weitere Fotos?', 'nein danke')).toEqual(['other']);
    expect(after('还需要别的颜色的样品吗？', '不用了')).toEqual(['other']);
    expect(after('Would you like a couple of samples first?', 'stop')).toEqual(['opt_out']);
  });

  it('lets a longer message with its own asks keep them', () => {
    const text = 'Can you send the CE certificate and tell me the MOQ for the grey version?';
    expect(after('Unit price USD 2.60 FOB Xiamen.', text)).toEqual(classifyMessage({ text }).intents);
    expect(after('Sea or air?', 'what is the price for 2000 pcs by air?')).toContain('price_inquiry');
  });

  it('stays safe on odd input', () => {
    const odd = [undefined, [], [''], [42], ['x'.repeat(100_000)], 'not an array', Array(50).fill('Sea or air?')];
    for (const previous of odd) {
      for (const text of ['', '🙂🙂', 'air', '\u0000\u0001\uFFFD', 'a'.repeat(100_000)]) {
        expect(() => classifyWithConfidence({ text, previous: previous as string[] })).not.toThrow();
      }
    }
    expect(after('Goods are ready. '.repeat(6000) + 'Sea or air?', 'air')).toEqual(['shipping']);
  });
});
