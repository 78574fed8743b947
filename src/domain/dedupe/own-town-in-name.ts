import { foldLatin } from './normalize-company';

/**
 * "Rafidain Trade Co. Baghdad", "Kisumu Paints Ltd Kisumu": a name that ends in the record's own town after its legal
 * form says where the firm is, not who it is, whether or not the town is one of the places the reading knows. (Without
 * the legal form between, "Pars Sanat Shiraz", the town may be the name's own word: another firm's there.) The name
 * without it, or undefined when the name does not end so (or would be left with one word).
 */
const LEGAL_BEFORE_TOWN = new Set(['co', 'company', 'ltd', 'limited', 'llc', 'est', 'inc', 'corp', 'plc', 'pvt', 'sarl', 'srl', 'sa', 'gmbh', 'fze', 'fzco', 'wll', 'spc', 'jsc', 'ooo', 'bv', 'pte', 'sdn', 'bhd']);
export function withoutOwnTown(name: string, city: string | null | undefined): string | undefined {
  if (!city?.trim()) return undefined;
  const town = foldLatin(city).replace(/[^a-z0-9]+/g, ' ').trim();
  if (town.length < 3) return undefined;
  const words = name.trim().split(/\s+/);
  const n = town.split(' ').length;
  if (words.length < n + 2) return undefined;
  const tail = foldLatin(words.slice(-n).join(' ')).replace(/[^a-z0-9]+/g, ' ').trim();
  const before = foldLatin(words[words.length - n - 1]).replace(/[^a-z]+/g, '');
  return tail === town && LEGAL_BEFORE_TOWN.has(before) ? words.slice(0, -n).join(' ').replace(/[\s,–—-]+$/, '') : undefined;
}
