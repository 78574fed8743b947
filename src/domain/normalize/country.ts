import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { jaroWinkler } from './jaro-winkler';

const require = createRequire(import.meta.url);
// Every locale the package ships: a sheet says "Deutschland", "Brasil", "Türkiye", "Россия", "مصر", "대한민국".
const LANGS_DIR = path.join(path.dirname(require.resolve('i18n-iso-countries/package.json')), 'langs');
const LOCALES = readdirSync(LANGS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
for (const locale of LOCALES) countries.registerLocale(require(path.join(LANGS_DIR, `${locale}.json`)));

/** Case, accents, dots and spacing ignored: "U.A.E." = "uae", "Việt Nam" = "viet nam", "Korea, Republic of" = "korea republic of". */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’`´ʻʼ‘]/g, '')
    .replace(/[\s,;:()（）[\]\-_/&]+/g, ' ')
    .trim();
}

// Names and abbreviations reps type that the ISO tables do not carry (the tables' own names come from every locale).
const EXTRA_NAMES: [string, string][] = [
  ['uae', 'AE'], ['emirates', 'AE'], ['阿联酋', 'AE'], ['阿聯酋', 'AE'], ['迪拜', 'AE'], ['dubai', 'AE'], ['ksa', 'SA'], ['沙特', 'SA'], ['saudi', 'SA'],
  ['holland', 'NL'], ['荷兰', 'NL'], ['荷蘭', 'NL'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['britain', 'GB'], ['great britain', 'GB'], ['uk', 'GB'],
  ['英国', 'GB'], ['英國', 'GB'], ['russia', 'RU'], ['俄罗斯', 'RU'], ['俄羅斯', 'RU'], ['korea', 'KR'], ['south korea', 'KR'], ['rok', 'KR'], ['韩国', 'KR'], ['韓國', 'KR'],
  ['南韩', 'KR'], ['南韓', 'KR'], ['north korea', 'KP'], ['dprk', 'KP'], ['朝鲜', 'KP'], ['台湾', 'TW'], ['臺灣', 'TW'], ['台灣', 'TW'], ['taiwan', 'TW'], ['roc', 'TW'],
  ['香港', 'HK'], ['hong kong', 'HK'], ['hk', 'HK'], ['hksar', 'HK'], ['hong kong sar', 'HK'], ['macau sar', 'MO'], ['macao sar', 'MO'], ['s korea', 'KR'], ['n korea', 'KP'], ['澳门', 'MO'], ['澳門', 'MO'], ['macau', 'MO'], ['vietnam', 'VN'], ['越南', 'VN'],
  ['turkiye', 'TR'], ['土耳其', 'TR'], ['美国', 'US'], ['美國', 'US'], ['america', 'US'], ['us', 'US'], ['usa', 'US'], ['us of america', 'US'],
  ['德国', 'DE'], ['德國', 'DE'], ['法国', 'FR'], ['法國', 'FR'], ['西班牙', 'ES'], ['巴西', 'BR'], ['墨西哥', 'MX'], ['印尼', 'ID'], ['印度尼西亚', 'ID'], ['日本', 'JP'],
  ['意大利', 'IT'], ['義大利', 'IT'], ['波兰', 'PL'], ['波蘭', 'PL'], ['中国', 'CN'], ['中國', 'CN'], ['china', 'CN'], ['prc', 'CN'], ['mainland china', 'CN'],
  ['中国大陆', 'CN'], ['czech republic', 'CZ'], ['czechia', 'CZ'], ['iran', 'IR'], ['syria', 'SY'], ['laos', 'LA'], ['bolivia', 'BO'], ['venezuela', 'VE'],
  ['tanzania', 'TZ'], ['moldova', 'MD'], ['ivory coast', 'CI'], ['cote divoire', 'CI'], ['burma', 'MM'], ['swaziland', 'SZ'], ['macedonia', 'MK'],
  ['east timor', 'TL'], ['cape verde', 'CV'], ['palestine', 'PS'], ['vatican', 'VA'], ['kosovo', 'XK'], ['澳洲', 'AU'], ['纽西兰', 'NZ'], ['紐西蘭', 'NZ'],
  ['新西兰', 'NZ'], ['泰国', 'TH'], ['泰國', 'TH'], ['马来西亚', 'MY'], ['馬來西亞', 'MY'], ['新加坡', 'SG'], ['菲律宾', 'PH'], ['菲律賓', 'PH'], ['印度', 'IN'],
  ['巴基斯坦', 'PK'], ['孟加拉', 'BD'], ['孟加拉国', 'BD'], ['尼日利亚', 'NG'], ['尼日利亞', 'NG'], ['南非', 'ZA'], ['埃及', 'EG'], ['俄國', 'RU'], ['加拿大', 'CA'],
  ['澳大利亚', 'AU'], ['澳大利亞', 'AU'], ['哈萨克斯坦', 'KZ'], ['哈薩克', 'KZ'], ['乌克兰', 'UA'], ['烏克蘭', 'UA'], ['以色列', 'IL'], ['伊朗', 'IR'], ['伊拉克', 'IQ'],
  ['卡塔尔', 'QA'], ['卡達', 'QA'], ['科威特', 'KW'], ['阿曼', 'OM'], ['巴林', 'BH'], ['约旦', 'JO'], ['約旦', 'JO'], ['黎巴嫩', 'LB'], ['肯尼亚', 'KE'], ['肯亞', 'KE'],
  ['加纳', 'GH'], ['迦納', 'GH'], ['智利', 'CL'], ['秘鲁', 'PE'], ['秘魯', 'PE'], ['哥伦比亚', 'CO'], ['哥倫比亞', 'CO'], ['阿根廷', 'AR'], ['葡萄牙', 'PT'],
  ['瑞士', 'CH'], ['瑞典', 'SE'], ['挪威', 'NO'], ['丹麦', 'DK'], ['丹麥', 'DK'], ['芬兰', 'FI'], ['芬蘭', 'FI'], ['比利时', 'BE'], ['比利時', 'BE'], ['奥地利', 'AT'],
  ['奧地利', 'AT'], ['الإمارات', 'AE'], ['الامارات', 'AE'], ['السعودية', 'SA'], ['الكويت', 'KW'], ['البحرين', 'BH'], ['الأردن', 'JO'],
  ['العراق', 'IQ'], ['المغرب', 'MA'], ['الجزائر', 'DZ'], ['ليبيا', 'LY'], ['عمان', 'OM'], ['قطر', 'QA'], ['اليمن', 'YE'], ['سوريا', 'SY'], ['لبنان', 'LB'], ['希腊', 'GR'], ['希臘', 'GR'], ['捷克', 'CZ'], ['匈牙利', 'HU'], ['罗马尼亚', 'RO'], ['羅馬尼亞', 'RO'], ['爱尔兰', 'IE'], ['愛爾蘭', 'IE'],
];

/** Normalised name → alpha-2; English and Chinese first, so a name two locales use differently keeps its English sense. */
const BY_NAME: Map<string, string> = (() => {
  const byName = new Map<string, string>();
  const put = (name: string, code: string) => {
    const key = countryKey(name);
    if (key && !byName.has(key)) byName.set(key, code);
    // "Korea, Republic of" is also written "Republic of Korea"; "Iran (Islamic Republic of)" as "Islamic Republic of Iran".
    const inverted = /^(.+?)\s*[,(]\s*([^,()]+?)\)?$/.exec(name.trim());
    if (inverted) {
      const swapped = countryKey(`${inverted[2]} ${inverted[1]}`);
      if (swapped && !byName.has(swapped)) byName.set(swapped, code);
      const head = countryKey(inverted[1]);
      if (head && !byName.has(head) && head.length > 3) byName.set(head, code);
    }
  };
  for (const [name, code] of EXTRA_NAMES) put(name, code);
  const ordered = ['en', 'zh', ...LOCALES.filter((l) => l !== 'en' && l !== 'zh')];
  const initials = new Map<string, Set<string>>();
  for (const locale of ordered) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        put(name, code);
        // "РФ" (Российская Федерация), "ОАЭ", "ΗΠΑ": initials of a multi-word name in a non-Latin alphabet are how it is
        // abbreviated there; Latin initials would collide with ISO codes, so they stay in EXTRA_NAMES.
        const words = countryKey(name).split(' ').filter((w) => w.length > 2);
        if (words.length >= 2 && !/[a-z]/.test(words.join(''))) {
          const abbr = words.map((w) => w[0]).join('');
          if (!initials.has(abbr)) initials.set(abbr, new Set());
          initials.get(abbr)!.add(code);
        }
      }
    }
  }
  // An abbreviation two countries share ("ЮА"?) says nothing.
  for (const [abbr, codes] of initials) if (codes.size === 1 && !byName.has(abbr)) byName.set(abbr, [...codes][0]);
  return byName;
})();

/**
 * ISO 3166-1 alpha-2 code from a code (alpha-2/alpha-3), an abbreviation (UAE, U.S., KSA, PRC, ROK) or a name in any
 * of the package's locales ("Brasil", "Viet Nam", "Korea, Republic of", "Россия", "مصر", "日本"); undefined if unknown.
 */
export function toCountryCode(input: string): string | undefined {
  const raw = String(input ?? '').trim();
  if (!raw) return undefined;
  const key = countryKey(raw);
  // Codes first ("DE", "deu"), then names and abbreviations ("U.S.", "UAE", "KSA", "UK").
  const code = /^[a-z]{2,3}$/.test(key) ? key.toUpperCase() : '';
  if (code.length === 2 && countries.isValid(code)) return code;
  if (code.length === 3 && countries.alpha3ToAlpha2(code)) return countries.alpha3ToAlpha2(code);
  const exact = BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^the /, ''));
  if (exact) return exact;
  const region = chineseRegion(raw);
  if (region) return region;
  const bare = countryKey(raw.replace(/[(（][^)）]*[)）]/g, ' '));
  return (bare && bare !== key ? BY_NAME.get(bare) : undefined) ?? closeName(key);
}

const SARS = new Set(['HK', 'MO', 'TW']);

/** "中國香港", "Hong Kong, China", "China (Hong Kong)", "Macau SAR, PRC": the region, not China, is what the address is in. */
function chineseRegion(raw: string): string | undefined {
  const parts = raw.split(/[,，、()（）/]+|(?<=^中[国國])/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const codes = parts.map((p) => BY_NAME.get(countryKey(p)) ?? BY_NAME.get(countryKey(p).replace(/ sar$/, '')));
  const region = codes.find((c) => c && SARS.has(c));
  return region && codes.every((c) => c === region || c === 'CN') ? region : undefined;
}

const close = new Map<string, string | undefined>();
// Near spellings are read against English names and abbreviations only: "Neverland" is one letter from Dutch "Nederland".
const ENGLISH_NAMES: [string, string][] = [
  ...EXTRA_NAMES.map(([n, c]) => [countryKey(n), c] as [string, string]),
  ...Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([c, ns]) => ns.map((n) => [countryKey(n), c] as [string, string])),
];

/** A near spelling of one country's name ("Saudia", "Phillipines", "Columbia"); undefined when two countries are about as near. */
function closeName(key: string): string | undefined {
  if (key.length < 5 || /\d/.test(key)) return undefined;
  if (close.has(key)) return close.get(key);
  let best = 0;
  let bestCode: string | undefined;
  let runnerUp = 0;
  for (const [name, code] of ENGLISH_NAMES) {
    if (Math.abs(name.length - key.length) > 6 || name[0] !== key[0]) continue;
    const s = jaroWinkler(key, name);
    if (s > best) {
      if (code !== bestCode) runnerUp = best;
      best = s;
      bestCode = code;
    } else if (code !== bestCode && s > runnerUp) runnerUp = s;
  }
  const found = best >= 0.93 && best - runnerUp >= 0.05 ? bestCode : undefined;
  if (close.size < 10_000) close.set(key, found);
  return found;
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
