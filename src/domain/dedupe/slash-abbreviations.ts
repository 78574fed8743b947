/**
 * Trade words shortened with a slash ("Mombasa H/ware Supplies", "Kano W/sale", "S/market") or a compound written in
 * two words ("Dragon Mart Whole Sale Trdg"): the word itself, so that it meets the other record's "Hardware",
 * "Wholesale" and its initials (MHS, DMWT). Runs on folded, lower-case text, before a slash becomes a space.
 */
const SLASHED: [RegExp, string][] = [
  [/(?<![a-z0-9])h\/(?:w|ware)(?![a-z0-9])/g, 'hardware'],
  [/(?<![a-z0-9])w\/(?:s|sale|salers?)(?![a-z0-9])/g, 'wholesale'],
  [/(?<![a-z0-9])s\/(?:m|mkt|market)(?![a-z0-9])/g, 'supermarket'],
  [/(?<![a-z0-9])whole\s+sale(?=rs?\b|\b)/g, 'wholesale'],
];

export function spelledOutAbbreviations(text: string): string {
  if (!/[/]|whole\s+sale/.test(text)) return text;
  return SLASHED.reduce((t, [re, word]) => t.replace(re, word), text);
}
