import { CN_PLACES } from './company-lexicon';
import { canonicalCity, foldLatin } from './normalize-company';
import { mandarin, toSimplified } from './romanize';
import { jaroWinkler } from './similarity';

/** A city as the matcher compares it: folded keys (one per comma part, "Georgetown, Penang") and whether it was written in a native script. */
export type PreparedCity = { label: string; keys: string[]; native: boolean };

const NON_LATIN = /[^\p{Script=Latin}\p{P}\p{N}\p{Z}\p{M}]/u;
// Words that say "city" or an administrative level, not which city ("Ciudad de Guatemala", "TP. Hồ Chí Minh", "Metro Manila").
const CITY_WORDS = /\b(city|ciudad de|ciudad|cidade de|thanh pho|tp|metro|greater|municipality|sar|capital|district|oblast)\b/g;
// Two-letter tails are states or provinces ("Houston, TX", "Guadalajara, Jal.").

function foldPart(part: string): string[] {
  if (/[\u3400-\u9fff]/.test(part)) {
    const s = toSimplified(part).replace(/(市|区|县|镇)$/, '');
    const known = Object.keys(CN_PLACES).filter((p) => s.includes(p)).map((p) => CN_PLACES[p]);
    const rest = Object.keys(CN_PLACES).reduce((acc, p) => acc.split(p).join(''), s);
    return [...known, ...(rest ? [mandarin(rest).replace(/\s+/g, '')] : []), mandarin(s).replace(/\s+/g, '')];
  }
  // The Arabic article is written on the word (الرياض); Latin spellings drop it or write it apart.
  const folded = foldLatin(part.replace(/(^|\s)ال(?=[\u0621-\u064a]{2})/g, '$1'))
    .replace(/[^a-z0-9]+/g, ' ').replace(CITY_WORDS, ' ').replace(/\s+/g, ' ').trim()
    .split(' ').map((w) => w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')).join(' ');
  return folded ? [canonicalCity(folded)] : [];
}

/** Folds what a rep typed as the city: "São Paulo" = "SAO PAULO", "Zürich" = "Zuerich", "深圳市" = "Shenzhen", "Moskva" = "Moscow". */
export function prepareCity(city: string): PreparedCity | undefined {
  const parts = city.normalize('NFKC').split(/[,(/]/).map((p) => p.replace(/[)]/g, '').trim()).filter(Boolean);
  const keys = [...new Set(parts.flatMap(foldPart).filter((k) => k.length >= 2))];
  if (!keys.length) return undefined;
  return { label: keys[0], keys, native: NON_LATIN.test(city) };
}

const squash = (k: string) => k.replace(/ /g, '');

/** 'same', 'different', or 'unknown' when a native-script city does not visibly agree (its spelling in Latin varies too much to count against). */
export function compareCities(a: PreparedCity, b: PreparedCity): 'same' | 'different' | 'unknown' {
  for (const x of a.keys) for (const y of b.keys) {
    const sx = squash(x);
    const sy = squash(y);
    if (sx === sy) return 'same';
    const wx = x.split(' ');
    const wy = y.split(' ');
    if (wx.every((w) => wy.includes(w)) || wy.every((w) => wx.includes(w))) return 'same';
    if (sx.length >= 4 && sy.length >= 4 && jaroWinkler(sx, sy) >= (a.native || b.native ? 0.85 : 0.9)) return 'same';
  }
  return a.native || b.native ? 'unknown' : 'different';
}
