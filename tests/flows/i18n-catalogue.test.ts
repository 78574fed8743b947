import { describe, expect, it } from 'vitest';
import { LOCALE_TERNARY, emptyMessages, leaves, localeTernariesIn, missingParameters } from '../support/catalogue-checks';
import { CATALOGUES } from '../../src/flows/i18n';
import { en } from '../../src/flows/i18n/en';
import { commands } from '../../src/flows';

const reference = leaves(en);
const locales = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];

describe('flow message catalogues', () => {
  it('has a catalogue for every locale, English among them', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh']));
  });

  it.each(locales)('%s has exactly the keys of en, each of the same kind', (locale) => {
    const entries = leaves(CATALOGUES[locale]);
    expect([...entries.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, value] of reference) expect(`${key}: ${typeof entries.get(key)}`).toBe(`${key}: ${typeof value}`);
  });

  it('has the help line and usage of every registered command, and of no other', () => {
    expect(Object.keys(en.commands).sort()).toEqual(commands.map((c) => c.name).sort());
  });

  it.each(locales)('%s has no empty message', (locale) => {
    expect(emptyMessages(CATALOGUES[locale])).toEqual([]);
  });

  it.each(locales)('%s uses every parameter that en shows', (locale) => {
    expect(missingParameters(en, CATALOGUES[locale])).toEqual([]);
  });
});

describe('flows keep their words in the catalogues', () => {
  it('no flow picks its text with a locale ternary', () => {
    expect(localeTernariesIn('src/flows')).toEqual([]);
  });

  it('the scan would catch one', () => {
    expect("ctx.locale === 'zh' ? '好' : 'OK'".match(LOCALE_TERNARY)).toHaveLength(1);
    expect("const zh = true; zh\n ? '好' : 'OK'".match(LOCALE_TERNARY)).toHaveLength(1);
  });
});
