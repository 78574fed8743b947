import { describe, expect, it } from 'vitest';
import { learnedWord } from '../../../src/domain/language/learned-words';
import { detectLanguage } from '../../../src/domain/language/detect-language';
import { cleanForLanguage, fold } from '../../../src/domain/language/clean-text';

describe('detectLanguage', () => {
  it.each([
    ['MOQ?', 'en'], ['precio?', 'es'], ['preço?', 'pt'], ['prix?', 'fr'], ['Preis?', 'de'], ['prezzo?', 'it'],
    ['cena?', 'pl'], ['harga?', 'id'], ['giá bao nhiêu', 'vi'], ['gia bao nhieu', 'vi'], ['Fiyat?', 'tr'], ['prijs?', 'nl'],
    ['请报价，谢谢', 'zh'], ['見積もりをお願いします', 'ja'], ['見積依頼', 'ja'], ['가격이 얼마예요?', 'ko'],
    ['Сколько стоит доставка?', 'ru'], ['كم السعر؟', 'ar'], ['tesekkurler', 'tr'], ['dziekuje', 'pl'],
    // Dutch that shares "we", "in" and "is" with English
    ['Door de vertraging houden we de restbetaling in tot dit is opgelost', 'nl'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns und when there is nothing to go on', () => {
    for (const text of ['', 'ok', '👍', '123', '...', 'OK!!', 'https://example.com/a1', 'sales@example.com', 'สวัสดีครับ']) {
      expect(detectLanguage(text), text).toBe('und');
    }
  });

  it('lets the text win over country and earlier messages when it is clear', () => {
    expect(detectLanguage('Bonjour, quel est le prix ?', { country: 'DE', previous: ['Hallo', 'Preis?'] })).toBe('fr');
  });

  it('falls back on earlier messages, then the country, for a message with no language of its own', () => {
    expect(detectLanguage('ok', { previous: ['Olá, qual o preço?', 'obrigado'] })).toBe('pt');
    expect(detectLanguage('ok', { country: 'TR' })).toBe('tr');
    expect(detectLanguage('ok', { country: 'XX' })).toBe('und');
  });
});

describe('clean-up', () => {
  it('drops markup, links, addresses, numbers, codes and emoji before detection', () => {
    expect(cleanForLanguage('<p>Hi&nbsp;there</p> see https://x.io/a?b=1 mail a.b@c.com 40HQ SKU A123 500pcs 👍🏽')).toBe('Hi there see mail SKU');
  });

  it('folds case and accents but keeps Hangul and kana intact', () => {
    expect(fold('Cotización İŞ Łódź')).toBe('cotizacion is lodz');
    expect(fold('가격 ガイド')).toBe('가격 ガイド');
    expect(fold('أسعار')).toBe('اسعار');
  });

  it('folds plain ASCII as it folds any text: lower case, a backtick as an apostrophe', () => {
    expect(fold('Don`t SEND Samples')).toBe("don't send samples");
    expect(fold('Don`t SEND Samples é')).toBe("don't send samples e");
  });
});

describe('code-mixed and romanised messages', () => {
  it.each([
    ['أرسل لي الـ invoice والـ packing list اليوم', 'ar'],
    ['Пришлите, пожалуйста, invoice и packing list', 'ru'],
    ['3ayez a3raf el se3r lel container', 'ar'],
    ['mesh 3ayez offers tany', 'ar'],
    ['skolko stoit dostavka do Moskvy?', 'ru'],
    ['spasibo, zakaz gotovo?', 'ru'],
    ['Ok go ahead, kirim invoice nya hari ini', 'id'],
  ])('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('keeps English with a few trade words English', () => {
    expect(detectLanguage('Ok go ahead, send the proforma invoice')).toBe('en');
    expect(detectLanguage('Please update the tracking number of the shipment')).toBe('en');
  });
});

describe('words learned from the training messages', () => {
  // Words no line of vocabulary.ts lists: before learned-words.json, "aanbetaling ontvangen?" had only franc's
  // trigrams on 20 letters to go on.
  it('knows words the hand vocabulary lacks, for the language whose messages use them', () => {
    expect(learnedWord('aanbetaling')).toMatchObject({ lang: 'nl' });
    expect(learnedWord('bonifico')).toMatchObject({ lang: 'it' });
    expect(learnedWord('akkreditiv')).toMatchObject({ lang: 'de' });
  });

  it('decides a short message made of such words', () => {
    expect(detectLanguage('aanbetaling expediteur?')).toBe('nl');
    expect(detectLanguage('bonifico arrivato?')).toBe('it');
    expect(detectLanguage('akkreditiv aufteilen')).toBe('de');
    expect(detectLanguage('aceitam inmetro?')).toBe('pt');
  });
});
