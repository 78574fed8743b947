import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../../src/domain/intent/intents';
import { NEXT_STEPS, suggestNextSteps } from '../../../src/domain/intent/next-steps';
import { describeIntents, isRiskIntent, riskSignals } from '../../../src/domain/intent/risk';
import { tagIntents } from '../../../src/domain/intent/tag-intents';

describe('tagIntents', () => {
  it('is multi-label and in a stable order', () => {
    expect(tagIntents('Hi, can you send me a sample and lead time? Price CIF Santos?', 'en')).toEqual([
      'greeting', 'price_inquiry', 'sample_request', 'lead_time', 'shipping',
    ]);
  });

  it('answers other, never an empty list', () => {
    expect(tagIntents('', 'und')).toEqual(['other']);
    expect(tagIntents('I will call you tomorrow', 'en')).toEqual(['other']);
  });

  it('reads a thank-you alone as no intent, and ignores it next to an ask', () => {
    expect(tagIntents('Thank you!', 'en')).toEqual(['other']);
    expect(tagIntents('请报价，谢谢', 'zh')).toEqual(['price_inquiry']);
  });

  it('tells a freight or sample cost from a price inquiry', () => {
    expect(tagIntents('How much is shipping to Lagos?', 'en')).toEqual(['shipping']);
    expect(tagIntents('Сколько стоит доставка?', 'ru')).toEqual(['shipping']);
    expect(tagIntents('sample cost?', 'en')).toEqual(['sample_request']);
  });

  it('is accent- and typo-tolerant', () => {
    expect(tagIntents('cotizacion por favor', 'es')).toEqual(['price_inquiry']);
    expect(tagIntents('pleeease send smaple', 'en')).toEqual(['sample_request']);
    expect(tagIntents('tesekkurler, numune gonderebilir misiniz', 'tr')).toEqual(['sample_request']);
  });

  it('keeps Vietnamese sample and colour apart', () => {
    expect(tagIntents('gửi mẫu được không', 'vi')).toEqual(['sample_request']);
    expect(tagIntents('có màu đỏ không', 'vi')).toEqual(['customization']);
  });

  it('does not read French "ce" as the CE mark', () => {
    expect(tagIntents('Ce produit est disponible ?', 'fr')).toEqual(['other']);
    expect(tagIntents('Avez-vous le marquage CE ?', 'fr')).toEqual(['certification']);
  });
});

describe('next steps and risk', () => {
  it('has a next step for every intent in both languages', () => {
    for (const intent of INTENTS) {
      expect(NEXT_STEPS[intent].en.length, intent).toBeGreaterThan(10);
      expect(NEXT_STEPS[intent].zh.length, intent).toBeGreaterThan(4);
    }
  });

  it('suggests the urgent step first', () => {
    const steps = suggestNextSteps(['competitor_mention', 'payment_extension'], 'en');
    expect(steps[0]).toBe(NEXT_STEPS.payment_extension.en);
    expect(steps[1]).toContain('QC certificates');
    expect(suggestNextSteps(['sample_request'], 'zh')[0]).toContain('快递');
  });

  it('names payment extension and order split as risk signals', () => {
    expect(riskSignals(['greeting', 'order_split', 'payment_extension'])).toEqual(['payment_extension', 'order_split']);
    expect(isRiskIntent('price_inquiry')).toBe(false);
  });

  it('describes intents in a short phrase', () => {
    expect(describeIntents(['sample_request', 'lead_time'], 'en')).toBe('asks for a sample and lead time');
    expect(describeIntents(['sample_request', 'lead_time'], 'zh')).toBe('询问样品和交期');
    expect(describeIntents(['greeting', 'price_inquiry', 'moq', 'lead_time'], 'zh')).toBe('询问价格、起订量和交期');
    expect(describeIntents(['greeting'], 'en')).toBe('says hello');
    expect(describeIntents(['complaint', 'payment_extension'], 'en')).toBe('complains about the goods or delivery, and asks for longer payment terms');
  });
});
