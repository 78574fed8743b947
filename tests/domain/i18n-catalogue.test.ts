import { describe, expect, it } from 'vitest';
import { LOCALE_TERNARY, emptyMessages, leaves, localeTernariesIn, missingParameters } from '../support/catalogue-checks';
import { DOMAIN_CATALOGUES } from '../../src/domain/i18n';
import { en } from '../../src/domain/i18n/en';

const reference = leaves(en);
const locales = Object.keys(DOMAIN_CATALOGUES) as (keyof typeof DOMAIN_CATALOGUES)[];

describe('domain message catalogues', () => {
  it('has a catalogue for every locale, English among them', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh']));
  });

  it.each(locales)('%s has exactly the keys of en, each of the same kind', (locale) => {
    const entries = leaves(DOMAIN_CATALOGUES[locale]);
    expect([...entries.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, value] of reference) expect(`${key}: ${typeof entries.get(key)}`).toBe(`${key}: ${typeof value}`);
  });

  it.each(locales)('%s has no empty message', (locale) => {
    expect(emptyMessages(DOMAIN_CATALOGUES[locale])).toEqual([]);
  });

  it.each(locales)('%s uses every parameter that en shows', (locale) => {
    expect(missingParameters(en, DOMAIN_CATALOGUES[locale])).toEqual([]);
  });
});

describe('the domain keeps its words in the catalogues', () => {
  it('no domain module picks its text with a locale ternary', () => {
    expect(localeTernariesIn('src/domain')).toEqual([]);
  });

  it('the scan would catch one', () => {
    expect("ctx.locale === 'zh' ? '好' : 'OK'".match(LOCALE_TERNARY)).toHaveLength(1);
    expect("const zh = true; zh\n ? '好' : 'OK'".match(LOCALE_TERNARY)).toHaveLength(1);
  });
});
