import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../src/domain/language/languages';
import { confirmationLanguage, OPT_OUT_CONFIRMATIONS, optOutConfirmation } from '../../../src/domain/signals/opt-out-confirmations';
import { stageFromIntents, tagsCleared, tagsEarned } from '../../../src/domain/signals/signal-rules';

describe('opt-out confirmations', () => {
  it('has its own words for each of the 16 languages, English for anything else', () => {
    const texts = SUPPORTED_LANGUAGES.map((l) => OPT_OUT_CONFIRMATIONS[l]);
    expect(texts.every((t) => typeof t === 'string' && t.length > 20)).toBe(true);
    expect(new Set(texts).size).toBe(16);
    expect(optOutConfirmation('sw')).toBe(OPT_OUT_CONFIRMATIONS.en);
    expect(optOutConfirmation(null)).toBe(OPT_OUT_CONFIRMATIONS.en);
    expect(optOutConfirmation('ar')).toBe(OPT_OUT_CONFIRMATIONS.ar);
  });

  it('prefers the hand-set language, then a long enough message, then the buyer’s history', () => {
    const base = { contactLanguage: null, messageLanguage: 'en', messageText: 'STOP', earlierLanguage: 'es' };
    expect(confirmationLanguage(base)).toBe('es');
    expect(confirmationLanguage({ ...base, messageText: 'please stop sending me these messages' })).toBe('en');
    expect(confirmationLanguage({ ...base, contactLanguage: 'pt' })).toBe('pt');
    expect(confirmationLanguage({ ...base, earlierLanguage: null })).toBe('en');
    expect(confirmationLanguage({ contactLanguage: 'xx', messageLanguage: 'und', messageText: '🛑', earlierLanguage: null })).toBe('en');
  });
});

describe('intent rules', () => {
  it('moves to the furthest stage asked for', () => {
    expect(stageFromIntents(['sample_request'])).toBe('sample');
    expect(stageFromIntents(['sample_request', 'order_confirmation'])).toBe('won');
    expect(stageFromIntents(['price_inquiry'])).toBeNull();
    expect(stageFromIntents([])).toBeNull();
  });

  it('earns tags from one message or from the history, asking the history only when needed', async () => {
    const asked: string[] = [];
    const count = (n: number) => async (rule: { tag: string }) => (asked.push(rule.tag), n);
    expect(await tagsEarned(['price_inquiry'], count(1))).toEqual([]);
    expect(await tagsEarned(['price_inquiry'], count(2))).toEqual(['price-sensitive']);
    asked.length = 0;
    expect(await tagsEarned(['discount_request', 'complaint'], count(0))).toEqual(['price-sensitive', 'quality-focused']);
    expect(asked).toEqual([]);
    expect(await tagsEarned(['greeting'], count(9))).toEqual([]);
    expect(tagsCleared(['order_confirmation'])).toEqual(['sample-stage']);
  });
});
