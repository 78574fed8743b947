/**
 * Scanned lists read a lower-case l as the digit 1 and an o as 0 ("Bin Sa1eh", "Eiektrosnab Ura1", "0mar"). Inside a word
 * of lower-case letters a digit is no number (a branch's "2", a street's "10" stand apart), so there it is the letter:
 * 1 between two lower-case letters or after a word's closing consonant and vowel ("Ura1", "Pave1"), 0 between two
 * lower-case letters or opening a lower-case word ("0mar"). Numbers that are words ("A1", "Tech1", "Studio1") stay.
 */
export function digitForLetter(name: string): string {
  if (!/[01]/.test(name)) return name;
  return name
    .replace(/(?<=\p{Ll})1(?=\p{Ll})/gu, 'l')
    .replace(/(?<=\p{L}[b-df-hj-np-tv-z][aeiu])1(?![\p{L}\p{N}])/gu, 'l')
    .replace(/(?<=\p{Ll})0(?=\p{Ll})/gu, 'o')
    .replace(/(?<![\p{L}\p{N}])0(?=\p{Ll}{2,}(?![\p{N}]))/gu, 'o');
}
