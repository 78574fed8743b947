import { describe, expect, it } from 'vitest';
import { toCountryCode } from '../../../src/domain/normalize/country';

describe('countries as people write them', () => {
  it.each([
    // six ordinary rows of a real sheet, and the spellings "Việt Nam" / "Brasil"
    ['Brasil', 'BR'], ['UAE', 'AE'], ['Bangladesh', 'BD'], ['Deutschland', 'DE'], ['Viet Nam', 'VN'], ['KSA', 'SA'], ['Việt Nam', 'VN'],
    // own language and script
    ['España', 'ES'], ['Türkiye', 'TR'], ['Россия', 'RU'], ['مصر', 'EG'], ['日本', 'JP'], ['대한민국', 'KR'], ['Österreich', 'AT'], ['Ελλάδα', 'GR'],
    ['Україна', 'UA'], ['Қазақстан', 'KZ'], ['ไทย', 'TH'], ['Polska', 'PL'], ['Schweiz', 'CH'],
    // Chinese, simplified and traditional
    ['中国', 'CN'], ['中國', 'CN'], ['德国', 'DE'], ['德國', 'DE'], ['臺灣', 'TW'], ['香港', 'HK'], ['韓國', 'KR'],
    // ISO short names and variants
    ['Korea, Republic of', 'KR'], ['Republic of Korea', 'KR'], ['Iran (Islamic Republic of)', 'IR'], ['United Kingdom', 'GB'], ['the Netherlands', 'NL'],
    ["Côte d'Ivoire", 'CI'], ['Hong Kong SAR', 'HK'],
    // abbreviations
    ['U.A.E.', 'AE'], ['UK', 'GB'], ['USA', 'US'], ['U.S.', 'US'], ['U.S.A.', 'US'], ['PRC', 'CN'], ['HK', 'HK'], ['ROK', 'KR'],
    // codes, case, accents and spacing
    ['de', 'DE'], ['DEU', 'DE'], ['  united   states ', 'US'], ['MÉXICO', 'MX'], ['mexico', 'MX'], ['vietnam', 'VN'],
    // pass 2 of issue 20: initials in their own alphabet, apostrophe variants, French, a region written with China, near spellings
    ['РФ', 'RU'], ['ОАЭ', 'AE'], ["O'zbekiston", 'UZ'], ['Oʻzbekiston', 'UZ'], ['Chine', 'CN'], ['中國香港', 'HK'], ['中国香港', 'HK'],
    ['Hong Kong, China', 'HK'], ['China (Hong Kong)', 'HK'], ['Macau SAR, PRC', 'MO'], ['Saudia', 'SA'], ['Phillipines', 'PH'], ['Untied States', 'US'],
    ['Niger', 'NE'], ['Nigeria', 'NG'],
  ])('%s → %s', (input, code) => {
    expect(toCountryCode(input)).toBe(code);
  });

  it('answers undefined for what is not a country', () => {
    for (const text of ['Narnia', 'XX', 'ZZZ', '', '   ', 'constructor', '__proto__', 'Lighting', 'Austrlia', 'Shenzhen', 'Trading']) expect(toCountryCode(text)).toBeUndefined();
  });
});
