import { CN_DISTRICT_CITY, CN_PLACES } from './company-lexicon';
import { canonicalCity, foldLatin } from './normalize-company';
import { dropArabicArticle, readAbjads } from './abjad';
import { cantonese, mandarin, thaiRomanization, toSimplified } from './romanize';
import { jaroWinkler } from './similarity';
import { soundSkeleton } from './sound-skeleton';
import { cityPlaces, geoRelation } from './city-geo';
import { twoCitiesOfTheirOwn } from './neighbour-cities';
import { readJapaneseWords } from './japanese';
import { nativeCityName } from './native-city-names';

/** A city as the matcher compares it: folded keys (one per comma part, "Georgetown, Penang") and whether it was written in a native script. */
export type PreparedCity = {
  label: string; keys: string[]; native: boolean;
  /** The record's country: where the city is looked up on the map. */
  country?: string;
  /** Places the city may be (see city-geo.ts), looked up the first time it is compared with a differently written city. */
  places?: ReturnType<typeof cityPlaces>;
};

const NON_LATIN = /[^\p{Script=Latin}\p{P}\p{N}\p{Z}\p{M}]/u;
// Words that say "city" or an administrative level, not which city ("Ciudad de Guatemala", "TP. Hồ Chí Minh", "Metro Manila").
// "DKI" is Jakarta's "special capital region" ("DKI Jakarta"); Jakarta's five cities are its quarters ("Jakarta Utara").
const CITY_WORDS = /\b(city|ciudad de|ciudad|cidade de|thanh pho|tp|metro|greater|municipality|sar|capital|district|oblast|dki)\b/g;
// Two-letter tails are states or provinces ("Houston, TX", "Guadalajara, Jal.").

/**
 * Short forms of big trading cities that are neither their initials nor letters of the name in order that skip some
 * (compareCities finds "BH", "Jhb", "B'ham" by those): clippings ("Alex", "Casa", "Pindi"), nicknames ("Jozi") and the
 * airport codes reps write for their hubs ("DXB", "NBO").
 */
const CITY_CLIPPINGS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  alex: 'alexandria', casa: 'casablanca', pindi: 'rawalpindi', jozi: 'johannesburg', cai: 'cairo', jed: 'jeddah', ruh: 'riyadh',
  dxb: 'dubai', auh: 'abu dhabi', shj: 'sharjah', nbo: 'nairobi', nyc: 'new york', bom: 'mumbai', sgn: 'ho chi minh', ist: 'istanbul',
  // East African and Bangladeshi sheets' short forms of their trading cities
  kla: 'kampala', nrb: 'nairobi', msa: 'mombasa', dsm: 'dar es salaam', dar: 'dar es salaam', ctg: 'chattogram', joburg: 'johannesburg', khi: 'karachi',
  // the capital of Ethiopia by its first word, as its people say it
  addis: 'addis ababa',
  df: 'mexico', 'd f': 'mexico', rj: 'rio de janeiro', 'sao paulo capital': 'sao paulo',
  // Vietnamese sheets write the capital by the initials of its two syllables, whichever way its name is run together
  hn: 'ha noi',
  // Ahmedabad by its Gujarati name, as its people write it in English too
  amdavad: 'ahmedabad',
  // Hamburg by its number-plate letters, as Germans write it ("HH"), and Ulaanbaatar by its initials as Mongolians do ("UB")
  hh: 'hamburg', ub: 'ulaanbaatar',
});

/**
 * Quarters and free zones of trading hubs that reps write as the city ("Deira", "Nasr City", "Ruwi"), and states named
 * for their capital (Penang, "Pulau Pinang" for George Town): one place with the hub as far as an address goes. Most are
 * too small or not towns at all in the map's table, so the map cannot tell.
 */
const HUB_QUARTERS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  deira: 'dubai', 'bur dubai': 'dubai', karama: 'dubai', naif: 'dubai', 'jebel ali': 'dubai', 'al quoz': 'dubai', jumeirah: 'dubai', 'dubai deira': 'dubai',
  nasr: 'cairo', heliopolis: 'cairo', maadi: 'cairo', zamalek: 'cairo', ruwi: 'muscat', muttrah: 'muscat', olaya: 'riyadh', malaz: 'riyadh',
  penang: 'george town', 'pulau pinang': 'george town', apapa: 'lagos', lekki: 'lagos', 'victoria island': 'lagos',
  // Cape Town's northern business suburbs (the map has towns, not suburbs), and Đồng Nai province for its capital
  bellville: 'cape town', parow: 'cape town', durbanville: 'cape town', 'montague gardens': 'cape town', 'dong nai': 'bien hoa',
});
const hubOf = (k: string) => HUB_QUARTERS[k];

const foldWords = (text: string) => foldLatin(text)
  .replace(/[^a-z0-9]+/g, ' ').replace(CITY_WORDS, ' ').replace(/\s+/g, ' ').trim()
  .split(' ').map((w) => w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')).join(' ');

function foldPart(part: string, cantoneseArea: boolean, japanese: boolean): string[] {
  const english = nativeCityName(part);
  return english ? [english, ...readPart(part, cantoneseArea, japanese)] : readPart(part, cantoneseArea, japanese);
}

function readPart(part: string, cantoneseArea: boolean, japanese: boolean): string[] {
  if (/[\u3400-\u9fff]/.test(part)) {
    const s = toSimplified(part).replace(/(市|区|县|镇)$/, '');
    const known = Object.keys(CN_PLACES).filter((p) => s.includes(p)).map((p) => CN_PLACES[p]);
    const rest = Object.keys(CN_PLACES).reduce((acc, p) => acc.split(p).join(''), s);
    // Hong Kong districts in their Cantonese names (上環 Sheung Wan, 觀塘 Kwun Tong), as the English address writes them.
    const hk = cantoneseArea ? [cantonese(part.replace(/(市|區|区)$/, '')).replace(/\s+/g, '')] : [];
    // Japanese cities in kanji read as Japanese (名古屋 Nagoya, 大阪 Osaka), from the table of japanese.ts.
    const jp = japanese ? [foldWords(readJapaneseWords(part.replace(/(都|府|県|市|区)$/, ''))).replace(/\s+/g, ' ').trim()].filter((k) => /^[a-z ]+$/.test(k)) : [];
    return [...known, ...(rest ? [mandarin(rest).replace(/\s+/g, '')] : []), mandarin(s).replace(/\s+/g, ''), ...hk, ...jp];
  }
  // The Arabic article is written on the word (الرياض); Latin spellings drop it or write it apart.
  const bare = dropArabicArticle(part);
  const readings = [foldWords(bare)];
  // Arabic and Hebrew with the vowels they write (الرياض "riad" ≈ Riyadh), Thai in its national romanisation.
  if (/[\u0590-\u06ff]/.test(bare)) readings.push(foldWords(readAbjads(bare)));
  if (/[\u0e00-\u0e7f]/.test(bare)) readings.push(foldWords(thaiRomanization(bare)));
  // The old name kept beside the new one: "Canton" is Guangzhou, and also a town in Ohio the map knows by that name.
  return readings.filter(Boolean).flatMap((r) => [...new Set([canonicalCity(r), r, ...(CITY_CLIPPINGS[r] ? [CITY_CLIPPINGS[r]] : [])])]);
}

/** Folds what a rep typed as the city: "São Paulo" = "SAO PAULO", "Zürich" = "Zuerich", "深圳市" = "Shenzhen", "Moskva" = "Moscow". */
export function prepareCity(city: string, options: { cantonese?: boolean; country?: string } = {}): PreparedCity | undefined {
  // "B/quilla" is one abbreviated word (Barranquilla), "Porto Alegre/RS" a city and its state.
  const parts = city.normalize('NFKC').replace(/(?<![\p{L}])(\p{L})\/(?=\p{L})/gu, '$1').split(/[,(/]/).map((p) => p.replace(/[)]/g, '').trim()).filter(Boolean);
  const keys = [...new Set(parts.flatMap((p) => foldPart(p, !!options.cantonese, options.country === 'JP')).filter((k) => k.length >= 2))];
  if (!keys.length) return undefined;
  return { label: keys[0], keys, native: NON_LATIN.test(city), country: options.country };
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
    // Written in another script, a city keeps its consonants whatever the vowels ("riad" / Riyadh, "trablus" / Tripoli is not one).
    if ((a.native || b.native) && sx.length >= 4 && sy.length >= 4 && soundSkeleton(sx).length >= 3 && soundSkeleton(sx) === soundSkeleton(sy)) return 'same';
    // A district or county-level city against its prefecture ("Shunde" / "Foshan", "Yiwu" / "Jinhua"): one place as reps write it.
    if (CN_DISTRICT_CITY[sx] === sy || CN_DISTRICT_CITY[sy] === sx) return 'same';
    if ((hubOf(x) && squash(hubOf(x)) === sy) || (hubOf(y) && squash(hubOf(y)) === sx) || (hubOf(x) && hubOf(x) === hubOf(y))) return 'same';
  }
  if (a.keys.some((x) => b.keys.some((y) => abbreviates(x, y) || abbreviates(y, x)))) return 'same';
  // One metro area on the map ("Doral" / "Miami", "Getafe" / "Madrid"): the same city as far as a buyer's address goes.
  const where = geoRelation(placesOf(a), placesOf(b));
  // (Not two cities of their own a short drive apart, Suwon / Seoul: see neighbour-cities.ts.)
  if (where === 'near') return twoCitiesOfTheirOwn(placesOf(a), placesOf(b)) ? 'unknown' : 'same';
  // A town in another script that the map places far from the other ("Челябинск" / Kazan, 서울 / Busan): another town.
  return a.native || b.native ? (where === 'far' ? 'different' : 'unknown') : 'different';
}

const placesOf = (c: PreparedCity) => (c.places ??= cityPlaces(c.keys, c.country));

/** Both cities found on the map and every reading of them 100 km or more apart: two places, not two spellings. */
export function citiesFarApart(a: PreparedCity, b: PreparedCity): boolean {
  return geoRelation(placesOf(a), placesOf(b)) === 'far';
}

/**
 * "SP" for São Paulo, "BH" for Belo Horizonte, "Jhb" for Johannesburg, "B'ham" for Birmingham, "Sto. Domingo": the
 * initials of the words, or letters of the name in order that skip some (a plain beginning, "Lima" of "Limassol", is no
 * abbreviation).
 */
function abbreviates(short: string, long: string): boolean {
  const s = squash(short);
  const l = squash(long);
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  const words = long.split(' ');
  if (words.length > 1 && words.map((w) => w[0]).join('') === s) return true;
  if (l.startsWith(s) || s.length < 3) return false;
  let i = 0;
  for (const ch of l) if (ch === s[i]) i++;
  return i === s.length;
}
