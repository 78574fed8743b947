import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../src/domain/classify';
import { detectLanguage } from '../../src/domain/language/detect-language';

// What a whole message means, beyond its phrases: an opt-out letter, a forwarded ask, a request to pay later.
describe('classifyMessage: the message as a whole', () => {
  it('tags an opt-out alone: the salutation or the reason given is no ask of its own', () => {
    expect(classifyMessage({ text: 'Dear Sir, please remove us from your mailing list' }).intents).toEqual(['opt_out']);
    expect(classifyMessage({ text: 'Buongiorno, vi chiediamo di non contattarci più. Cordiali saluti' }).intents).toEqual(['opt_out']);
    expect(classifyMessage({ text: 'wrong number, stop messaging me' }).intents).toEqual(['opt_out']);
  });

  it('still reads "stop production" and "don\'t send by air" as the trade messages they are', () => {
    expect(classifyMessage({ text: 'stop production of the red ones' }).intents).not.toContain('opt_out');
    expect(classifyMessage({ text: "don't send the samples by air" }).intents).not.toContain('opt_out');
    expect(classifyMessage({ text: 'parem a produção das vermelhas' }).intents).not.toContain('opt_out');
  });

  it('reads holiday wishes as no intent', () => {
    expect(classifyMessage({ text: 'Happy new year!' }).intents).toEqual(['other']);
    expect(classifyMessage({ text: '新年快乐！' }).intents).toEqual(['other']);
  });

  it('answers a forwarded ask, but not a forwarded supplier quote', () => {
    const ask = classifyMessage({ text: '> Need FOB price and CE cert for the 5kW inverter\nfrom my manager, pls reply' }).intents;
    expect(ask).toContain('price_inquiry');
    expect(ask).toContain('certification');
    expect(classifyMessage({ text: '---------- Forwarded message ----------\nFrom: sales@x.com\nOffer: 500 sets @ USD 12.40, delivery 20 days' }).intents).toEqual(['other']);
  });

  it('reads a request to pay the balance later as a payment extension, not a question on payment terms', () => {
    const intents = classifyMessage({ text: 'can we postpone the balance payment by two weeks?' }).intents;
    expect(intents).toContain('payment_extension');
    expect(intents).not.toContain('payment_terms');
  });

  it('reads a bare go-ahead right after an offer as the order, and nothing as nothing', () => {
    const previous = ['Our offer: USD 4.10/pc FOB Xiamen, MOQ 500'];
    expect(classifyMessage({ text: 'Ok, legen Sie los', previous }).intents).toContain('order_confirmation');
    expect(classifyMessage({ text: 'Vas-y', previous }).intents).toContain('order_confirmation');
    expect(classifyMessage({ text: '!!!', previous }).intents).not.toContain('order_confirmation');
  });

  it('reads a date the goods are needed by as a question on lead time', () => {
    expect(classifyMessage({ text: 'we need the first 300 units before the 12th, ok?' }).intents).toContain('lead_time');
    expect(classifyMessage({ text: 'las necesitamos antes del 12, ¿se puede?' }).intents).toContain('lead_time');
    expect(classifyMessage({ text: '我们需要12号之前到货' }).intents).toContain('lead_time');
  });
});

describe('detectLanguage: short messages', () => {
  it('knows the common function words of each Latin-script language', () => {
    expect(detectLanguage('Virement ou PayPal ?')).toBe('fr');
    expect(detectLanguage('Qual è il prezzo?')).toBe('it');
    expect(detectLanguage('Katalog erhalten, vielen Dank')).toBe('de');
  });

  it('settles a two-word reply shared by Spanish and Portuguese by the conversation so far', () => {
    expect(detectLanguage('Aéreo por favor', { previous: ['Vocês preferem frete marítimo ou aéreo?'] })).toBe('pt');
    expect(detectLanguage('Aéreo por favor', { previous: ['¿Prefieren envío marítimo o aéreo?'] })).toBe('es');
  });
});
