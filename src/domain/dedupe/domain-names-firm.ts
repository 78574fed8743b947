// A firm trades under one name and mails from a domain of another: "Kitchen King" writes from apextrading.com, the
// registered "Apex Trading"; a Panama house that writes "Hongfa" (its pinyin) mails from hungfat.com.pa, as its Cantonese
// name is spelt. One record's company domain that spells the other record's name is the other's own mailbox: the two
// names are one firm's, however unlike they read.
import { tokenWeight, type CompanyNameParts } from './normalize-company';

/**
 * Words a firm's domain adds after its name ("apextrading", "kwonghingco"): how it trades, not which firm it is. Not
 * "group": a group's domain ("shreeganeshgroup") is every firm's of the group.
 */
const DOMAIN_TAILS = ['trading', 'trade', 'co', 'company', 'intl', 'international', 'global', 'online', 'shop', 'store'];

/** The domain label with hyphens, digits and the record's country code at its end taken off ("harvestauto-ng" → "harvestauto"). */
function bareLabel(label: string, country: string | undefined): string {
  const code = country?.toLowerCase();
  const parts = label.toLowerCase().split('-').filter((p) => p && !/^\d+$/.test(p));
  if (parts.length > 1 && parts[parts.length - 1] === code) parts.pop();
  return parts.join('').replace(/\d+$/, '');
}

/**
 * Whether `label` (a company domain's brand label) spells the name: its words in order, run together, the trade words
 * at the end of the name left off or not, and at most one word of how it trades after them. The name must say who the
 * firm is: a distinctive word, or in one town a frequent brand word ("Apex", "Orient"); "Lighting" alone names no one.
 */
export function domainSpellsName(label: string, country: string | undefined, name: CompanyNameParts, sameTown: boolean): boolean {
  const bare = bareLabel(label, country);
  const words = name.tokens;
  if (bare.length < 5 || !words.length || name.script !== 'latin') return false;
  for (let k = words.length; k >= 1; k--) {
    // the words after the k-th may be left off only when they are trade words
    if (k < words.length && tokenWeight(words[k]) >= 0.6) break;
    const core = words.slice(0, k);
    const joined = core.join('');
    const named = core.some((w) => tokenWeight(w) === 1) || (sameTown && core.some((w) => tokenWeight(w) >= 0.6));
    if (joined.length < 4 || !named) continue;
    if (!bare.startsWith(joined)) continue;
    const tail = bare.slice(joined.length);
    if (tail === '' || DOMAIN_TAILS.includes(tail)) return true;
  }
  return false;
}
