import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { lookupTable } from '../text/lookup-table';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));

// Names reps actually type that the ISO tables do not carry.
const EXTRA_NAMES: Record<string, string> = lookupTable({
  uae: 'AE', emirates: 'AE', 阿联酋: 'AE', 迪拜: 'AE', dubai: 'AE', ksa: 'SA', 沙特: 'SA', holland: 'NL', 荷兰: 'NL',
  england: 'GB', britain: 'GB', 英国: 'GB', 'great britain': 'GB', russia: 'RU', 俄罗斯: 'RU', korea: 'KR', 'south korea': 'KR',
  韩国: 'KR', 台湾: 'TW', taiwan: 'TW', 香港: 'HK', 'hong kong': 'HK', 澳门: 'MO', vietnam: 'VN', 越南: 'VN', turkiye: 'TR',
  türkiye: 'TR', 土耳其: 'TR', 美国: 'US', america: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 德国: 'DE', 法国: 'FR', 西班牙: 'ES',
  巴西: 'BR', 墨西哥: 'MX', 印尼: 'ID', 印度尼西亚: 'ID', 日本: 'JP', 意大利: 'IT', 波兰: 'PL', 中国: 'CN', china: 'CN',
  'czech republic': 'CZ', iran: 'IR', syria: 'SY', laos: 'LA', bolivia: 'BO', venezuela: 'VE', tanzania: 'TZ', moldova: 'MD',
});

/**
 * ISO 3166-1 alpha-2 code from a code (alpha-2/alpha-3) or an English or Chinese name; undefined if unknown.
 */
export function toCountryCode(input: string): string | undefined {
  const raw = input.trim();
  if (!raw) return undefined;
  const lower = raw.toLowerCase();
  if (/^[a-z]{2}$/i.test(raw)) {
    const upper = raw.toUpperCase();
    if (upper === 'UK') return 'GB';
    return countries.isValid(upper) ? upper : undefined;
  }
  if (/^[a-z]{3}$/i.test(raw)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(raw.toUpperCase());
    if (fromAlpha3) return fromAlpha3;
  }
  return EXTRA_NAMES[lower] ?? countries.getAlpha2Code(raw, 'en') ?? countries.getAlpha2Code(raw, 'zh') ?? undefined;
}

/** The country's name in the user's locale (falls back to the code). */
export function countryName(code: string, locale: 'zh' | 'en'): string {
  return countries.getName(code, locale) ?? code;
}

/** Regional-indicator flag emoji for a country code ("MX" → 🇲🇽). */
export function countryFlag(code: string | null | undefined): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
